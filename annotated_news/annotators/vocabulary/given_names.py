"""Given names from many languages, beyond the US lists of `gender.py`.

News names people from everywhere; a name the annotator has never seen is
only found when the text confirms it (a speech verb, a title, the surname
alone elsewhere). These lists make a first name from Spanish, Portuguese,
French, Italian, German, Dutch, Nordic, Slavic, Greek, Turkish, Arabic,
Persian, Hebrew, South Asian, East Asian and African usage as good as a
common English one; and the British, Irish, Welsh and Scottish names that the
US lists lack; and the Central and South American, Haitian, West and East
African, Somali, Afghan, Ukrainian and Polish names of immigration news
("Kilmar", "Yesenia", "Fritznel", "Mamadou", "Abdirahman", "Dmytro",
"Marek") ("Liam", "Rhys", "Imogen", "Eilidh"); Finnish, Maori, Pacific
(Samoan, Tongan) and Kazakh names ("Eero", "Aino", "Rangi", "Aroha",
"Sione", "Aigerim"); and Indian, Nigerian, Japanese, Mexican and sport
names the lists lacked ("Bhajan", "Godswill", "Hirokazu", "Marcelo",
"Luisa", "Tadhg", "Kylian"). Names that are also
common words or places ("Summer", "Ivy", "Mason", "Logan", "Georgia") are
left out: "Ivy League" and "Logan Airport" are no people. Written for this project, in lower case and without
diacritics (lookups fold "Siobhán" to "siobhan", "Zoë" to "zoe"); a name
given to both sexes is in `EITHER` and gives no gender.

`FAMILY_FIRST` holds common family names of languages that write the family
name first ("Nguyen Thi Lan", "Wang Yi", "Kim Jong-un"): a person's name may
start with one of them.
"""

from __future__ import annotations

FEMALE = frozenset(
    """
krista jeanine jeannine janine alondra brisa valeria maritza elvia mayra nohemi shanice aaliyah lakisha tamika latasha shaniqua kiara tiana breonna brigid corrine obiageli
adaeze adaora adeola adunni afia akosua ama amara amina aminata ayodele chiamaka
chidinma chioma folake funmilayo ifeoma imani ngozi nkechi nomvula nosipho olufunke
thandiwe thandeka wanjiru wambui zanele zainab zuri
aisha alia amal asma aya farah fatima fatma hala hana hiba huda iman jamila karima
layla leila lina mariam maryam nadia nour noura rania rasha reem salma samira sana
yasmin yasmine zahra zeynep elif ayse aylin emine esra hatice merve ozlem sevgi
shirin parisa golnar mahsa nasrin roya soheila yalda
aviva chana hadas miriam noa orly shira tamar yael
aarti ananya anjali deepa deepika divya gita indira kavita lakshmi meera neha nisha
padma pooja preeti priyanka radha rekha sangeeta sarita shreya sunita swati usha
ayesha benazir fariha nazia rukhsana
mei ling xiu yan ying hua
akiko ayumi emi haruka hiroko keiko kumiko mariko michiko naoko sakura sachiko
tomoko yoko yuki yumi yuko
eun ji-yeon min-ji seo-yeon soo-jin hye-jin
anh lan linh mai ngoc thao thu trang
adriana alejandra ana beatriz camila carolina catalina daniela fernanda gabriela
guadalupe isabela jimena juliana lorena lucia luciana marcela mariana martina
mercedes milagros paola pilar rocio rosario valentina ximena
ines joana leonor mafalda raquel
amelie aurelie brigitte camille chantal celine clemence elodie genevieve helene
isabelle josephine laetitia manon margaux marion mathilde nathalie oceane segolene
solene sylvie veronique
alessandra chiara elena federica francesca giorgia giovanna giulia ilaria lucrezia
roberta serena silvia simona
anke birgit gisela greta heike ingrid jutta katrin liesel lotte petra sabine
ulrike ursula wiebke
annelies femke inge lieke maartje marieke saskia
astrid freja ingeborg linnea maja sigrid solveig
agnieszka aleksandra anastasia anna barbara dorota ewa galina irina jadwiga
katarzyna ksenia lyudmila magdalena malgorzata marta natalia olena oksana svetlana
tatiana yulia yelena zofia zuzana
aikaterini despina eleni katerina sofia
aoife caoimhe ciara grainne niamh orla roisin saoirse siobhan sinead
abbie abby aimee aisling beatrix bethan bethany bronwen caitlin carys catrin cerys
clementine cressida eilidh eleri elin ellie elspeth esme evie ffion fenella
freya georgina gwenllian hollie imogen isobel jemima keeley kirsty lexi lowri maisie
matilda mhairi morag nerys ottilie persephone philippa rhian rhiannon rosie
scarlett seren shona sian tallulah tamsin tegan theresa tilly zara ailsa
catriona kylie oprah gennifer
annika birgitta delyth donatella ekaterina francoise gemma ghislaine gwyneth helga
jana jemma jodie keira larisa letizia lisbeth lucie ludmila martine moira monika
nadezhda natalya penelope renate sandrine sienna tatyana yekaterina yuliya
yesenia xiomara maricela lizbeth yadira marisol yuliana angelica esperanza consuelo
araceli aracely yesica yaneth yamileth dayana leticia rosalba marleny mirelys
yurany nayeli itzel citlali xochitl anahi graciela maribel marisela margarita
francisca ofelia hortensia elvira amparo reina keila glenda
fabiola guerline nadege widline youseline fedeline
fatoumata mariama kadiatou hawa awa ramatoulaye nafissatou halima hodan fadumo
ayaan ilhan hibaaq aissatou
halyna iryna nataliya yuliia tetiana larysa daria lenka jitka
maricel rowena marilou analyn luzviminda
farzana zarghuna mahbooba nilofar soraya leyla rumeysa busra kubra tugba
aishwarya shalini sushma nirmala kamala smriti anusha bhavna kateryna svitlana
christiane karla jazmin yareli dulce blanca huong phuong quynh young-hee eun-ji
soo-min xiaoli adaobi funmi ivana milena
iga aryna jelena garbine elina karolina marketa barbora mirra sloane magda dominika
dinara steffi arantxa conchita leylah ajla liudmila anhelina
aditi anita anushka aparna arundhati bhavana chitra geeta gayatri hema jaya jyoti
kalpana kriti lata madhuri mamata manisha meenakshi nandini nirupama pallavi poonam
pratibha priya rashmi ritu sakshi savitri seema shabnam sheetal shilpa shobha shweta
sudha sujata suman sushila tanvi vandana vidya yamini sonal malala hina sania mahira
abena adjoa afua akua efua yaa wanjiku wairimu njeri achieng akinyi atieno wangari
muthoni nyambura njoki zawadi rehema fatuma bukola bisola kemi yetunde funke
temitope yewande tigist meron hiwot almaz nomsa lindiwe naledi thuli nokuthula
ghada nawal suha wafa abeer dalia hanan lubna manal randa sahar narges fatemeh
zohreh farideh golshifteh nesrin dilek sibel selin pinar agata alicja beata bozena
danuta elzbieta grazyna halina iwona jolanta justyna kinga marzena urszula weronika
tereza eliska klara zdenka zsofia aniko erzsebet katalin ildiko judit krisztina
orsolya reka ioana andreea mihaela oana raluca roxana snezana vesna dragana
biljana mirjana milica ljiljana desislava gergana olha mariia khrystyna sofiia
anastasiya darya olga zoya thais gisele luiza marielle dilma hanako mayumi megumi
noriko reiko sayaka yukiko natsuki misaki aiko thuy hanh nhung oanh dewi ratna
siti megawati leni imelda corazon helima ariba chimamanda
elisabetta mirjam sanne khadija fatou kaja mette annalena itziar nuria merce
conceicao
aino sanna riikka tiina paivi minna satu outi anu kaisa marjatta tuula
aroha ngaire whina kiri salote teuila losa mele ofa
aigerim aizhan gulnara dinara asel zarina
dagny anouk ilse eszter lerato amaka yevgenia mairead
luisa ernestina ashwini smriti nirmala mamata sanae yoko
gleisi damares larissa renata bruna debora rosangela krystyna meral tansu canan
gulsen nihal feride gizem hafsa dania
fionnuala eimear clodagh angharad eluned siwan aline annegret asha bushra fozia
humaira nasreen rabia sadia saima samina shabana shazia tahira uzma seoyeon
yasmeen yoselin yessica sulma suyapa lesly heydi mirna nidia rosibel dayanna
yulissa socorro selam mekdes farida sahra fartun
monique jacinta jacinda gillian norah angie patti cate barbra cherie condoleezza
halle britney juliette letitia cecile mireille deanne kristalina anupama joice marla
joni adrienne agatha aileen alberta alexa alfreda alisha alissa allie althea amalia
amie andra angelique annabel antonia arabella babette bernice berta bettina briana
bridie brittney caitlyn camilla candida carina carlotta carmela cassie cathleen
cecily charis charmaine chelsey cinzia clarissa claudette cordelia corinna cristina
dagmar damaris danica daniella darlene davina delphine demi dina dionne doreen
dorothea drusilla dulcie edwina elinor elisa emilie emmanuelle enid ernestine estela
etta eugenie evangeline francine frederica germaine ginny hermione isadora jacquelyn
janelle janette janie jayne jessie jolene jordana josefina julieta justina katharina
katja kelli kerri kimberley lauretta leanna lesley lettie libby lidia lilian lillie
livia lizzie lucinda lulu lynette lynne margery margot marcella michaela millicent
mirabel myrtle noreen octavia odette olwen ophelia petula phyllida pippa rachelle
rhoda rosalyn rosamund roseanne shelagh sheryl stacie stefanie suki susannah suzette
thea trudy vivienne wilhelmina winifred zelda zena tashfeen
ulf sten stig bengt tamir omer itai gilad avigdor gadi basem bassem husam hiroki
kenichiro tadashi akio haruki ryo chet hamad petteri gitanas edgars alar kyriakos
nicos gintautas wopke janez
merav orit ayelet theresia katarina evika ulrika ebba dace
mikkel
franziska lilly svenja ricarda barbel begona delcy elly hellen jacqui jeannette
mehbooba mehreen munira nkosazana oby paetongtarn priti suella sussan allegra
wavinya yuriko zali tish rachida kanimozhi bukky roshni leena falguni
""".split()
)

MALE = frozenset(
    """
marcos josue efren heriberto moises isaias amado osvaldo yovani deshawn jalen jaylen devonte trayvon ahmaud kash bret colton donal olayemi chijioke bongani aarav ishaan rutger swapnil
abubakar adebayo adewale akin babajide chidi chukwuemeka emeka femi ifeanyi kofi
kwabena kwame kwesi obinna oluwaseun olumide segun tunde uche yaw jomo kipchoge
mandla sipho thabo themba
abdullah abdulrahman ahmad ali amir anas bilal fadi faisal hamza hassan hisham
hussein ibrahim ismail jamal karim khaled mahmoud majid marwan mohamed mohammad
mustafa nabil omar rami salim sami tarek walid yasser youssef yusuf ziad
ahmet burak emre hakan kemal mehmet murat mustafa recep serkan tayyip
ardeshir bahram dariush farhad hamid hossein kourosh mehdi reza saeed
avi benjamin eitan ehud moshe yair yitzhak yoav yosef
aamir abhishek amit anil arjun ashok deepak gaurav harish manish narendra nitin
rahul raj rajesh rakesh ravi sanjay suresh vijay vikram vinod imran nawaz shahid
bao chen hao jian jun lei ming qiang tao wei xiang yong zhiwei
akira daisuke haruto hideo hiroshi kenji kenta koji makoto masato shinzo taro
takeshi yoshihide yuki
dong-hyun jae-in ji-hoon min-jun seung-ho sung-min
duc hieu khanh minh quang tuan
alejandro alonso alvaro andres camilo diego emiliano esteban felipe gonzalo hernan
ignacio joaquin jorge mateo nicolas pablo ramiro rodrigo santiago sebastian
joao rui tiago vasco ronaldo
alain antoine bertrand christophe clement emmanuel etienne fabrice florian francois
gaspard guillaume jacques jean-luc jean-pierre laurent luc mathieu olivier pascal
pierre sebastien thierry yves
alessandro andrea carlo davide enrico fabio filippo giacomo gianluca giuseppe
dante lorenzo luca marco massimo matteo paolo riccardo salvatore stefano
dieter florian friedrich gerhard helmut horst jens jorg jurgen klaus lukas
manfred matthias olaf rainer sebastian stefan uwe volker wolfgang
bram daan jeroen joost maarten pieter ruud sander wouter
anders bjorn erik henrik lars magnus nils olof sven
aleksandr alexei andrzej bogdan dmitry grzegorz igor jaroslaw kazimierz krzysztof
maciej mikhail oleksandr pavel piotr sergei tomasz vladimir volodymyr wojciech
yevgeny yuri zbigniew
alexios dimitris giorgos konstantinos kostas nikos spyros yannis
cathal ciaran colm conall diarmuid eamon eoin fergal oisin padraig ruairi seamus
aidan aiden albie aled alasdair alastair alfie alistair arfon barnaby bryn callum
caleb cian clive connor dafydd darragh declan dylan emrys euan ewan fergus finlay
finley fraser gareth geraint graham gruffydd hamish huw iain ioan iwan jayden
kieran lachlan liam llywelyn louie lyndon murdo niall ollie olly owain piers
rhodri rhys ruaridh ruairidh ruben rupert seb tarquin theo tristan wyn keir
rishi sadiq nadhim kwasi boris
alexey anatoly andrei andrey arkady dimitri evgeny gennady leonid nikolai nikolay
oleg sergey stanislav valery viktor vitaly vladislav marat ruslan rustam ramzan
armand arnaud arsene baptiste benoit cyril damien didier fabien frederic gael gilles herve
julien loic ludovic maxime patrice philippe regis remi romain serge sylvain
thibault yann yannick zinedine
arjen dirk gerrit henk johan joris koen niels piet willem wim frederik jesper mads
rasmus soren carles cesc iker jordi josep xavi pepito gianfranco romano silvio
jiri petr zdenek gabor istvan laszlo zoltan mircea dragan goran slobodan vojislav
zoran giorgi levan mikheil nodar zurab shimon junichiro yasuo kolo yaya lula joschka
gethin ieuan iestyn graeme giles jonny mathew mick micky robbie stevie frankie
marek bartosz dariusz ondrej taras bohdan dmytro mykola yaroslav vasyl andriy
serhiy oleh petro ihor yuriy
abebe tesfaye dawit yohannes bereket mulugeta girma amadou moussa mamadou ibrahima
fode ousmane souleymane cheikh boubacar alassane modou lamine seydou abdoulaye
kilmar jhon wilmer yorman jairo lisandro oswaldo rigoberto anibal gerson brayan
yohan heber eber wilber osmin fredy yonatan yeison ulises efrain eliseo reinaldo
rolando romulo wilfredo ezequiel leonel adalberto baltazar isidro jacinto mauricio
nestor octavio porfirio rogelio teodoro yeferson yorbis deiby andry nayib
wilner fritznel rosemond dieuvel wisly
terence angel jesus zach mohsen badar habib hamidullah zabihullah rahmatullah abdirahman abdullahi abdiweli
mohamud liban guled mesut okan volkan selim
prakash pradeep sunil ramesh mahesh ganesh srinivas venkat
dinesh mukesh rajiv anand arvind sanjeev rohit sachin virat amitabh gautam ratan
andrej milos tomas jakub lubomir miroslav vaclav radek ludovit
olusegun babatunde olufemi ikechukwu muhammadu atiku goodluck
dung hung phuc vinh wenjie
dusan nemanja aleksandar khvicha hansi babar niclas ange unai abdel heung-min
cesar alfredo cristian trung duy min-ho jae-hyun sang-woo xiaoming aditya rohan
ashwin chukwuma ikenna nnamdi oleksiy nikola petar marko luka tariq rashid nasser
mats stan novak jannik casper stefanos daniil holger grigor borna hubert lleyton ivo
nenad mikael mattias joakim jonas denis ugo aslan luther
sundar satya naveen ajay manoj sanjiv shashi hardik jasprit ravindra shubman
rishabh mohit sumit sandeep pankaj alok abhijit abhay akhilesh arun ashish atul
chetan devendra dharmendra girish hemant jagdish kailash kapil kunal lalit mukul
naresh nikhil nilesh pawan prashant piyush rajan rajendra rajnath sameer shyam
siddharth sudhir sushil tejas tushar uday umesh varun vinay vivek yogesh yashwant
sharad shekhar asif shehbaz bilawal zulfikar pervez shoaib wasim mahinda gotabaya
ranil anura sajith kalonzo raila uhuru mwai kipchumba irungu eliud ahmednasir
wycliffe nasir nuhu kashim yakubu aliko abiy tewodros haile getachew siya kojo
kwaku kwadwo macky sadio abdulaziz abdulla yousef yousif nayef turki fahad nawaf
mansour mansoor tamim abdelaziz abdelkader abdelmadjid nizar fouad ghassan ayman
osama wael hazem hosni anwar adnan talal bashar hafez jibril rashad samer tamer amr
haytham osman ekrem binali devlet abbas ebrahim javad masoud ruhollah ashraf benny
naftali yariv itamar bezalel przemyslaw pawel radoslaw mateusz kamil lukasz rafal
slawomir mariusz janusz jerzy lech wladyslaw zygmunt arkadiusz matej vojtech karel
lubos gyorgy ferenc tamas attila gergely balazs csaba imre nicolae vasile dragos
florin gheorghe traian mihai calin sorin rumen boyko hristo krasimir zeljko milorad
ivica davor denys kyrylo valerii vitali arseniy yevhen thiago luiz inacio jair
geraldo gilberto caetano vinicius ryosei masayoshi fumio shigeru yoshimasa
katsunobu kazuo naoki toshimitsu ryota shohei ichiro hideki tetsuya kazuhiro chinh
trong joko prabowo susilo gibran anies humphrey johnathan ludwig
francesco massimiliano vincenzo domenico donato arcangelo raffaele gennaro
ciro pietro mattia daniele emanuele gianni fabrizio maurizio hendrik sjoerd geert
kees cem ozgur zakaria fareed rachid camillus gunter sigmar heiko markus aitor inaki
goncalo raimundo
eero jukka pekka tuomas mikko juha timo matti antti ville jussi heikki ilkka
lauri teemu markku petri janne seppo tapio kimmo olli pentti
rangi hemi tamati wiremu nikau manaia tane rawiri sione tevita semisi viliami
nursultan kassym askar daniyar yerlan serik bakhyt
tadeusz sindre thijs andras
marcelo bhajan hardeep mansukh pralhad jyotiraditya bhupender kiren gajendra
ajit eknath revanth chandrababu devendra nitish shivraj godswill nyesom godwin
dapo kayode rotimi koichi hirokazu yoshimasa katsunobu toshimitsu rassie ardie
tadhg saquon kylian xabi kishan
hossam hosam hussam tareq mohannad hamdi sameh bassam sherif hatem raed haitham
imad alaa moataz essam adel yehia fawaz fahd mishal selahattin numan fatih
ertugrul szymon miroslaw bronislaw ryszard jacek kacper zdzislaw wieslaw flavio
alexandre tarcisio joaquim marcio otavio cassio aecio renan edson cleber ademir
caio davi enzo heitor bernardo asim khawaja ishaq fawad qamar junaid fakhar
yoweri kizza bobi
richie davie davy kenny gerry rab dougie lachie paddy mickey wullie dermot ronan
fionn donnacha
enda feargal fintan lorcan eamonn micheal alun alwyn glyn meirion tudur torquil
gerard rahm beau ferdie stu farid farouk huseyin javed sajid
shakil tahir usman waqar zaid zulfiqar kunle juergen joerg luigi michel paulo
minjun seojun kaito sota yuto riku
jordin jhonny alirio deivis uriel maximo nahuel facundo agustin oumar tsegaye
kidane yonas vitaliy bahadur rahim karimullah najibullah riad samir babak
antony geoff martyn vince nate allan rudolph eliot russ claudio gaston henri freddy
jonah curt keanu elton merrick antonin leonardo christos cristiano mervyn
kenenisa heizo dwain imanol geordan ludovico mauro joachim christoph khizr akhil
ossie remy schalk daron enoch ranveer werner adolfo algernon alphonse amadeus amos
anselm archibald ari aristide arlo arne arno augusto aurelio axel baldwin balthazar
bartholomew benedict blaise brice bronson calum caspar cassius chaim cormac crispin
dario dietrich dominik donovan dougal duane edmond edoardo egon emile ephraim
erasmus erich errol eugen fabian ferdinand fernand finbar garth gideon gino giorgio
godfrey gregor guido gunther harald heinrich horatio hywel ignatius ilya ingmar
isidore ivor jarvis jeremiah jethro jochen johannes josef konrad kasper leander leif
lemuel leopold lothar lucian malachy manny marius marten mathias maximilian
nathanael neville nico ninian norbert ottavio pasquale percival ralf randolph raoul
reinhard reynold roald rolf rudolf sandro shamus siegfried sigmund silas stellan
tancred torsten ulrich umberto valentino vasily vittorio waldo wilfred wilfried
winston zachariah
johann theodor hubertus armin reiner winfried omid tino aurelien edouard inigo
oriol ignazio adan edmundo diosdado dov erastus ezekiel julius ahsan humza colum
llyr rhun uddhav udhayanidhi himanta bhagwant pinarayi siddaramaiah
subrahmanyam jagan anbumani mmusi fikile gwede panyaza rigathi kithure musalia
mutula ababu rabiu otega rustem mevlut shinjiro srettha thaksin anutin prayut
zohran wes
raheem myles reece jude franz moritz mikel erling diogo leandro kyrie jayson
tyrese scottie shai draymond klay trae kawhi giannis jabari keegan jaren cade
domantas jusuf dejan radu youri wout jeremie ilkay ismaila idrissa pape jarrod
jaxon jaxson bryce dillon breece bijan jahmyr kyren tyreek davante jameis trevon
deion shedeur omarion ashton demis shantanu nikesh nandan azim wataru daichi
alperen bukayo eberechi kobbie jadon jurrien matheus mathys rayan amad
""".split()
)

EITHER = frozenset(
    """
jaime wale
ayo chinedu chidera ebere ife kelechi nneka oluwadamilare tolu
nur noor
min ji-woo sung
adama thanh jing kiran
hikaru makoto
jan
dominique claude
jamie robin mel
lupe hoa jin hyun chinonso yemi bola hui
nicola deniz chima
simone
hilary
ainsley gwyn joss nicky rowan mika sacha nikita dele abdi marty
aung khin kyaw maung thein htun zaw
tali michal temi
kai zia pat dara deni
""".split()
)

FAMILY_FIRST = frozenset(
    """
nguyen tran pham hoang huynh phan vu vo dang bui ho ngo duong
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo
gao zheng xi
deng feng cao peng zeng xiao tian cai jiang ye cheng wei su ding ren shen yao
cui zhong jia xia fu bai zou meng xiong qin qiu yin xue yan duan hou gu mao hao
shao wan qian kong xiang
truong dinh trinh luong doan vuong
kim lee park choi jung kang cho yoon jang lim
""".split()
)

BOTH_ABROAD = frozenset(
    """
ariel andrea jean nicola simone sasha kim maria gabriele daniele michele lee
leslie evelyn
alexis marion lakshmi rosario dana kerry courtney tracy
""".split()
)
"""Given names of one gender in US usage and of the other elsewhere or often
("Ariel Quiros", "Andrea Pirlo", "Jean Castex", "Ms. Lee Epstein"; men's
names abroad or in the news too: "Alexis Tsipras", "Marion Barry", "Lakshmi
Mittal", "Rosario Crocetta", "Dana Rohrabacher", "Kerry Packer", "Courtney
Walsh", "Tracy Morgan"): what they say of a person's gender is not enough to
refuse a join (`entities/join.py`)."""

SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "rafa": ("rafael",),
    "beto": ("roberto",),
    "paco": ("francisco",),
    "pepe": ("jose",),
    "nacho": ("ignacio",),
    "sasha": ("alexander", "alexandra", "aleksandr", "oleksandr"),
    "misha": ("mikhail",),
    "kuba": ("jakub",),
    "andy": ("andrew",),
    "mike": ("michael",),
    "bill": ("william",),
    "bob": ("robert",),
    "jim": ("james",),
    "joe": ("joseph",),
    "tom": ("thomas",),
    "tony": ("anthony",),
    "liz": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"),
}
"""Short forms a text calls a person by after the full given name ("Rafael
Nadal" … "Rafa waved"), in lower case: the short form alone joins the one
full name the article writes with one of these given names."""
