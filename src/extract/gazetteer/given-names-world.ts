/**
 * Given names of the world in Latin script, from the first names (male, female and either) of the locales of the
 * npm package `@faker-js/faker` 10.6 (MIT): Afrikaans, Azerbaijani, Czech, Danish, Dutch, English (Australia,
 * Ghana, India, Nepal, Nigeria, South Africa), Finnish, French (Belgium, Senegal, Switzerland), German, Croatian,
 * Hungarian, Indonesian, Italian, Kurmanji, Latvian, Norwegian, Polish, Portuguese, Romanian, Serbian (Latin),
 * Slovak, Slovenian, Spanish, Swedish, Turkish, Uzbek (Latin), Yoruba and Zulu. Skipped: locales written in
 * another script, Esperanto, and the generic English list (US birth records, which hold brands given as names,
 * `Lexus`; English-speaking names come from `given-names-en.ts`). Each name is kept as written and also without
 * its accents (`zoltán`, `zoltan`). Left out, as for `given-names-en.ts`: names of several words (every
 * Vietnamese one), names that are English words in either form (the `word-list` package: `Angel` for `Ángel`,
 * `Precious`, `Victory`), function, calendar and title words, names the place and organization tables or the
 * world-cities table know, words that open two or more of that table's town names (`Santa`), demonyms, names of
 * three letters or fewer, the East Asian family names of `src/site/name-sort.ts`, and names `GIVEN_NAMES` already
 * holds. Generated once by a script that read the unpacked package; lowercase.
 */
export const WORLD_GIVEN_NAMES_TEXT = `aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand aanandaswarup
aanandinii aanjaneya aanuoluwapo aaratrika aarav aarya aaryan aasa aasha aashritha aatmaj aatmaja aatreya
aayushmaan aayushman abaco abadon abak abakay abani abar abayomi abbondanza abbondanzio abbondio abbos
abdallah abdelkader abdellah abderrahmane abdon abdone abdonie abdou abdoul abdoulaye abdourahmane abdramane
abdulahad abdulazim abdulaziz abdulboriy abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil
abdulkarim abdulla abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid abdurrahiym
abdurrahmon abdurrauf abdurrazzoq abdussamad abebi abeiku abelardo abelin abeline abena abendam abeni abenzio
abhaidev abhaya abhirath abhisyanta abibatou abibo abidin abigaelle abigaëlle abigel abigél abilay abimbola
abiodun abiola abiona abisola abisoye abluc abluç abosede abou aboubacar aboubakar abramio abril absalon absar
absolon absolón abyasa abılay abşar acace acacie acacio acanthe acar acario acaryatanaya accursio acela acelya
achaire achalesvara acharyanandana acharyasuta achil achiles achille achintya achraf achyut acig acik acilay
acilia acilio acim aciscolo acrisio acuk aculina acun adalan adalard adalardo adalbald adalbaude adalberon
adalbert adalberta adalberto adalbéron adaldi adaldı adalfredo adalgisa adalgiso adalmis adalmış adalric
adalrico adalsinde adama adame adar adas adaugo adaş adberilgen addo addolorata adea adebankole adebiyi
adebola adebowale adeboye adebukola adedaramola adedayo adedeji adedoyin adegoke adegrin adegrine adekitan
adekola adekunle adelajda adelardo adelasia adelberto adelchi adeleke adelfo adelgardo adelie adelin adeliya
adelmo adelphe adeltrude adelya adem adenet adenike adeniyi adeodat adeodato adeola adeolu adeoti adepeju
aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adheesh adhemar adhiarja adhiraj adhrit
adhémar adiarja adib adiba adigun adiguzel adik adika adikara adikavi adikutlu adikutlutas adil adile adin
adinata adinath aditeya aditya adityanandan adityanandana adja adjutor adli adlibeg adlı adlıbeğ adnan adnân
adolfa adolfina adolfo adolfs adolfína adolphie adone adraman adrastee adrastée adrehilde adriaan adrijana
adrione adripathi adsiz adsız adunni advaya adwitiya adwoa adélie adéodat adıgüzel adık adıkutlu adıkutlutaş
afanasi afanasie afaq afel aferim afet affan afia afitap afolarin afonso afra afruza afsar afua afzuna afşar
afəl afərim afət agabay agabio agafia agah agakagan agalak agamennone agapet agapito agasti agastya agathange
agathon agaton agazio agca agenore agesilao agilbert agilberte aglae aglaia aglaja aglamis aglaé agnan agnane
agneflete agneflète agnesa agneya agnieszka agnimitra agniprava agnivesh agnos agostina agostino agrata
agripina agrippa agrippin agrippine agrypina agus agustina agâh ahalya ahenk ahilya ahlem ahmet ahror ahsen
aiace aicha aidano aiden aimable aimone aina ainars aino ainārs aishani aissa aissata aissatou aisyah ajala
ajan ajana ajani ajda ajeet ajeng ajiman ajimat ajimin ajiono ajit ajita ajla ajlin ajna ajoke akalp akande
akanmu akanni akarsana akata akbas akbatur akbay akbaş akboga akboru akboğa akbudak akbugra akbulak akbuğra
akbörü akca akcora akdemir akdogan akdoğan akibudak akif akifa akinci akiner akinkunmi akinlabi akinwale akkun
akkunlu akkurt akkus akkuş akmal akofa akorfa akos akosua akpira akpıra akram akroor akshainie akshaj akshat
akshata akshayakeerti akshita aksil aksungur aktan aktekin aktimur akua akula akumaa akunna akvelina akvelīna
akwasi akwesi akça akçora akıbudak akıner akınçı alaba alaban alaboru alabörü aladag aladağ alade aladino
aladogan aladoğan alais alakurt alamanno alambana alamu alara alarico alassane alayunt alayuntlu alaïs alban
albane albano albena alberade alberic alberico alberte albertyna albertýna albin alboino albrico albérade
albéric albín alceo alceste alcibiade alcide alcidie alcime alcina alcine alcino alcyone alda aldegonde
aldemir aldigerey aldobrando aldogan aldonce aldoğan aldıgerey alea aleandro aleardo aleaume aleksa aleksandar
aleksander aleksandra aleksej aleksi aleksy alemka alen alenia alenka aleodor aleramo alesea aleska alessa
alessia alessio aleth alevtina alexandrea alexandru alexane alexanne alexe alexej aleya aleyna aleška alfio
alfonsa alfonz alfreds alfrēds algirds algis algiso algu alican alicja aliette alighiero alima alimga alin
aliona aliou alioune alisan alisher alisir alissia alistar alixe aliz alize alizee alizé alişan alişir aljaz
aljaž aljosa aljoša alka alkaboluk alkabölük alkaevli alkan alkasi alkaşı alkis alkış alliaume almerigo almila
almine almiro alois aloisie aloisio aloizs alojz alojza alojzije alok aloys aloyse aloïs aloīzs alpagut
alpamis alpamış alparsbeg alparsbeğ alparslan alpata alpay alpaya alpaykagan alpaykağan alpbamsi alpbamsı
alpbilge alpdirek alpdogan alpdoğan alper alperen alpertunga alpgerey alphan alphee alphonsine alphée alpike
alpilig alpinien alpis alpkara alpkuluk alpkutlu alpkülük alpsalci alptegin alptugrul alptunga alpturan
alptutuk alptuğrul alpulug alpuluğ alpurungu alpurungututuk alpyoruk alpyörük alpış alpşalçı alsu altan
altankagan altankan altankağan altemur althee althée altin altinkagan altinkan altinoba altintamgan
altintamgantarkan altintarkan altintay altmiskara altmışkara altuga altın altınkan altınkağan altınoba
altıntamgan altıntamgantarkan altıntarkan altıntay alvar alvaro alverede alverède alviero alvise alya alyah
alycia alyssia alysson alzbeta alíz alımga alžbeta alžběta amabela amac amadea amadeus amady amael amahle
amaliane amalija amalric amalthee amalthée amand amande amandin amando amani amant amante amanzio amar
amaranaath amarande amaranthe amaranto amaresh amat amath amato amatore amauri amaury amaya amaç amaël ambar
ambra ambre ambrine ambrogio ambroise ambroisie ambrosiano ambroz ambrozy ambroży ambrož ambróz amdy amea
amedee amedeo amedeu amel ameliane amelien amelio amelya ameth amethyste ameyatma amicie amico amiel amilcare
amina aminat aminata aminte amintore aminu amira amish amit amita amleto ammar ammâr amodini amogh amoke amon
amone amope amore ampelio amra amrak amritambu amul amza amát amédée améliane amélien améthyste amālija anaadi
anabela anacleto anae anael anaelle anagh anahita anaida anais anala anamaria anamarija anamika ananda
anandamayi anang ananta anar anasooya anass anastase anastasija anastasije anastaz anastazia anastazie
anastazija anastazja anastáz anastázia anastázie anasuya anatazie anatoli anatolia anatolie anatolii anatázie
anatólie anaël anaëlle anaïs anca ancelin anceline anci ancica ancuk ancuta ancuța andac andariman andarıman
andaç andel andela andelika andelin andelina andelko andelo andeol andjelina andoche andrada andraz andraž
andreea andreja andri andrian andrija andrijana andrin andrina andrzej andzejs andzelika andzs andéol anděl
anděla andělín andělína andżelika andžejs andžs anej anemona anesa aneta anezka anežka angadreme angadrême
anggabaya anggun anghel anghelina angilbe angilberte angilran angoustan anicee anicet aniceto anicette anicée
aniello anik anika anila anilaabh anilabh anina anish anisoara anișoara anja anjali anjaneya anjelica
anjolaoluwa anjushree anjushri anka ankal anko annaelle annagrazia annalena annapurna annaëlle anne-laure
anne-marie anne-sophie anneke anneli annelie annemijn annibal annibale annika annikki annonciade annunziata
anom anora anouar anouck anouk anrijs ansaldo ansbert ansberte anselme anselmo ansgar ansgary anshula anslavs
ansovino anstrudie antal antea antek antelmo antero anthelme anthelmette antide antigone antim antimo antino
antioco antoaneta antonela antonello antonija antonine antoniu antti antun anuar anuja anunay anuraag anurag
anuska anusuya anuta anuška anuța anvar anwesha anze ançuk anči ančica anđela anđelika anđelina anšlavs anže
apak apatarkan aphelie aphélie apolena apollina apollinaire apollinare apollinary apolline apollonia appia
appoline aprancur aprançur apsara apuleio aqil aquilin aquilino araboga araboğa araceli arademir aram aranka
aras aratone arbay arbuz arcadi arcadie arcadii arcadio archambaud archan archange archimede archippo
arcibaldo arcuk ardic ardito arduino ardıç aren aresio areta argelia argimiro argine argo argono argu ariadna
arialdo arian ariane arianna ariberto ariboga aricie ariele arif arij arija arijit arijs arik arikagan
arikdoruk arike arina arinc arindam arinola arion ariosto arisa aristarco ariste aristeo aristid aristide
aristione aristita aristița aristofane aristotele arjen arjun arkad arkadijs arkadiusz arkady arkin arkis
arkád arkādijs arkın arkış armagan armance armande armandine armağan armel armeline armelle armida armide
armine arminio armins armīns arnac arnaud arnaude arnaç arnesh arno arnolda arnost arnostka arnould arnošt
arnoštka arolde aronne arpad arpat arpád arrigo arsal arsen arsene arsenie arsenije arseniusz arsil arsinoe
arsinoé arsipatra arslan arslanargun arslanboru arslanbörü arslansungur arslantegin arslanyabgu arslon arsun
arsène arsènie arsıl artanto artawan arthaud artheme arthurine arthus arthème artiinal artiom arto artuk
artukac artukaç arturs artut artıınal artūrs aruk arun aruna arunthavanathan arved arvid arvids arvīds arwa
arwen arya aryan arystarch arzen arçuk arıboğa arık arıkağan arıkdoruk arınç arşun asad asadulloh asake asal
asanboga asantudun asantugrul asartegin ascanio ascelin asceline asdrubale asel asella ashlesh ashmi ashok
asig asija asikbulmus asil asila asilbek asim asimodeo asirwada asirwanda asiya asja askin aslesha aslijan
aslim asliya aslım asma asmaa asmadi asman asmianto asmita asmuni asolat asri asrı assa assetou assia assil
assomption assunta assunto assya asta astalogul astarte astarté asterie asterio astianatte astou astree
astrida astrée astrīda astérie asuela asug asuk asuğ aswani asya asım asığ atac atakagan atakan atakağan
atalan atalay ataldi ataldı ataleo atalmis atalmış atanas atanasia atanasio atanazie atanazy atanázie atanáš
atasagun atasu ataullah ataç atberilgen atena athalie athanase athanasie athenais athenaïs athina athos
athénaïs atif atigay atikutlu atikutlutas atila atilgan atilla atim atimer atinuke atis atli atlibeg atlikagan
atlı atlıbeğ atlıkağan atmaca atmaja atmanand atmananda atreyee atreyi atsiz atsız atta attila attilano
attilio atuncu atunçu atâullah atıf atıgay atıkutlu atıkutlutaş atıla atılgan atım atımer atış aubertine
auberto aubin audace aude audebert audeline audouin audran augustyn augustyna augustýn augustýna aulia aure
aurele aureliana aureliano aurelien aurelienne aurelija aurelio aureliu aurelle aurian auriane aurica aurică
auro auron aurèle aurélien aurélienne aurēlija ausilia ausiliatrice ausilio auxane auxence avadhesh avan avani
avantika avar avaz avdal averardo aviel avigaelle avigaëlle avluc avluç avni avoye avsar avşar awar awaz awero
awesi axeline axelle axenia axinte ayaan ayaci ayan ayana ayanda ayas ayaz ayaçı ayaş aybalta ayban aybars
aybeg aybeğ aydan aydarkagan aydarkağan aydemir ayden aydinalp aydogan aydogdu aydogmus aydoğan aydoğdu
aydoğmuş aydınalp ayebatari ayem aygirak aygul aygun aygül aygün aygırak ayhan ayinde ayinke ayitmis ayiz
ayizdag ayize aykagan aykal aykan aykağan aykurt aykut ayla aylan ayleen aylin ayline ayluc ayluctarkan ayluç
ayluçtarkan ayma ayman aymane aymard aymardine aymen aymeric aymon aymonde aynur ayodeji ayodele ayoka ayomide
ayomikun ayotude ayoub ayren ayruk aysar ayse aysil aysilig aysılığ aytac aytak aytaç aytekin ayten aytug
aytuğ aytən ayushmati ayvaz ayyildiz ayyıldız ayıtmış ayız ayızdağ ayşıl azad azak azalee azalée azamat azban
azeglio azelia azelie azeline azelio azer azgan azganaz azil azime aziz aziza azizhan azmi azra azubuike
azzurra azélie azîme azıl açela açelya açuk açık açılay açığ aïcha aïna aïssa aïssata aïssatou aćim ağabay
ağakağan ağalak ağlamış ağça aļģirds aļģis aşanboğa aşantudun aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş baaba
baala baalaaditya baalagopaal babacan babacar babasola babatunji babawale babeta babila babir babur babır
bacara baccayman bacman badabul badis badruk badur bafana bafode baga bagaalp bagaisbara bagan bagas
bagasatulu bagatarkan bagatengrikagan bagatur bagaturcigsi bagaturgerey bagaturipi bagatursepi bagdagul bagis
bagiya bagtas bagus bagya baha bahadir bahadır bahodir bahri bahriddin bahrom bahtiyar bahuraksa bahuwarna
bahuwirya baidehi baijayanti bajragin bakagul bakary bakağul bakda bakhtiyor bakiadi bakianto bakidin bakijan
bakiman bakiono bakir bakirsokum baksi baksı bakti baktiadi baktianto baktiono bakula bakır bakırsokum bakşı
bala balaaditya balaban balachandra baladitya balagopal balagovind balakatay balamani balamantri balamir
balamır balangga balapati balazs balcar baldassarre balderico baldo baldomero baldovino baldu balgopal balidin
balijan balin balint balkik balkık baltaci baltacı baltar baltazar baltir baltur baltır balázs balçar balın
bambina bamsi bamsı banara banawa banawi bancar bandhu bandhul banel bangizwe bangu banji bankim bankimchandra
bankole banna banu banuta baptiste barak baraktore baraktöre barbala barbarigo barbeg barbeğ barboga barbol
barbora barboğa barbro barbu barbulsun barcadogdu barcadogmus barcadurdu barcadurmus barcan barcatoyun
barchinoy bardibay bardomiano bardıbay bargan barica barimtay barin baris barkdogdu barkdogmus barkdoğdu
barkdoğmuş barkdurdu barkdurmus barkdurmuş barkin barkın barlas barlibay barlıbay barmaklak barmakli barmaklı
barnaba barno barsaba barsbeg barsbeğ barsboga barsboğa barsgan barsimeo barskan barsurungu barthelemy
barthélemy bartimee bartimée bartolo bartolomea bartolomej bartolomeu bartoloměj bartu barçadoğdu barçadoğmuş
barçadurdu barçadurmuş barçan barçatoyun barımtay barın barış basademir basak basanti basanyalavac
basanyalavaç basar basarab basat basbug basci basgan basileo basilia basilisse baskin baskirt baskurt baskın
basma basmil basmıl bassiano bassilla bastar bastiaan bastiano bastugrul bastuğrul basu basut bathilde batilda
batrak battal battista batuhan batuk batur baturalp baudouin bawer baya bayancar bayankagan bayankağan
bayançar bayat bayazit bayazıt baybars baybayik baybayık baybicen baybiçen bayboga baybora bayboğa baybure
baybüre baydar baydemir baydur bayik bayincur baykal baykara baykoca baykuzu baymunke baymünke bayna baynal
baypure baypüre bayrac bayrak bayram bayraç bayri bayrin bayruk bayrı bayrın baysungur baytara baytas baytaş
bayuncur bayunçur bayur bayurku bayutmus bayutmuş bayuttu bayık bayınçur bazil bazir bazyli bazır baçara
baçman baççayman bağa bağaalp bağan bağatarkan bağatengrikağan bağatur bağaturgerey bağaturipi bağatursepi
bağaturçigşi bağaışbara bağaşatulu bağdagül bağtaş bağış baņuta başak başbuğ başgan başkurt başkırt baştar
başçı beata beate beato beatrycze beatus beceapa beckem bedir bedirhan bediz bedran bedreddin bedri bedrich
bedriska bedřich bedřiška begarslan begbars begbilgeciksin begboga begcur begdemir begdilli begdurmus begi
begil begine begitutuk begkulu beglen begni begoyim begtas begtegin begtuzun behcet behic behiç behlul behlül
behram behrem behruz behzat behçet bekazil bekazıl bekbekec bekbekeç bekec bekecarslan bekecarslantegin
bekectegin beker bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir beklemis beklemiş bekmurod bektas bektaş
bektur bektür belcim belcir belemir belgi belguc belgüc belimir belina bellino belma beltir beltramo beltun
belçim belçir benadik bence bendeguz bendegúz benedek benedicte benedita benedykt benett bengi bengu bengü
beniamin beniamina benice benicio benigna benigne benigno benja benjamim benli benlidemir benno benone bente
benthe benvenuta benvenuto benício beranger berangere berard berardo bercem berceste bercin berdan berdibeg
berdibeğ berend berendey berengario berenika berfin berfîn berginsenge bergu bergü berinay berislav berit
beritan berivan berkan berkay berkin berkis berkiş berkyaruk bermek bernadetta bernarda bernd beronico berran
berre bertalan bertille bertold bertolda bertoldo bertolfo berva berçem berçin berîtan berîvan besar
besentegin beser besim besir besra betania betemir beti betina beuve bextiyar beya beyaz beyizci beyizçi
beyrek beyrem beáta beçeapa beçkem beāte beğarslan beğbars beğbilgeçikşin beğboğa beğdemir beğdilli beğdurmuş
beğkulu beğtaş beğtegin beğtüzün beğçur beňadik beşar beşer beşir bhaanumati bhaasvan bhaaswar bhadrak
bhadraksh bhadran bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj
bhargava bhargavi bhasvan bhaswar bhaumik bhaves bheeshma bhekimuzi bhekizizwe bhekumbuso bhilangana bhima
bhisham bhishma bhoj bhoopat bhoopati bhooshan bhooshit bhramar bhudev bhudeva bhupati bhupen bhushan bhushit
bhuvanesh bhuvaneshwar biagio bibek bibiana bibianna bibiano bibiána biborka bicek bicki bickici bidin bigna
bijay bikash bilal bilel bilgebayuncur bilgebayunçur bilgebeg bilgebeğ bilgeciksin bilgeisbara
bilgeisbaratamgan bilgekagan bilgekan bilgekağan bilgekulucur bilgekutluk bilgekülüçur bilgetacam bilgetamgaci
bilgetamgacı bilgetardu bilgetaçam bilgetegin bilgetonyukuk bilgez bilgeçikşin bilgeışbara bilgeışbaratamgan
bilgic bilgin bilgiç bilig biligkongulsengun biligköngülsengün bilik biljana billure billurə bilol bilva bilwa
bilâl bina binafsha binbegi binbeği bindir bindo bineta bino binta bintou birane birgita birgitte birino
birjesh birol bisenija biserka bishal bishnu bitaybiki bitri bivoj biçek bjarne blagica blagoje blahomil
blahomila blahomir blahomira blahomír blahomíra blahoslav blahoslava blandine blanduzia blanka blaz blazej
blazena blaž blažej blažena boaz boban bobana bobur bodi boga bogac bogacuk bogdan bogdana bogde boge boglarka
boglárka bogoljub bogu bohdan bohdana bohemond bohuchval bohumil bohumila bohumir bohumira bohumír bohumíra
bohun bohuna bohus bohuse bohuslava bohuš bohuše bohémond bojan bojana bojislava bokde bolatito boldaz
boldizsar boldizsár bolemir bolemír bolen boleslav boleslava boleslavs bolmus bolmuş bolsun bolukbasi bolun
boluwatife bonagiunta bonaldo bonaventura bonavita boncuk bonek bonge bonginkosi bongul bongulboga bongulboğa
bonifac bonifacio bonifác boran borbala borbála borcul borek borislav borislava borivoj borivoje borjan borka
borko borlukcu borlukçu bornak boroka bortecine bortolo boru borubars borusengun borut borys borçul boróka
bosiljka bosko botan botir botond bouba boubacar bouchard bouchra boyan boyankulu boylabaga boylabagatarkan
boylabağa boylabağatarkan boylakutlutarkan boza bozan bozboru bozbörü bozdogan bozdoğan bozena bozetech
bozetecha bozica bozidar bozidara bozislav bozkurt bozkus bozkuş bozok boğa boğaç boğaçuk boļeslavs bořek
bořislav bořislava bořivoj boško boža božena božetěch božetěcha božica božidar božidara božislav bradut brahim
brahmaanand brahmabrata brahmanandam brahmdev brajan brajen brajendra brajesh brancaleone brando brandusa
branimir branimira branimír branimíra branislav branislava branka brankica branko bratislav brayan breno
bretislav bretislava briac brieuc brigita brijesh bronislav bronislava bronislavs broņislavs bruna brune
brunehaut brunehilde brunilde bruto brygida brájen brândușa brăduț bucan buchi bucur budag budak budağ
buddhana budhil budimir budimír budislav budivoj budunlu budus budustudun bugday bugduz bugduzemen buge bugra
bugrakarakagan bugu bugubilge buhle bukak bukaktutuk bukduz bukebuyrac bukebuyruc bukey bukola buktegin
bukusboga bulacapan bulak bulaçapan buldur bulent bulgak bulmaz bulmus bulmuş buluc bulug buluk bulus bulut
buluç buluğ buluş bumen bumin bumın bunmi bunsuz bunul bunyamin burak burcak burgucan burgut burguçan burhan
burhon burkay burkek burkut burluk burslan burulday burulgu burunduk burçak busayo busisiwe busulgan butak
butuk buyan buyancuk buyandemir buyankara buyançuk buyat buyrac buyraç buyruc buyruk buyruç buzac buzactutuk
buzaç buzaçtutuk buçan buçur buğday buğra buğrakarakağan buşulgan bystrik bystrík bálint bénigne bénédicte
béranger bérangère bérard bêrîtan bíborka bögde böge bögü bökde bölen bölükbaşı bönek bönge börteçine börü
börübars börüsengün büdüs büdüstudun bügdüz bügdüzemen büge bügü bükdüz bükebuyraç bükebuyruç bükey büktegin
büküşboğa bülent bümen bünyamin bünül bürgüt bürkek bürküt bürlük büğübilge bārbala bănel bıdın bıtaybıkı
bıtrı bıçkı bıçkıcı błażej břetislav břetislava bəhram bəhruz bəxtiyar bəyaz cabdar cabli cabus caetana cafer
cagak cagan cagatay cagdas cagil cagla caglar caglayan cagri cagribeg cagrihan cagritegin cagru cahid cahya
cahyadi cahyanto cahyo cahyono caino caio caius caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa
calanico calapkulu calebe calin calina calista calixte callisto calogera calogero calpurnia camelien camil
camilia camillien camillo camélien cana canalp candar candido candrakanta canel cangul cangül cankan cankiz
cannur cansel cansin cansu cansın cantemir cantidio canziano capitolina capucine caraka caribert caridad
carlijn carloman carminho carna caronte carponio carub casian casiana casimira casimiro caslav cassiano
cassien cassio cassiopea cassiopee castille casto cataldo cataleya catalin catalina catinca cato catrin
catrinel catullo catur caturangga caua cauã cavid cawisadi cawisono cawuk cayadi cazimir cebe cecco cecep
cecilie cecylia cecyliusz cecílie cedomir cedrik cedrin celal celaleddin celasun celen celestin celian celien
celik celil celinia celso celâleddin cemal cemali cemani cemen cemeti cemgen cemil cemplunk cene cenek cengkal
cengkir cenk cenka cerasela ceren cesaire cesario cesminaz cestmir cestmira cetin cetinel cetiner cevahir
cevat ceyda ceyhun ceykun ceyla ceylan ceylin ceylinaz cezar cezara cezary cezmi chaanakya chaaruchandra
chahine chahinez chaima chaitan chakor chakradhar chakravartee chakravarti chakrika chanakya chandak chandan
chandani chandi chandini chandira chandni chandraayan chandrabhaga chandrabhan chandradev chandrakala
chandraketu chandrakin chandramani chandramauli chandramohan chandran chandranath chandrani chandraprabha
chandraswaroopa chandravati chanel chapal charak charl charlaine charlemagne charli charlize charly
charuchandra charumati charuvrat charvi chaten chatur chatura chaturaanan chaturbhuj chayenne chayma chaïma
cheick cheick-oumar cheikh cheikhou chekhouna cherechi cherif cherubino chetan chetanaanand chiaffredo
chiamaka chiara chidaakaash chidaatma chidambar chidananda childebert chilperic chilpéric chimamanda chinedu
chinmayanand chinmayananda chinyere chira chiranjeev chiranjeeve chiril chirill chirine chisom chitraksh
chitrali chitramala chitrangada chizoba chrabros chrabroš chraniboj chranibor chranislav chranislava chretien
christ christelle christer christiaan christodule chrudos chrudoš chrysole chrysostome chrétien chukwu chval
ciaobella cicek cicem cici cigdem cigil cihad cihan cihangir cihansah cihanşah cilasun cilay cilenti ciler
cilvenaz cimen cingir cino cinta cinthia cinzia ciprian cipriana cipriano cirano ciriaco ciril cirilla cirino
cise cisem cisil cistoslav cistoslava citra civan ciya claas clarenzio clarisa claudien claudiu clavdia
cleandre cleandro clelia clelie clemenzia cleofe cleonico cleophee clery climaco clinio clodomiro clodoveo
clotaire clothilde clotilde cléandre clélie cléophée cléry cobulmak cocukboru codin codrin codrina codrut
codruta codruț codruța coen cointa cokramayul coline collien colmanno colmazio colombano colombe colpan colu
concetta concordio constanca constança constatin coralia corbiniano coreno corentin corentine coriolano
cornelio cornelis corneliu coronato corrado corto corvin cosima coskun coskuner cosma cosmina costache
costante costantino costanzo costel costin coumba coşkun coşkuner cremenzio crenguta crenguța crescente
crescenzia crescenzio crespignano crina crispino cristaldo cristea cristiana cristofor cristoforo crocefissa
crocefisso cronida csaba csanad csanád csenge csongor ctibor ctibora ctirad ctirada ctislav ctislava cubeyr
cumhur cunegonda cuneyt cuniberto cupido cuzia cvetka cvijan cvijetin cyntie cyprien cyra cyrian cyriaque
cyrielle cyrila cyrine cyryl cândar célestin célian célien césaire cézar cîhan cübeyr cüneyt călin cătălin
cătălina cılasun daan daantje dabiziv dabiživ dacian daciana daciano dacin dacio dadap dadi daevi daevika
dafina dafne dagel daghan dagmara dagmāra dagoberto daiana dainuvite dainuvīte daiwik dajana daksha dakshayani
daley dalibor dalibora daliborka dalida dalie dalima daliman dalimil dalimila dalimin dalimir dalimira dalimír
dalimíra daliono dalla dalmazio damaso damayanti damife damil damilare damilola damin damir damjan damjanka
damla damocle damodara damola damu danae danang dandak dandapaani daniil danijel danijela danil danilo danique
daniswara danjuma danka danko danu danuja danuse danuta danuše dany danyl daouda daphnee darasimi darek darian
dariana dariati darie darija darijan darimin darina darine darinka dariusz darja darko darmaji darman darmana
darmanto darshwana darsirah darta dartono daruna daryani dasa datta daver davi davids davino davor davorin
davriya davron davud dawid dayaamay dayaananda dayaanidhi dayamayee dayane dağhan decebal decimo declan
deeksha deenabandhu deepali deepan deepankar deependra deepesh deepika deeptanshu deeptendu deeptiman
deeptimay deeptimayee deeptimoy deeptimoyee deevakar defne degna dejan dejana delal delfina delfino delie
delizia demet demetrio demetriusz demi demilade demiralp demirhan democrito demostene deneval denisa denisz
deniz denizalp deodata deodato depold derin dersim dervis derviş derya desanka desiderato desiderio desimir
despina destan deste detmar detrich devadatt devagya devajyoti devak devangana devani devasree devdan deven
devesh deveshwar devika devota devran devvrat dewi dexx dezider dhaanyalakshmi dhana dhanadeepa dhanalakshmi
dhananjay dhanapati dhanesh dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh
dhyaneshwar diah dianora diar diara diarra dicle diclehan dida didem didier didimo didina diede dieke
dieudonne dieudonnee dieudonné dieudonnée dieynaba digambar digambara digdaya dijana dikmen diksha dilafruz
dilara dilare dilarə dilaver dilay dilbar dilber dilberay dildar dildora dildâr dilek diler diletta dilfuza
dilhan dilmurod dilnoza dilorom dilovan dilrabo dilruba dimas dimaz dimitrii dimitrij dimitrije dimitrina
dinakar dinc dincer dinda dinesh dinis dinkar dinu dinç dinçer diocleziano diodata diodoro diogene diogo
diomede dionigi dionisia dionizy dionyz dionyzos dionýz dionýzos dior dipa dipali dipankar dipendra dipesh
diptendu direnc direnç diri dirja diroj dirok ditte-marie ditya divaakar divakar diviska diviška divjot divya
diyor diyora dizik djayden djeneba djenna djibril dluhos dluhoš dmitrii dobrava dobrila dobromil dobromila
dobromir dobromira dobromír dobromíra dobroslav dobroslava dochia dodato dogan doganay doganer dogu doina
doinita dolunay domagoj domen domenica domenik domezio dominika domitille domiziano domnica donalda donat
donata donatella donatello donato dondu donka dono donát donáta dorana dorcas dorde dorel doriana doriane
doriano dorica dorin dorina dorinel dorit dorka dorli dorota doroteja doroteo dorottya dorthe doru doubrava
doubravka dounia douwe dovud doyinsola doğan doğanay doğaner doğu draga dragan dragana dragica draginja
dragisa dragiša drago dragoje dragojlo dragoljub dragomir dragos dragoslav dragoș dragutin drahomil drahomila
drahomir drahomira drahomír drahomíra drahon drahos drahoslav drahoslava drahotin drahotina drahotín drahotína
drahoň drahoš drahuse drahutin drahuše drajat draupadi draza drazen draža dražen dren drina driss dron druina
drzimir drzislav držimir držislav duanne dubravka dubravko duccio duco ducu duduzile duilio duje dujo dulari
dulina dumisani dumitra dumitrana dumitrita dumitru dundar dunja dunya durad durda durdane durdona durga
durgeshwari durica durmus durmuş durodola durriye duru dururbunsuz dusan dusana dusanka dusica duska dusko
dustin duuk duygu dušan dušana dušanka dušica duška duško dwaipayan dwaipayana dyah dylano dzile dzirkstite
dzirkstīte dzīle dáša dâver dêrsim dîcle dîroj dîrok döndü dündar dünya dürdane dürriye dārta dāvids děpold
dětmar dětřich dəniz eberardo ebiere ebin ebiowei ebkizi ebkızı ebren ebru ebunoluwa ebuzer ecaterina ecclesio
ecehan ecem ecevit ecmel ecrin ecvet edda edelberga edgars edhem edil edilberto edite editta ediz edmee
edmondo edmée edoardo eduarda eduards edvarda edvige edvin edvins edvín edvīns edyta edzus edīte edžus eefje
eekalabya eero eeva efim efimia efisio efken eflah efraim efrosinia efsun eftalya eftimia eftimie egemen egeo
egidio egils eginardo egisto egizia egle egmont egona egrim egīls ehmed einars einārs eirik eizens eižens
ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekec ekeç ekim ekin ekmel ekow ekrem ekundayo elaide
elakshi elanur elbek elcin eldor elea eleazar elektra elettra eleuterio eleuthere eliabeth eliah eliahou elian
eliana eliane eliano eliasz eliel eliette elif elifio eligio elija elimena elin elina eline elio eliodoro
elion eliona elior eliott elisabeta elisaveta elisea elisee eliseo elisio eliska elizabeta elizaveta elize
elizej elizeus eliška elkin ellada ellen-margrethe elma elmar elmars elmas elmurod elmārs elnare elnarə elnur
eloa eloan eloane elodia elodie elogio eloi elona elone elouan eloá elpidio elti eluh elvezio elvia elvino
elvire elya elyanora elyas elyes elyne elynn elyor elyès elza elzbieta elzear elçin eléa elísio elīna elżbieta
eman emanoil emanuela emanuelly emanuil emas embuh emced emeka emel emelie emely emerance emerencie emeric
emerich emese emidio emie emiel emil emilian emiliana emiliano emilien emilija emilijan emilián emils emin
emine emirhan emmanuelle emmelie emmely emmerico emna empirio empluk emrah emre emrullah emīlija emīls enakshi
endah enderun endra endrigo enea enecone engin enguerrand enie enimia enio eniola enis enise ennio enno enola
enora ensar ensio enteng enver enya enyo enzo epiphane eracla eraclide eraldo eralp erardo erasmo erast eray
erazim erazmus erberk erberto ercan ercin ercole ercument ercüment erdal erdem erdeni erdenikatun erdeniozuk
erdeniözük erdinc erdinç erel eremia eren erenia erentuz erentüz ergene ergenekatun ergin ergun erguner ergün
ergüner erhan eriberto erico eriks erinc erine erinç erkam erkan erke erkki erkâm erkân erman ermelinda ermen
ermenegarda ermenegilda ermenegildo ermes ermete ermilo erminio ermins ermīns ernestina erol eron ersan
ersilia ersin ertan erten ertenozuk ertenözük ertugrul ertuğrul ervina ervins ervína ervīns erwan erwann erçin
erşan esat esau esaù esben esen esenbike eser esha eshana eshita esin esmee esmeray esmira esmée esref
estefania estefanía estela estera esterina estiawan estiono esuperio esupofo eszter etela eterie ethann ethem
etil eubert euclide eudes eudochia eudokia eudoksja eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio
eufrosina eufrozina eufrozína eugeniu eugeniusz eulalia eunika euphrasie euridice eurydice eusebe eusebia
eusebie eusebiu eusebius euseo eustache eustatiu eustațiu eustorgio eustosio eustracjusz eusèbe eusébie
eutalia eutalio evald evaldo evalds evandro evanghelina evann evar evarist evariste evaristo evasio evdochia
evdokija evelien eveliina evelyne everardo evgheni evghenia evghenii evidio evodio evran evrard evremondo
evren evsen evzen evzenie evşen evžen evženie ewatomi ewelina ewenn eyal eyiz eylul eylül eymen eyram eysan
eytan eythan eyup eyüp eyşan ezechiele ezio ezrak eğrim eşref fabia fabiana fabie fabienne fabijan fabiola
fabiána fabiënne fabrice fabricia fabricio fabrizio fabrícia fabrício fadekemi faderera fadi fadil fadime
fadıl fahrettin fahri fahriddin fahriye fahrunissa fahrünissa faiq faizah falba falih falk famiano famke
fanika fanta fantin fantine fanyana farangiz fardau farhunnisa farida faris farouk farruh faruk fasih fathonah
fatih fatim fatimata fatime fatimə fatin fatma fatos fatou fatouma fatoumata fatoş faust fausta faustin fausto
faustyn faustyna faustýn faustýna faya fayen fayenne faysal fayzbek fazil fazilat fazilet fazio fazli
fazliddin fazlı fazullah fazıl feba febe febi febriana febrina feda fedai fedde fedele fedor fedro fehime
fehintola fehmi felician feliciano felicie felicien felicita felicitas felicite felicián felina felície femke
femm fenja fenna fenne feodosia ferah feramus feramuz feramuş feray ferda ferdi ferdinando ferdynanda fereh
ferenc ferhan ferhat feride feridun feriel feriha ferit ferman fermiano ferqane ferre ferruccio ferruh feruza
feryel festo fevronia fevzi fexriyye feyyaz feyza feyzullah fiammetta fibikemi fidan fidele fidelie fidelius
fidenziano fidenzio fidèle fieke fien fiene fiep fiete figen fiifi fikayomi fikret fikri fikriye filemon
filibert filiberto filipa filipe filipp filiz filofteia filomen filomena filomeno filoména filotije filou fily
finia finja finnja finnley fiodor fionn fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firas firdavs
firdevs firmin firuze firuzə fitrat fitri fitria fitriani flaminia flavia flavian flaviana flaviano flavie
flavien flavio flaviu flavius flavián fleano floare floarea flodoard floortje florea florencja florent
florenta florentin florentina florentyn florentyna florentýn florentýna florența florestan floriana floriane
florica florine flurin flurina fode folafoluwa folashade folco folu fortunat fortunata fortunato fortunee
fortunát fortunée fosca fosco fotih fotima foucauld foulques frana francette franci francia francisc
francisque franciszek franciszka franck franjo franka frantisek frantiska františek františka franziska
frederike fredrik fredy freek freja frenkie freya frida frido fridolin fridolín fridrich frontiniano frusina
fruzsina fryderyk fráňa frída frīda fuat fulbert fulberto fulcran fuldem fulden fulgence fulgenzio fulvio
fulya funani funda funmilade funmilayo fureyya furio furkan furkân furseo furuzan fuscolo fusun fuzuli fynn
fâlih féba félicie félicité füreyya füruzan füsun fərqanə fərəh fəxriyyə gabin gabino gabor gabrijela gada
gadang gading gaduh gaelle gaetan gaetano gaffar gagan gaglioffo gaia gaiman gaio gaja gajaadhar gajabahu
gajadhar gajana gajbaahu galak galang galar galdino galeazzo galfryd galih galileo galiono gallicano galuh
galur gaman gamani gamanto gambira gamblang gamze ganak ganaka ganapati ganda gandewa gandharv gandharva gandi
gandolfo ganep ganesh ganesha gangesh gangsa gangsar ganjaran gantar gara garan garance garang garika
garimberto garnier garud gaspare gasti gastone gati gatien gatik gatot gatra gatsha gaudenzia gaudenzio
gaudino gauraang gaurang gauranga gautam gautama gautami gautiero gavino gavril gavrilo gavxar gawati gayatri
gazanfer gazi gaétan gaëlle gaëtan gaïa gbadebo gbeminiyi gbemisola gbolahan gbowoade geanina gedeon gedeone
gederts geeta geetanjali gejza gelila gelin gelincik gellert gellért gelsomina geltrude gelu gema gemine
geminiano genadij gencer generosa generoso genesia genesio gennaro genoveffa genta gentiana genziano gențiana
geoffroy georgel georgije geraldina gerarda gerardina gerasim gerasimo geraud gerazim gerazym gerberge gerbert
geremia gergely gergo gergő gerharda gerino germano gerolamo geronzio gerrit gervais gervasio gesualdo gevheri
geza ghaliyati ghanaanand ghanashyam ghani ghanshyam ghenadi ghenadie ghennadi gheorghe gheorghi gheorghii
gheorghina gheorghita gheorghiță gherghina gherman ghislain ghita ghiță giacinto giacobbe giada giadero
giambattista gianbattista giancarlo giandomenico gianfranco gianluca gianluigi gianmarco gianmaria gianmario
gianpaolo gianpiero gianpietro gianuario giasone gibran gica gicu gică giel gifty gigliola gijs gilang gildo
giliola gillo gineto ginewra gioacchina gioacchino giobbe gioberto gioconda giocondo gioele gion giona gionata
giorgian giorgiana giosue giosuele giosuè giotto giove gioventino giovenzio girardo girart giray giri girija
girik girika girindra giriraaj giriraj girish girja girolamo gislebert gita gitanjali gitte giuda giuliana
giuliano giulitta giuseppa giuseppina giusta giustiniano giyas gizem glauco gleb gligorije glorie gobinda
godeberta goffredo gojko gokalp gokben gokboru gokce gokcegol gokcen gokcicek gokmen goknur goksin golia golub
gomberto gonca goncalo gondebaud gondulfo gonenc gonerio gongor gonsalwy gonthier gontran gonul gonzaga
gonzague gonçalo gopaal gopal gopee gopi gorakhanatha gorakhnath gorana goranka gorazd gordana gordiano gorkem
gorun gosto goswamee goswami gothard gottardo gotum goundo gouranga goutam govher govinda gozde gracian
graciana graciela graciliano gracián graciána gracja gradimir gratian gratiela grato graziana graziano
graziella grazina gražina grațian grațiela gregorian grga grgo grgur grigore grigori grigorije grimaldo
grizelda grozdana grzegorz gualberto gualtiero gubio gudakesa gudakesha gudrite gudrun gudrīte guelfo guenda
guendalina guenievre guenièvre guerin guerrino guher guiberto guilhem guilhemine guilherme guillermina
guiscardo gulay gulbahar gulbaxor gulben gulchexra gulcin guldem guldeste gulegen gulemen gulen guler gulgun
gulhan gulistan guljamol guljaxon gulnaz gulnora gulnoza guloy gulpembe gulriz gulsen gulseren gulsora gulsum
gultekin gulumser gulzira gulzoda gumesindo gumus gunars gunay guncicek gundelinda gundogdu gundogmus guner
gunes gungor guniz gunnar gunnur gunseli gunyaruk gunārs gurbuz gurcan gurdal gurdev gurhan gurkan gurol
gursel gustava gustavine guus guusje guven guvenalp guvercin guzey guérin gvendolina gvendolína gvozden
gwenaelle gwenaëlle gwendoline gwido gyorgy györgy gábor gédéon géraud géza gökalp gökben gökbörü gökmen
göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör gönül görkem görün gövhər gözde gúbio güher gülay
gülbahar gülben güldem güldeste gülegen gülemen gülen güler gülgün gülhan gülnaz gülpembe gülriz gülsen gülsüm
gültekin gülçin gülümser gülşen gülər gümüş günay gündoğdu gündoğmuş güner güneş güngör güniz günnur günseli
günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan gürol gürsel güven güvenalp güvercin güzey gıyas habbab
habib habiba habil haby hacib hadi hadja hadriel hadrien hafi hafid hafsa hafshah haim hairyanto hajar hakan
hakem haki hakki hakkı hakon haldun halil halim halima halina halis halit haluk hamdi hamdullah hamidou hamima
hamit hamsini hanae hanaé hande hanefi hanga hani hania hanifa hannabel hanne hannele hannes hannu hans-rudolf
hans-ulrich hansjorg hansjörg hanspeter hansruedi hansueli hanus hanuš haralamb haralambie hardana hardi
hardouin hari harimurti harinakshi harinarayan harit harita harja harjasa harjaya harjo haron harouna haroune
harsana harsanto harsaya hartaka hartana harto harun hasan haseki hasibi hasim hasin hasmet hasna hassane
hastal hata hatem hatip hatouma hattab hattâb hauke hava havel havla hawa hawar haya hayal hayali hayat hayati
haydar hazar hazim hazım haïm haşim haşmet haštal hedelin hedviga hedvika heema heidrun heikki hein heinrich
heinz heitor heja helie helier helin helle helmut heloisa heloísa hendra hendri hennes henrich henrick henrike
henrique henryk henryka heracleea herberta herluin hermenegildo hernan hernán heru heryanto hesti heval hevi
hiba hicabi hicham hidaya hidde hieronim hifzi hikmat hikmet hilaire hilal hilarion hildebert hildegard hilmi
hilola himadri himani himawan himmet hincmar hipolit hippolyte hira hiranmay hiranmaya hiranya hisam hizir
hişam hjalmar hlengiwe hojimurod homero honore honorine honorius honoré horac horacy horatiu horațiu horea
horia hortensie hortenzia hortenzie horymir horymira horymír horymíra horác hosiyat hostimil hostimila
hostimir hostimira hostimír hostimíra hostislav hostislava hostivit hostivít houda hovard hozan hrvoj hrvoje
hrvojka huccet hudavendigar hudayi huguette hulki hulusi hulya humaira humay humayun humeyra huner hunor
huriye hurkan hurram hurshida hursit hurşit husameddin husamettin huseyin husida husnida husniya husnora husnu
husrev huub huzeyfe hvalimir hvezdoslav hvezdoslava hvězdoslav hvězdoslava hyacint hyacinta hynek hypolit háta
hâdi hâlis hâtem håkan håkon hédelin hélie hélier hêvî hüccet hüdayi hüdâvendigâr hülya hümayun hümeyra hüner
hüriyə hürkan hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır iacob iacopo iacopone iacov iana iancu
ianina ianira ianis ianna ianos iaroslav iaroslava iasmina iban ibidapo ibironke ibodulloh iboja ibou ibra
ibrahima ibrani ibrohim ibukunoluwa ibun icaro icha icilio iclal idan idir idowu idris idriss idrissa ieremia
ifeanyichukwu ifeoluwa ifeoma iffar iffet ifora ifunanya iginia iginio igino ignac ignacie ignacy ignat ignata
ignjat ignác ignácie ignát ignáta igori ihsan ihtiyor ihvan ikbal ikeme ikenna ikeoluwa iker ikhidie ikhsan
ikicitoyun ikin ikrime ikrom ilacin ilai ilan ilana ilaria ilarie ilarion ilay ilayda ilaçın ilbey ilbilge
ilda ildebrando ildefonso ildegarda ildegonda ildika ildike ilenia ilgegu ilgmars ilgmārs ilham ilhami ilhan
ilian iliana iliane ilias ilie ilies ilija ilinca ilinka ilja iljana ilkay ilkben ilke ilker ilknur ilko
ilksen ilkyaz illidio ilmari ilmars ilmārs ilona ilqar ilva ilyan ilyana ilyane ilyas ilyass ilyes ilyess
ilyos ilyès ilza imad iman imane imani imen imene imge imke immacolata immacolato imoleoluwa imran imrane imre
imrem imrich imron imène inanc inanç inara inars inaya inci incoronata indah inder indra indrikis indriķis
indro indy inesa ingeborga ingmars ingmārs ingrida ingrīda inguna ingūna inioluwa inja inka inkeri innocente
innocenty innocenza innocenzo inocenc inocentiu inocențiu insa intan inyoni ināra inārs ioan ioana ioanina
iolanda iole ione ionel ionela ionelia ionica ionică ionne ionut ionuț iorio iosefina iosif ipek ippocrate
ippolito iraida irawati irem iremide irenej ireneo ireneus ireneusz ireti iretioluwa irfan iriana iride
iridenta irinc irinckol irinel irisa irmak irmeli irmina irnanto iroda irsad irtis irwan iryna isabeau isabell
isabelly isaia isaias isaure ischirione isee iseoluwa iseult ishaq ishola iside isig isik isil isilay isin
isiner isioma isisa islam islom ismael ismaele ismail ismaila ismaël ismaïl ismaïla ismerie ismet ismoil
ismérie isolda isotta isra israa issa issam issiaka istvan istván isık isığ italia italo itil itir itri
itunuoluwa itır iulia iulian iuliana iuliu iuri iurie iurii iustin iustina iustinian ivana ivancica ivanka
ivanna ivano ivanoe ivančica ivek iven iveta ivetta ivica ivna ivona ivone iwan ixtiyar iyabode iyad iyadunni
iyanuoluwa iyed iyik iyiktag iyinoluwa iyık iyıktağ izabela izabella izaias izaiáš izajasz izel izia izidor
izidora izmael izolda iztok izydor izzet izzettin iľja işık işıl işılay işın işıner işığ i̇clal i̇dris i̇ffet
i̇hsan i̇hvan i̇kbal i̇keme i̇kiçitoyun i̇krime i̇layda i̇lbey i̇lbilge i̇ldike i̇lgegü i̇lham i̇lhami i̇lhan
i̇lkay i̇lkben i̇lke i̇lker i̇lknur i̇lksen i̇lkyaz i̇lqar i̇lyas i̇mge i̇mran i̇mrem i̇nci i̇pek i̇rem i̇rfan
i̇rinç i̇rinçköl i̇rtiş i̇smail i̇smet i̇til i̇xtiyar i̇zel i̇zzet i̇zzettin jaakko jabal jabulile jace jacek
jachym jaco jacoba jaden jadesola jadran jadrana jadranka jadranko jadro jadwiga jael jaelynn jaeman jagadish
jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet jahnu jailey jaiman jaimini jaimy jairo
jaivey jaka jakov jakub jakuba jakubina jakubka jale jalil jalol jalou jalə jamalia jamila jamiro jamol
jamshid janaina janaína janez jani janica janja janko jannah janne jannek jannes janni jannik jannis jano
janosch janusz japhet jara jari jarmil jarmila jarne jarno jaro jarod jarolim jarolima jarolím jarolíma
jaromil jaromir jaromira jaromír jaromíra jaron jaroslav jaroslava jarwa jarwadi jarwi jasenko jasin jasmani
jasmijn jasna jasnena jasněna jassem jassim jasur jaswadi jati jatmiko jautrite jautrīte javi javlon javohir
jaxon jaxx jaya jayadi jayce jayda jayden jayeng jaylano jaylen jaylinn jayvano jazeps jazzlyn jazzlynn
jeannel jeannot jeffery jefri jefta jehanne jekabs jela jelena jelica jelisaveta jelita jelka jella jelle
jelmer jelte jenel jennah jenovefa jenovéfa jente jeppe jeremi jeremiasz jergus jerguš jernej jeronimo jeronym
jeroným jerzy jerónimo jesa jesika jesper jesslyn jesslynn jett jette jevgenijs jevgeņijs jevrosima jezdimir
ješa jibril jidde jihane jilji jiljí jimena jimi jimram jinane jinawi jindra jindrich jindriska jindřich
jindřiška jinte jinthe jiri jirina jitender jitendra jitka jiyan jiřina jiří joah joakim joanny joaquim joas
joelina joeline joep johana johanne joko jolana jolanda jolanta jolayemi jolien jolijn jolin jolina jonatan
jonna jono jonte joojo joost jordi jordy jorg jorga jorgen jorin joris jorn jorrit jort joscha joschua josef
josefien josefin josefine josep josephin josette josiane josip josipa josko joso josse josselin jost josua
josue josué joud jovan jovana jovanka jovin joza joze jozefa jozefina jozefína jozica jozsef jozue joško jošt
joža jože jožica juda judicael judicaël judite judyta judīte jugoslav juha juhani juho jukka jula julan julide
julien julija julijana julijs julika juliusz jumadi jumagul jumari juna junayd juno junon juraj jurg jurgis
juri jurre jurģis jusma jusra juste justyn justyna justýn justýna jusuf juta juul juwon jyotis jyotsana jáchym
józefina józsef jörg jörgen jørgen jürg jāzeps jēkabs jūlija jūlijs jūsma kaan kaat kabil kacper kacung kadem
kader kadiatou kadidia kadidiatou kadir kadrican kadriye kady kagan kagiso kahina kailash kaina kairav kajen
kajetan kajetán kalea kalender kalervo kalevi kalidou kalim kalinik kalistrat kalpana kamalesh kamaria kambali
kamber kamel kamelya kamidin kamil kamile kamilla kamla kamlesh kamol kamola kamoliddin kamran kamuran kanak
kanchan kanci kancı kani kanishka kannan kannen kanti kançı kapgar karaca karahan karak karam karamba karamoko
karan karaça kardi kargilac kargılaç karima karimah kariman karja karl-emil karl-johan karligac karlijn karlo
karlıgaç karman karmela karoliina karsa karsana karta karthik kartik kartika karunanidhi karya kashyap
kashyapi kasian kasim kasiran kasiyah kasián kassim kastor kasusra kasım katariina katarina katarzyna katarína
katell kathrin katia katica katija katja kato katrin katryn katun katunkiz katunkız kawaca kawaya kawtar
kayaalp kayacik kayacık kayaçık kayca kayden kayleigh kayliah kayna kaynak kayode kayra kayun kayça kazanc
kazanç kazim kazimierz kazimir kazimira kazimír kazimíra kazkatun kaïna kağan keano keanu keba keerti kees
kehinde keira keisha keji kekik keklik keles keleş kelya kelyan kemal kemalettin kemba kemâl kenan kenari
kende kenes kenji kensi kenza kenzi kenzie kenzo kenzy kepez keramet kerami kerem keremsah keremşah kerim
kesme kessaf ketsia kevser keyan keyken keyla kezia kezlik keşşaf kgabu khadidiatou khadidja khadija khadim
khady khanyisile khem khethiwe khoudia khulekani kian kiana kiandra kiano kiara kika kikelomo kiki kilyan kimi
kimiz kimizalma kimizalmila kimizin kimo kincso kincső kinga kiran kiraz kircicek kirgavul kirilo kirlangic
kirti kivanc kivilcim kiyan kiymet kizdurmus kizilalma kjeld kjell klaas klarencjusz klaudia klaudian klaudie
klaudius klaudiusz klaudián klavs klea kleber klemen klementina klementyna klementýna kleopatra klotylda
kléber klāvs kocer koen kofi kojo koko koksal kolawole koleta koloman kolombin kolombina kolombín kolombína
kolumban kolumbin kolumbina kolumbán kolumbín kolumbína komil komila komron konrads konrāds konstancie
konstancja konstantins konstanty konstantyn konstantýn konstantīns konsuela konzuela kopano koralia koray
korbinian korede korina korinna korkut kornel korneli kornelia kornelie kornelius korneliusz kornél kornélia
kornélie kosma kosmas kosta koçer krasava krasomil krasomila krasoslav kresimir kresomysl krešimir krijn
krishnadas krishnadasa krisjanis kriss kristiana kristians kristie kristiina kristijan kristiāna kristiāns
kristjan kristof kristyna kristóf kristýna krisztian krisztián krisztofer krišjānis krišs krištof krsto kruno
krunoslav kryspin krystian krystof kryšpín kryštof krzysztof ksawera ksawery ksenia ksenija ksenofont kubad
kubat kubilay kubra kubura kuddusi kujoe kumar kumuda kumush kuncara kunhuta kunthara kurnia kursad kusuma
kutbettin kuzey kuzman kveta kveton kvetos kvetoslav kvetoslava kvetuse kvido květa květoslav květoslava
květoň květoš květuše kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi kwintyn kyan kyano kyara kylian
kyliann kyllian kyllikki kyra kâmil kâzım kéba köksal kübra kürşad kımız kımızalma kımızalmıla kımızın
kırgavul kırlangıç kırçiçek kıvanç kıvılcım kıymet kızdurmuş kızılalma křesomysl laal labuh lachlan
lacramioara lada ladina ladislao ladislau ladislav ladislava ladji lahna laia laila lajos laksana lakshman
lakshmi lakshmidhar lakshminath laksita lala lale lalie lalita lalə lamberto lamih lamine lamiye lamiyə lanang
lancilotto landolfo landry lanfranco langa langgeng lanjar lantar lapo laras larysa lasma lasmanto lasmono
lassana lasse laswi laszlo latif latifa latife latika latofat latoya laurane laureline laurenc laurencie
laurencja laurencjusz laurentia laurentino laurentiu laurenty laurentyna laurenz laurenția laurențiu laurian
lauriane lauriano laurin laurine lautone lavanya lavinio lavize lavīze lawrencia laxman laxmi layana layanah
laylo lazarz laziz lazzaro leana leandr leandre leandro leane leanne leano leart ledion leelou leendert lega
legawa lehna leina lejla lembah lemide lene leni lenia lenja lenn lennart lenne lennert lenni lennon lenny
leny lenya leodegar leokadie leokádie leonel leoni leonia leonida leonids leonilda leonio leonis leonne leonor
leontin leontina leontyn leontyna leontýn leontýna leonzio leonīda leonīds leopardo leopolda leopoldine
leopoldo leopoldyna leopoldýna leos leoš leposava lerato lerzan lesana lesek lestari leticie letterio leufroy
levana levent levente levio levke levoslav lewin leya leyan leyna leïna lešek liah liara liba libena liberata
liberato liberatore libere liberio liberto libor libora liboria liborio liboslav liboslava libusa libuse
libuša libuše libère liběna lica licia lică lidania lidija lidio lidmila lidya lieke liene lietald lieuwe
lieze liga ligia liisa liksma lilan lili liliana lilianna lilie lilien liliya liliána liliāna lillie lilou
lilwenn lilya limar linde linett linne linoi linoy linoï lintang lioara lior liora lirik liron lirone lisandro
lisann lisanne liselotte lison lital liuba liubov liubovi liudmila liusea liviana livie livija livino livio
liviu livius liya liyah liyam liyan liyana lize lizz liétald ljiljana ljuba ljubica ljubisa ljubiša ljubomir
ljudevit loane lodovica loek loes loet loic lolade longin loredana lorella lorenc loreno lorenz loreta lorian
loriana lorik lorrain lotar lothar lott loua louan louane louann louay loubna louca louison louka loula louna
lounis lourenco lourenço lova lovorka lovro lowie loïc luan luana lubica lubomir lubomira lubomír lubomíra
lubor lubos luboslav luboslava luboš lucentiu lucențiu lucica lucija lucijan lucile lucilla lucja lucjan
lucretiu lucrezia lucrețiu ludano ludek ludise ludivine ludivoj ludiše ludka ludmila ludolphe ludomil ludomila
ludomir ludomira ludomír ludomíra ludoslav ludoslava ludovic ludovica ludovit ludvik ludvík ludwik ludwika
luděk luhung luigia luiz luiza luize lujza luka lukasz lukhona lukita lukman lukrecie lukrecius lukrécie luluh
lulut luminita luminița luminosa lumir lumira lumír lumíra lungelo lungu lurhur lutfan lutfi lutfiya lutfullah
lutfulloh luthfi lutibor lutobor luuk luus luwar luwes luzie luďka luīze lwandle lyan lyana lykke lyla lylia
lylou lyna lászló léana léandre léonne léopoldine lîlan lîrîk lütfi lütfullah lāsma lăcrămioara lība līga
līksma līvija līze lūcija maad maaike maan maarit maarten maartje maayane mabruk maca macaire macaria macario
maccabeo maceo mactar macy madalin madalina maddison maddox madelief madhuri madina madita madlaina madleen
mael maelie maeline maelis maelle maely maelyne maelys maeva maeve mafalda maffeo magali maggiorino magno
maguelone maguette mahamadou mahan mahault mahaut mahdi mahendra maher mahesa mahesh maheswar mahfud mahir
mahmut mahrus mahulena mahzan mahzun maica maida maija maike maila mailin mailo maily mailys maimouna maimunah
maina maiorico maira maissa maissane maite maitê maiwenn maja majda makan makara makary makhtar makinwa maksim
maksud maksym maksymilian malak malati malco malea malek malene malgorzata malick malika malin malisa mališa
mallaury malo malone malou maloxat malte malthe malti malvine malvīne malwina mamadou mamady maman mamante
mamert mamoudou mamour manah manal manar manasse manassé manca mancio mandaakin mandakini manel manelle
manetto manfredo mangala mangalya manik manikya manil manilio manisha manjusha manlio manoah manoj manole
manona mansour mansueto mansur mansvet manu manuela manuele maphikelela maqsud maram marat marceau marceli
marcelin marcelina marceline marcell marcelína marcheta marciano marcin marcis marcu mardon mareike marek
mareme mareta margana margarida margers margita margrit margrith mariadi mariama mariame maricarmen maricica
marie-ange marieke mariella mariem marieme marieta marija marijan marijana marilena marilou marilu marilú
marinela marinella marinetta marinko marinus marioara mariola marisol marit marite mariuca marième marjan
marjane marjatta marjeta markika markku marko marlen marli marlies marlis marolo marouane marrit marsito
marsudi martaka martana martani martim martine marton martti martyna marut maruta marwa marwan marwane marwata
marwen maryadi maryam maryanto maryna marzia marzio marème marģers mashxura masinka massamba massima
massinissa matan matar matei matej mateja mateus mateusz matheo matheus mathieu mathijs mathis mathurin
mathuys mathys mathéo matija matis matiss matisse matjaz matjaž matko mato matous matouš matroniano mattea
mattheo matthijs matthis mattia mattis matus matyas matylda matys matyáš matz matúš matěj matīss maugis
mauricette maurilio mauro maurycy mavdud mavlon mavluda mawuena mawusi maxbuba maxellende maxence maxens
maxfuza maxime maximiliano maxmilian maxmilián maxsuma mayane mayar mayeul mayla mayline maylis mayoor mayra
maysa mayson mayssa mayte mazbut mazhar mazlum maélis maël maëlie maëline maëlis maëlle maëly maëlyne maëlys
maëva maïly maïlys maïmouna maïna maïssa maïssane maïwenn małgorzata mašinka mbalienhle mbaye mecislav
mecislava medard medardo mederic medine medoro medoune medya meena meenakshi megane meghnad meghnath mehdi
mehmet mehriban mehtap meik meike meire meissa melani melanio melchiade melchior melchiorre melda melek
melenija melezio melia melichar melih melike meliksah melikşah meline melis melissandre melitina mellina
melnic melodi meltem melusine melvil memduh menahem menaka menardo mence menelao meneo menka menno mennone
menodora meral mercede mercia mercurio merete meriam meric meriem merih merijn meriç merjem merovee mert merve
merwan meryam meryem messalina mestan mesut metello metin metod metodej metoděj metra metrofane mette mevlut
mevlüt meyra meïssa mečislav mečislava mhambi micael micha michala michalina michela michelangelo mickael
mickaël midas mieke miel mihael mihaela mihai mihail mihailo mihajlo mihaly mihnea mihriban mihály mija mijat
mika mikail mikayla mikaïl mikelis mikki mikko miklos miklós mikolaj mikolas mikoláš mikołaj mikulas mikuláš
milada miladin milana milanka milanko milano mileta miley milhan milic milica milik milisav milivoj milić
miljan miljana miljenko milla milojica milomir milon milorad miloslav miloslava milota milou milous milouš
milovan milovin milovín miloň milred miluse milutin milutín miluše milík milíč mima mimma mimo minakshi
minervina minervino minh minka minodora mioara miodrag miomir mirabela mirac miray miraziz miraç mircea mirco
mirek mirela miriama mirja mirjam mirjana mirka mirkelam mirko mirkó mirocleto miromil miromila miron mirona
miroslav miroslava mirre mirta mirte mirthe mirtil miruna mirziyo misa misaele misbah misko mislav misra mitar
mithat mitica mitică mitja mitra mitrut mitruț miya mizgin mizgîn miķelis miša miško mlad mladana mladen
mlađana mnata mnislav mnislava mobolaji moctar modibo modou modrite modrīte modupe mody mofifoluwa mohamad
mohamadou mohamed-ali mohan mohana mohinder mohini mohir moisette mojca mojisola mojisoluwa mojmir mojmír
mojzesz mojzis mojżesz mojžíš momir momira monaldo monalisa monitore monserrat monvids monvīds moradeke morayo
morenike morgane moric moris morolake mory mosinmileoluwa mosunmola motunrayo mouctar mouhamadou mouhamed
mouhameth mouhammadou moussa moustafa moustapha moxidil moxigul moxina moxinur moxira moyosore moïsette mořic
mpho mpilo mpumelelo msizi mstislav mthunzi muammer muattar muaviye muaz muazzam mubina mudite mudīte muesser
mufid mufiz muge mugur mugurel muhammed muharrem muhsin muhtar muhterem muhtesem muhteşem muhtor muhyiddin
mujdat mujde mujgan mujur mukadder mukaddes mukerrem mukesh muktedi muktedir muktefi mukul mulya mulyanto
mulyono mumpuni mumtaz munevver munif munir murat muren muriela murilo murod mursinin mursita musa musawenkosi
musir muslih mustafa mustafo mustapha mustika mustofa musulmon mutahhar mutasim mutasım muteber mutemed mutia
muttalib muyassar muyiwa muzaffar muzaffer muzdad muziano myla mylan mylene mylène myrthe myrtil myrtille mája
márton mátyás médoune médéric mégane méline mélissandre mércia mérovée móric müesser müfid müge müjdat müjde
müjgan mükerrem mümtaz münevver münir müren müzdad müşir mārcis mārīte mădălin mădălina mărioara măriuca mētra
mısra mələk nabi nabil nabila nabin naci nadalina nadege nadejda nadezda nadežda nadja nadzieja nadège naděžda
nael naelle naemi nafisa nafiz nagabhushanam nahel nahid nahil nahla naia naila naim naima nais naja najam
najib najla najmiddin najwa nalan nalar nalini namazio namik namık nand nanda nandi nando nandor naneta naomie
naoufal naoufel napoleone naradi narayan narcis narcisa narciso narcisse nardi narendra nargiza narimon narin
narinder narji narseo narsete nasab nasiba nasim nasriddin nasrullah nassim nastja natacha natalia natalija
natan natanael natasa nataša natașa natiq natália naud naudet naura naveen navin nawal nawel nawfel nawroz
naya nayel nayla nazan nazario nazariusz nazary nazif nazim nazli nazlı nazmi nazrulloh nazzareno nazzaro
nazım naël naëlle naïa naïla naïm naïma naïs ndleleni ndondoloza nebojsa nebojša necat necati necdet nechifor
necib necla necmettin nedeljko nedim nedjeljka nedjeljko neela neeltje nefeli nehemie nehir nehoslav neja
nejat nejc nejla neklan nela nele nelea neli nelio nellea nelu nelya nemanja nena nenad neonila neopolo
neoterio nepomuk nera nerea nereo nergis nergiz neri nermine nesa neset nesim neslisah neslişah nesrin nesrine
nestore neva neven nevena nevenka nevio nevra nevzat newroz neyla nezamysl neşet nhlakanipho niame nicanor
nicarete nicea niceforo nicephore niceto nicezio nichifor nicklas nicla niclas nicoara nicoară nicodemo
nicodim nicolae nicolaie nicoleen nicoleta nicoletta nicolo nicolò nicon nicu niculina niculita niculiță
nicusor nicuta nicușor nicuță nicéphore nida nidia niek niene nienke nigar nigora nihad nihal nihan nihat nika
niklas niklaus niklavs niklāvs nikodem nikodema nikodém nikodéma nikol nikolasz nikoleta nikolina niksa nikša
nila nilam nilde nilgun nilgün nilufar nimakoah nimas nimit nineli ninfa niniano ninioluwa nino ninthe niouma
niraj niranjan nirbhay niro nisa nisan nischal nistiman nives niyaga niyazi niyilolawa nizamettin nizar nizom
nizomiddin niştîman njegomirka nkanyezi nkosenye nkosingiphile nkosinhle nkosiyabo nnamdi noan noar nodira
noelia noelie noema noemie nofoto noha noham nohan noila nokuthula nolann nolen nolhan nolwazi nomvula
nonhlanhla nonjabulo nonkululeko noor noortje norberta norberto nore norhane norica nosir nosirjon nostriano
noud nouha nour noura nourane nouri novak novan noviana novita nowi nozima nozipho noémie nqobile nrima
nthabiseng ntokozo ntombizodwa nuccia nuda nudem nugraha nukhet nuno nunziata nunzio nural nuran nuray nurbek
nuredin nurettin nurgul nurgun nurgül nurgün nuri nuria nuriddin nurlan nursel nurseli nurul nurullah nusa
nusrat nusratulloh nusret nuša nyana nynke nyoman nándor nátán néhémie núria nûda nûdem nûredîn nükhet
něhoslav nərgiz oana obanijesu obid obioma obrad obren oceane octav octavian octaviana octavio octaviu océane
oddone oderico odeta odidone odil odile odilon odin odolen odon odorico odunayo ofelie ofelya ofélie oger
ognjana ognjen ogooluwa oguz oguzhan ojars ojaswini ojārs okan okiki oksan oktavian oktavie oktavius oktavián
oktay okto oktávie okşan oladara oladare oladimeji olaf olaide olajumoke olakunle olamide olanrewaju olansile
olaoluwa olasunmbo olatunbosun olavi olayinka olbram olcay oldrich oldriska oldřich oldřiška oleg olegs
oleksandr olena olesea olgerts olgica oliga olim olimpiada olimpian olimpio olimpiu olindo olivera oliviera
olivija oliviu oliwia oliwier olle olof ololade olufeyisayo olufunke olufunmi olufunmilayo olumide olumorotimi
olusola olutomiwa oluwafemi oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa oluwasanmi oluwasegun
oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobiloba oluwatofunmi oluwatosin oluwatoyosi oluwatumise
oluwole oluwunmi olīvija omad omana omawunmi ombeline ombline ombretta omina omobobola omobolanle omodunni
omolabake omolara omolola omosalewa omotara omotayo omotola omotolani omotoun omowumi onder ondina ondrej
ondrejka ondřej ondřejka onesta onesto onofrio onome onorata onorina onorino onorio onoriode onufry onur
oormila opan opemipo opeoluwa opeyemi opung oqil orchidea orell orenzio oreofe orest oreste orestes orfeo
orhan oriande oriane orietta orif orio orlane ornella oronzo orsino orso orsolina ortansa ortensio orvokki
orzu osanna oskar oskari osman osmondo ostoja osunleke osvald osvaldo otabek otakar otakara otello othmane
otilia otilie otilija otmar otokar otomar ottavio ottilia ottone otylie otília otýlie otīlija oumar oumayra
oumou oury ousmane oussama ovidio ovidiu ovidius oxana oybek oyenike oyga oyindamola oyindasola oyku oynur
oysha ozan ozana ozanne ozcan ozden ozer ozge ozgur ozhan ozkan ozlem ozlen oznur ozod ozoda ozodbek ozren
oğuz oğuzhan oļegs oļģerts paciano pacifico pacome pacomio pacôme padmi paiman paivi paja pakize palatino
palemon palladio palmazio palmiro palémon pamfil pammachio panagachie panait panca pancario pancrazio pandu
panfilo pangeran pangestu panka pankrac pankracy pankrác pantaleo pantaleone pantelei param paramartha
paramita paraschiva parascovia pardo paride parman parmenio parsival parsla parvati paskal paskala paterne
paterniano pathe pathé patricie patricija patrik patroclo patru patrycja patrycjusz patrycy patryk patrīcija
paulica paulien pauliina pauside pava pavica pavils pavle pavlin pavlina pavlín pavlína pavol pawel paweł
payidar pecine pekka pelaghia pelagia pelagie peleo pelhrim pelhřim pelin pelinsu pelle pellegrino pelumi
pembe penda pentti pepijn pepin pera perica pericle perihan perikles perkasa pernilla pero perran perseo
persida pertev peruna perver pervin perzida petek peteris petko petrana petrica petrică petrija petrisor
petrișor petronela petronila petronio petronius petru petruse petrut petruta petruše petruț petruța petteri
petula peyami pharell pheobe phila philani phileas phileine philemon philibert philine philipp philomene
philomène philothee philothée philou philémon phiwokwakhe pien piera pierangelo piergiorgio pierluigi
piermarco piero pierre-alain pierre-alexandre pierre-andre pierre-andré pierre-antoine pierrick piersilvio
piraye pirjo pirkko pius placida placido platon platone platón pleun plinio plutarco pola polidoro polifemo
polikarp polina polissena pollione polona polykarp polyxena pompeo pompilia pompiliu pomponio pontus ponziano
ponzio poornima porfirio porfiriusz porfiry porzia porziano postumio praba prabawa prabin prabowo prabu
prakash prakosa pramila pran pranata pranawa pranay prasad prasanna prascovia prasetya prasetyo prashant
prassede prathamesh pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava prayag
prayitna prayoga prayogo predrag preity prema premysl priamo pribyslav pribyslava primerose primoz primož
priscila priscille prisco priska prita privato priya priyala procopio profira prokles prokop prokopa prokul
proserpina prospera prospero protasio proteo prudenzia prudenzio prvoslav publio puji pulcherie pulchérie
puneet pupolo puput purnima purushottam purwadi purwanto pushti pusicio puspa puspita puti putri putu päivi
pécine pélagie pépin pārsla pāvils pătru pēteris přemysl přibyslav přibyslava qizilgul qobil qori qosim
quartilla quasimodo qudrat quentine querano quieta quinten quintia quintiliano quintilio quintino quinty
quinziano quinzio quirin quirino quiteria quitterie quiéta rabia rachela rachid raci rada radan radana
radegast radek radeke raden radenko radha radhost radika radim radimir radimira radimír radimíra radina radion
radisa radislav radislava radit raditya radivoj radivoje radiša radka radko radmil radmila radmilo rado
radojka radolfo radomil radomila radomir radomira radomír radomíra rados radosav radoslav radoslava radovan
radovana radoš radslava radu raducu radul raduz radvan radúz rafal rafał rafet raffaele raffaella rafid rafila
rafiq rageshwari rageswari raharja rahayu rahim rahime rahma rahman rahmat rahmawati rahmi rahsan rahul rahşan
raide raif raihan rainald rainaldo rainelda rainhard rainold raisa rajab rajan rajana rajendra rajina rajinder
rajiv rajko rajmund rajna rajnold rajsa raju rakesh rakip rakita rakıp raluca rama ramaa ramata ramatoulaye
ramazan ramesh rameshwar ramiro ramiz ramy ramziddin ramziya ranek rangga raniero ranim ranjan ranjeet ranjit
ranko ranolfo ranya raphaelle raphaëlle rapulane rasheedah rashid rasifa rasim rasit rasko rasmus rastislav
rastislava rati ratibor ratih ratimir ratmir ratmír ratna rauf ravshan rawane raxmatulloh rayan rayane rayen
raymonde rayona rayxona rayyan razvan raşit raško rebekka recai recep refah refet refik reghina reginaldo
regis regitze regnars regnārs regolo reha rehor rehorka rejan rejean rejeanne reka reksa relja relu remi remig
remigio remilekun remo remondo remzi renars renas renat rendy renette rengin renja renske renzo renát renārs
resad respati respicio restu resul resûl resül retno reto revi reybaud reyhan reza rezzan riaan rian riana
ricards ricario riccarda richarda richelmo rico ridvan ridwan rieke rifat rifki rigard riitta rija rika rike
rikke rimma rini rino ristana ritesh ritva rivka riyad rizki rizvon ričards robaldo robbe robertina robi
robiya rocco rocio rocío rodan roderik roderyk rodiano rodica rodion rodoljub rodrigue rogelio rohan rohana
rohit rokhaya rokia roko roksana rolande rolfo romana romane romanita romanița romee romero romeu romilda
romina romoaldo romolo romuald romualdo romul ronak ronan roni ronja ronke ronî rosalina rosamunda rosan
roselyn roser rosman rossana rossella rostislav rostislava rotaru rotimi rovena roxelana roya roza rozalia
rozalija rozalinda rozamunda rozana rozita roziya rozvita rozália roşan rubiano ruchan rudi rudis rudite
rudolfa rudolfina rudolfs rudolfína rudra rudīte ruedi rufina rufo ruggero ruhsar ruken rukhmani rukmin
rukneddin rumena runa rupinder rusins ruslan ruslana rusman rustam rustu ruta rutilo ruxanda ruxandra ruya
ruza ruzena ruzica ruža ružena ružica ryad ryszard régis réjean réjeanne réka rémi rênas róza róża röya rûken
rükneddin rüya rüçhan rüştü răducu răzvan rıdvan rıfat rıfkı rūdis rūdolfs rūsiņš rūta růžena rəşad saad
saadat saadi saar saban sabar sabato sabazio sabele sabino saboxat saboxon sabri sabrine sachin sacid sadan
sadar sadberk sadettin sadik sadina sadio sadoqat sadriddin sadullah sadık saer safa safae saffet saffiro
saffo safia safiatou safietou safina safir safira safiya safiétou safo safouan safouane safta safura sahap
sahin sahinalp sahra sahsuvar saiful saiq saka sakari sakina sakip sakir saladino salamoun salif salih salimah
salimata salimatou saliou salma salman saloh salomea salomena salomey salomoun salsabila salustio salwator
saly samandar samanta samed sameer sami samia samiah samih samil samim samina samir samira samiya samo samona
samsul samu samuela samukelisiwe samy sanda sandeep sandrine sandu sanele sanem sanja sanjay sanjin sanka
sanna sanne sanobar sante santina santino santosh sanziana saodat saphira sapiente sarada sarala sarani
saraswati sarbello sardor sare sarisha sarka sarla sarlota sarmite sarmīte saroja sarra sartika sarvin
sarvinoz sasa saskia saskie saso satine satish satu saturniano saturnin saturnino satya satyen saulcerite
saulcerīte savas savaş savel saverio saveta savi savinien savino savva saxida saxona sayan sayyora saèr saša
sašo scholastika scholastique scolastica sebas sebastiaan sebastiana sebastiao sebastião sebastjan sebestian
sebine sebnem secaeddin secil seckin seckou seconda secondiano secondina seda sedat sedef seden sedrik seff
sefik sefora seghei segilola segolene seher sehlevent sehrazat sehriyar sekinat sekou selahattin selale selami
selcan selda selen selim selin selvaggia selvi selyan sema semenica semih semion semiramide semplicio
sempronio semra semsi senay sener senesio sengul senka senn senne sennur senofonte senol sephora sepp seppe
seppo septi serafettin serafim serafima serafina serafino serafína seraina serap serapione serban serbulent
serbülent serdar seref seren serenus sergej sergen serghei sergi sergiu sergiusz serhad serhat sermet sermin
serpil sertac sertap sertaç servac servan servidio serviliano servác settar settimio settimo setya seval
sevara sevda severa severiano severin severina severine severino severo severín sevgi sevil sevim sevinc
sevinç sevket sevki sevtap sevval seweryn sexmus seyban seyda seydou seye seyfettin seyfi seyfullah seyma
seynabou seyyit seçil seçkin sfiso shahboz shahobiddin shahriyor shahzod shai shaily shaima shaka shakila
shakti shakuntala shalewa shamsiddin shania shanice shankar shantanu shany sharda sharmila shashikala shayan
shayma shaï shaïly shaïma shekoni sheldon sherine sherly sherzod shilpa shirel shirine shirisha shivakari
shobhana shodiyor shresth shresthi shreya shreyashi shridevi shrishti shristi shubha shubhaprada shukrulloh
shwet shyrel siara sibongile sibusiso sibyla sico sicuro siddarth siddhartha siddhran sidiq sidki sidoine
sidonie sidonio sidra sidy siebe siem siep sifiso sigebert sigfrido signe sigurd sihab sihabeddin sihem siir
sijuade sila silan silja silje silke siloe silvere silverio silvestr silvestro silvian silviana silvija silviu
silvius silvère simao simea simen simeona simeone simge similoluwa simina simion simisola simo simonetta
simonida simão sina sinasi sindisiwe sindre sinem sinenhlanhla sinesio sinfronio sinica sinică sinikka sinisa
siniša sinja sinkler sintia sipan siphephelo siphiwe sipho sireno siria siriano siricio sirin sirine sirineu
sirio siro sirojiddin sirri siska sisto sitara sithembiso siti sixt sixtine sixtus siyanda sizakele sizani
sjoerd sjors skaidrite skaidrīte skander skarlet skarleta sladana slamet slava slavek slaven slavena slaviboj
slavibor slavica slavka slavko slavoboj slavoj slavoljub slavomil slavomila slavomir slavomira slavomír
slavomíra slavěna slađana slobodan slobodanka sloka sláva slávek slávka smaranda smeralda smil smiljana smilla
smita sname snejana snezana snežana snjezana snježana soan sobeslav sobeslava sobit soběslav soběslava
soccorso socrate sodiq sofiane sofija sofronia sofronie sohan sohane sohib sokhna sokrat solal solange soleh
solene solenn soline solocone solveig solveiga solène somnath somu sona sondre songul songül sonke soof soraia
sorana soraya soren sorin sorina sostene sosteneo sostrato soter sotira souleyman souleymane soumaya sowande
soňa spano spartaco spela speranta speranza speranzio speranța spidola spiridon spirydion spytihnev spytihněv
spīdola srboljub srecko sredoje srećko srečko srna stana stanca stancu stanimir stanimír stanislao stanislav
stanislava stanko stasa stasta staza staša stef stefana stelian steliana steluta steluța stepan stepana
stepanida stepanka stephaans ster sterre stevan stig stijn stiliano stina stine stipan stiriaco stjepan stojan
stojanka stojmir stojmír strahinja stribor stáza stêr suat subash subhash subhashini subhasini subhi subodh
subomi sucheta suci sude sudeva sudi suelen suheyl suhrob sujata sukanya sukru sulaymon sule suleyman sulton
suma suman sumayyah sumeet sumitra sunay suncica sune sunita sunniva sunčica suraj surano suresh sururi surya
suryakant suryakanta suryakantam sushant susheel sushil sushma suus suyuna suzan suzana suze suzon suélen
svatava svatoboj svatobor svatomir svatomír svatopluk svatoslav svatoslava svea sveatoslav svebor svenja
sverre svetislav svetla svetlana svetluse svetolik svetomir svetoslav svetozar svetozár sveva svitlana
sviturno svätopluk světla světlana světluše swann swapnil swara swarnalata swassane sweta syahrini sylvain
sylvestre sylviane sylvie sylwester sylwia synne syrine szabolcs szczepan szofi szofia szonja szymon szófia
sámo sâkıp sânziana ségolène sékou séverin séverine sîpan sönke sören søren süheyl süleyman sıdkı sıla sırrı
səbinə tabea tabita tabris taceddin tacjana tade tadej tadija tahir tahlia tahsin taib taide taina taisia
taiwo talat talay talha talip talis talita talivaldis talrits tamia tamina tamino tammaro tammo tancrede
tancredi tancrède taner tanguy tanirika tanja tanju tankred tansu tantri tanushree tanushri tanyeli tapan
tapani tapio tarcisio tari tarik tarja tarkan tarquinia tarsilla tarso tarun tarık tasa tasdik taskin tasnim
tasnime taswir tatana tatjana taufan taufik taurin tayfun tayler tayyar taziana taziano tazio taïna taşkın
taťána tecla teea teguh teije teja tejas tejumola tekin tekinalp tekla telchide telemaco telica tellervo temel
temidayo temistocle temitope teobald teobaldo teodata teodolinda teodorik teodosia teodosio teodoto teodoz
teodozie teofan teofil teofila teogene teohari teoman teona terenc terencius terencjusz terenzio tereza tereze
terezia terezie terezija terlan tertuliano terzo terézia terēze tesauro tesifonte tesnim tesnime tetiana
teudosia teun teunis tevfik tevhid tezcan tezel tezer thabisa thadie thais thalea thamsanqa thando thanina
thaïs themba theodorik theodose theodosie theofan theofil theofila theophane theophile theophraste theotime
theunis theuns thiago thibault thibert thibo thierno thierry thije thijmen thijn thijs thilo thirza thobeka
thorben thore thorge thulani thulisile théodose théophane théophile théophraste tiago tiana tibaldo tibbe
tiber tiberia tiberio tiberiu tiberius tibo tibor tiburcius tiburzio tichomil tichomir tichomír tichon ticone
tidiane tieme tiguida tihomir tiina tija tijana tijmen tijn tijs tilen tilio tilla tillmann timbul timea timeo
timm timo timoleon timoléon timotei timotej timoteus timothe timur timéo tinca tincuta tincuța tino tiphaine
tira tiril tirone tirta tirtayasa tirza titien titilayo titilope titin titouan tizian tiziana tiziano tizio
tjark tjasa tjaša tobia tobiasz tobiloba todor tohir tokunbo tolomeo tolulope tolunay toluwalope toluwani
toluwanimi tomaska tomasz tomaz tomaž tomiloba tomislav tomislava tomke tommaso tomori tomáška tonci toncica
tonija tonko tonnin tonči tončica torben torbjorn torbjörn torkvat torkvát torquato torsten tosca toscane
tosco toska toussaint toyip traian trajan tranquillo trasea trilochan trilochana trilok trilokanath trilokesh
triloki tristano troels trofim trpimir trpko tsabita tsipora tuana tudora tudorita tudorița tudosia tufan
tugay tugba tugiman tugrul tugtekin tuhfe tulay tulin tullia tulliano tullio tumer tunahan tunar tunay tunc
tuncer tunç tunçer tuomas turan turgay turgut turi turibio turkan turkay turker turkes turna turold tushar
tussio tutku tuula tuulikki tuur tuva tuğba tuğrul tuğtekin tvrtko twan tycho tygo tymeo tymoteusz tyron tülay
tülin tümer türkan türkay türker türkeş tālis tālivaldis tālrīts tərlan ubaldo ubaydulloh ubertino uberto
uchita uchqun udai udit ueli uffe ufuk ugis ugolina ugolino uguccione ugur uhra ujjawal ujjwal ukbe ulderico
ulduz ulfa ulfet ulfo ulgen uliana ulisse uliva ulker ulku ulpiano ulrico ulrik ulstano uluthando ulvi ulviye
ulviyye ulwazi ulya ulysse umang umar umay umaya umid umida umidulloh umile umit ummiye umran umur umuralp
umut unal unggul unjani unsel unseli upendra upik uqbaloy uranio urdino urfon uriele urmila uros uroš ursicio
ursino urska ursmaro ursule urška usame usha usman usmon usyi utama utku uttam uygu uzayr uzbegim uzeyir
uzodimma uğur uģis vaclava vadim vafo vagn vaha vahdet vahid vahide vahâ vaidehi vaijayanthi vaijayanti
vaishnavi vaishno vaishvi vala valburga valdemara valdemars valdemārs valente valentim valentins valentyn
valentyna valentýn valentýna valentīns valer valere valeri valeriana valeriano valerico valerii valerija
valerijs valerio valeriu valfredo valfrido valtena valter valtr valtteri valère valér valērija valērijs vanesa
vanja varalakshmi varo varvara vasanti vasco vasil vasile vasilica vasilică vasilie vasilina vasilisa vasja
vasko vasliddin vasudev vasudeva vasudha vasundhara vatroslav vavrinec vavřinec veaceslav vecdi veceaslav
veceslav vedang vedanga vedanshi vedasto vedat vedran vedrana veduna veerle vefa vefik vehbi veikko veit
velana velaphi veleslav veleslava veli velibor velimir velimira velimír velina velio velislav velislava
venance venanzio vencel venceslao venceslas venceslav venceslava vendel vendelin vendelina vendelín vendelína
vendula vendulka venek venera veneranda venerando venere venerio veniamin venka venuse venusta venustiano
venusto venuše verano verda verdiana verecondo verenzio vergiliu verginia veriana verica veridiana verner
veroslav veroslava verulo veselinka vesile veslava vesma vesna veta veysel veysi vezio vianney vibeke vica
vicdan vicente vicentia vicentiu vicenția vicențiu victoire victorien victorin vidak vidhur vidhya vidiano
vidone vidor vidur vidya viera vieroslava vieve viggo vigile vijay vijeko vijolite vijolīte viktor viktoria
viktorie viktorija viktorin viktorín viktória vildan vilem vilema vilemina vilemína vilfredo vilhelm
vilhelmine vilhelmīne viliam viliana vilibald viliberto viljem ville villy vilmar vilmars vilmos vilmārs vilém
viléma vimal vimala viman vinay vincenc vincencie vincentiu vincenza vincenzo vincențiu vinciane vindonio
vinebaldo vinfrido vinicio vinka vinsen vinz violeta violina viorel viorela viorelia viorica virag virgile
virgiliu virginio virman virone virág visarion viscardo vishnu vishwamitra visnja vissia vitale vitali vitalia
vitalico vitalie vitalii vitalijs vitalina vitazoslav vitezslav vitezslava vitold vitor vitoslav vittore
vittoriano vitus vitālijs vivaldo viviane viviano vizbulite vizbulīte višnja vjekoslav vjenceslav vlada vladan
vladana vladek vladena vladilena vladimer vladimira vladimiro vladimíra vladislav vladislava vladivoj vladlen
vladlena vlado vladěna vlaicu vlasta vlastimil vlastimila vlastimir vlastimira vlastimír vlastimíra vlastislav
vlastislava vlatka vlatko vodingo voichita voichița voicu vojen vojin vojislava vojmil vojmir vojmira vojmír
vojmíra vojslav vojslava vojtech vojteska vojtěch vojtěška voldemars voldemārs volfango volfgang volkan
vorsila voršila vosil vratislav vratislava vratko vreni vrinda vrund vseboj vsebor vserad vseslav vsevolod
vujadin vujica vukan vukasin vukašin vukica vukota vulmaro vulpiano vuslat vusumuzi vyas václava vítor
vítoslav vítězslav vítězslava víťazoslav vēsma věduna věnceslav věnceslava věnek věnka věroslav věroslava
věslava všeboj všebor všerad všeslav waclaw wacław wael wahyu wakiman walenty walentyn walentyna waleran
waleria walerian walery walgierz walid waluyo wandrille wanesa wannes waqila wardaya wardi warji warley warsa
warsita warta wasis wassim wawan wawrzyniec waël welat wende weronika wessel wiara wibke widya wiebke wiem
wies wiktor wiktoria wilfried wilfryd wincenty winda wira wirda wirginia wisnu wissam wissem witalis wladyslaw
wlodzimierz wout wouter wulan wulandari wuraola władysław włodzimierz xalima xanana xander xatun xatûn xaver
xaverie xaverius xavi xaviere xavière xebat xenie xenophon xezal xochitl xénophon yacine yacouba yael yaelle
yagiz yagmur yago yahya yahyo yakubu yalcin yalgin yalgın yalçın yaman yamileth yamina yana yango yani yanis
yann yanni yannic yannick yannik yannis yaprak yarah yaretzi yaro yaron yasar yasemin yasin yasmina yasmine
yasser yassin yassine yassir yavuz yaya yazid yaël yaëlle yağmur yağız yaşar yejide yekta yelda yeliz yener
yenthe yesim yessi yetkin yetunde yewande yeşim yfke yibanathi yigit yildirim yildiz yilmaz yinthe yiğit ylan
ylvi ylvie yoan yoann yoav yoel yogendra yogesh yoginder yohan yohann yona yonca yoqub yorbek yorqin yosef
yosra yossef yosun youcef youmna youna younes youness younès youp youri yousef yousra youssef youssou youssouf
youssouph youssoupha yozida yoznur yoël ysaline ysee yseult ysée yuce yucel yuksel yulia yuliana yumi yumni
yuna yuni yunita yunus yusiv yusuf yvan yven yûsiv yüce yücel yüksel yümni yıldırım yıldız yılmaz zabedeo
zabina zabir zaboj zaccheo zachar zachariasz zache zaché zackary zadig zaenab zafer zafir zahar zaharia zahide
zahir zahit zahra zain zainab zaira zakaria zakariya zakary zakarya zakelina zaki zakir zala zalan zalindra
zalán zamfir zamfira zamir zamira zana zanele zanete zanis zanita zanna zanobi zarije zarina zarko zaur zavida
zavis zayd zayn zayneb zayniddin zbislav zbyhnev zbyhneva zbyhněv zbyhněva zbynek zbynka zbyněk zbysek zbyska
zbyslav zbyslava zbyňka zbyšek zbyška zdan zdana zdena zdenek zdenka zdenko zdeněk zderad zdeslav zdeslava
zdeňka zdik zdirad zdislav zdislava zdravko zdík zefiro zehra zeinab zejnep zekai zekeriyya zekeriyyâ zekiye
zelaya zelibor zelie zeliha zelimir zelimira zelinda zelislav zelislava zeljka zeljko zelmir zelmira zeltite
zeltīte zenaide zenebio zenija zeno zenobia zenobie zenobio zenon zenone zenovia zente zenzele zephirin
zerdest zerdeşt zerrin zerya zeteny zetico zeyd zeynab zeyneb zeynel zeynep ziad ziedite ziedīte ziga zigfrida
zigfrids zigfrīda zigfrīds zigmars zigmund zigmārs zigrida zigrīda zihni zihnî zikmund zilan zilola zina
zinaida zinedine zinovia zithulele zitomir zitomira zitoslav zitoslava ziva zivan zivana ziver ziya ziyad
ziyanda ziyo ziyâd zizi zlata zlatan zlatica zlatka zlatko zlatomir zlatomira zlatomír zlatomíra zlatuse
zlatuše zobuhle zoeva zoey zofia zofie zofija zohid zohir zohra zoia zoilo zoja zokir zoltan zoltán zoran
zorka zoroslav zoroslava zosim zosima zosimo zoyir zoéva zrinislav zrinko zselyke zsofia zsolt zsombor zsófia
zubayr zubeyde zubeyr zubite zuhal zulaikha zulal zuleyha zulfa zulfikar zumrut zuxra zuzanna zvezdana
zvonimir zvonimira zvonimír zvonimíra zvonko zyad zygmunt záboj záviš zâfir zâhit zénó zéphirin zétény zîlan
zübeyde zübeyr zühal zülal züleyha zülfikâr zümrüt ákos çabdar çablı çabuş çalapkulu çankız çağan çağatay
çağdaş çağla çağlar çağlayan çağru çağrı çağrıbeğ çağrıhan çağrıtegin çağıl çelen çelik çemen çemgen çetin
çetinel çetiner çeykün çeşminaz çilay çilenti çiler çimen çise çisil çiçek çiçem çiğdem çişem çobulmak
çocukbörü çokramayul çolpan çîya çölü çıgıl çıngır éleuthère éliane élisée élodie élzéar émeric émérance
émérencie énora épiphane évariste évelyne évrard önder öykü özcan özden özer özge özgür özhan özkan özlem
özlen öznur ülfet ülgen ülker ülkü ülkər ülviyyə ümit ümmiye ümran ünal ünsel ünseli üzeyir ādolfs ārija ārijs
čarna časlav čedomir čeněk čestmír čestmíra čeňka čistoslav čistoslava đorđe đurađ đurda đurica ēriks ēvalds
ģederts īrisa ľubica ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít łazarz
łucja łukasz řehoř řehořka şaban şadan şahap şahin şahinalp şahsuvar şahsüvar şaiq şakir şamil şarani şayan
şebnem şecaeddin şefik şehlevent şehrazat şelale şemsi şenay şener şengül şennur şenol şerafettin şeref şermin
şervan şevket şevki şevval şeyban şeyda şeyma şihab şihabeddin şiir şinasi şule şêxmus şîlan şîrîn şükrü
şəhriyar šalamoun šalomoun šarlota šavel špela štef štěpán štěpána štěpánka šárka šťasta žakelina žakelína
žanete žanis žanna žarko ždan ždana želibor želimír želimíra želislav želislava željka željko želmír želmíra
ženija žiga žigmund žitomír žitomíra žitoslav žitoslava živa živan živana žofia žofie žubīte șerban ștefana
əhməd`;
