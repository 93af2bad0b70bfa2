"""Names translated word for word: the concept words of organisations', events' and polities' names.

An organisation, an event or a state is named in another language by translating its name's words, in that
language's order and cases: the World Uyghur Congress is the Congresso Mondiale Uiguro, the Światowy Kongres
Ujgurów, the Всемирный уйгурский конгресс, the Dünya Uygur Kongresi; the First East Turkestan Republic is the
Pierwsza Republika Turkiestanu Wschodniego and the Първа Източна Туркестанска република. Such a name and the
glossary's name meet as bags of concepts: each word is a generic word of a known concept (world, congress,
republic, east, first ...), found by its form in one of the languages below, or a name, which the matcher
resolves to an entry (Uiguro, Ujgurów, уйгурский: the Uyghurs); function words (of, de, der, и) go.

The words are general vocabulary, each concept written in the languages whose sources name this region's
organisations most often: English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish and
Norwegian, Polish, Czech and Slovak, Romanian, Hungarian, Estonian, Finnish, Lithuanian, Turkish, Azerbaijani,
Uzbek, Russian, Ukrainian, Bulgarian, Kazakh, Kyrgyz and Uyghur in Latin and Cyrillic letters, and a few words of
Indonesian. A form ending in ``*`` is a stem and takes an ending of up to :data:`_MAX_ENDING` letters (kongres*:
kongresu, kongresem); other forms are whole words. A German or Scandinavian compound is split into concept
words (Menschenrechtsprojekt: human rights project; østturkestanske: east turkestan).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import normal_key

__all__ = ["concept_words", "function_word", "named_compound"]

_MAX_ENDING = 5  # letters an inflected stem may take (światowego: światow-ego; республиканской)
_MIN_STEM = 4  # letters of a stem
# the endings the last word of a compound may take: German and Scandinavian inflections and adjective endings.
# Any other letters may be a word of their own (Menschenrechtsrat is human rights and Rat, a council).
_COMPOUND_ENDINGS = frozenset(
    ("", "e", "en", "es", "er", "em", "s", "n", "ne", "ns", "et", "ets", "ene", "sk", "ske", "isk", "iske", "isch",
     "ische", "ischen", "isches", "ischer", "ischem")
)  # fmt: skip
_MIN_COMPOUND_HEAD = 3  # letters of a whole word that begins a compound (øst, ost: østturkestanske)

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "world": ("world", "welt*", "mondial*", "mundial*", "mondo", "monde", "swiatow*", "svetov*", "wereld*", "varlds*",
              "verdens*", "maailma*", "pasaulio", "dunya*", "jahon", "sedunia", "всемирн*", "світов*", "световн*",
              "дүниежүз*", "дүйнөлүк", "дуния*", "dünya*"),
    "congress": ("congress*", "kongress*", "kongres*", "congres*", "congreso*", "congresso*", "kongre*", "конгресс*",
                 "конгрес*"),
    # a kurultai is a congress, but the glossary's events are named so as well (World Uyghur Kurultai, 1992)
    "kurultai": ("kurultai*", "kurultay*", "qurultay*", "qurultai*", "курулта*", "құрылта*", "қурулта*"),
    "association": ("association*", "associaz*", "associac*", "asociaci*", "asociati*", "vereinigung*", "verband*",
                    "vereniging*", "forening*", "foerening*", "stowarzysz*", "sdruzen*", "zdruzen*", "egyesulet*",
                    "uhing*", "yhdistys*", "dernek*", "derneg*", "birlesmesi", "ассоциац*", "асоціац*", "асоциац*",
                    "қауымдастығ*"),
    "society": ("society", "societe", "sociedad*", "societa", "gesellschaft*", "towarzystw*", "общество*", "общества",
                "обществ*", "cemiyet*", "jamiyat*", "jemiyet*", "жамият*", "қоғам*", "коом*"),
    "american": ("american*", "americai*", "americain*", "americano*", "americana*", "amerikan*", "amerykan*",
                 "americk*", "amerikai*", "американ*", "amerika"),
    "human": ("human", "lidsk*", "omului", "omul", "humanos", "humana", "humanas", "umani", "umano", "humains",
              "humaine", "humanos", "menschen", "czlowieka", "cloveka", "человека", "людини", "човека", "insan",
              "emberi", "mensen", "manskliga", "menneske*", "inimoigus*", "inson", "адам", "адамдын",
              "адам құқықтары"),
    "rights": ("rights", "right", "derechos", "diritti", "droits", "direitos", "recht*", "prawa", "praw", "prava",
               "prav", "прав*", "hakları", "haklari", "hak", "haklar*", "jogok*", "jogi", "rattigheter",
               "rettigheder", "rettigheter", "oiguste", "oigused", "huquq*", "құқық*", "укук*", "ihmisoikeus*",
               "teisiu", "drepturi*", "drepturile*"),
    "project": ("project*", "projekt*", "proyect*", "progett*", "projet*", "projeto*", "proiect*", "projekti*",
                "proje", "projesi", "проект*", "лойиҳа*", "loyiha*"),
    "movement": ("movement*", "moviment*", "movimient*", "mouvement*", "bewegung*", "beweging*", "rorelse*", "ruch",
                 "ruchu", "hnuti", "miscar*", "mozgalom*", "hareket*", "harakat*", "движени*", "рух*", "қозғалыс*",
                 "кыймыл*", "hərəkat*"),
    "islamic": ("islam*", "iszlam*", "islám*", "ислам*", "ісламськ*", "islom*", "islâm*"),
    "party": ("party", "parties", "parti", "partisi", "partiet", "partido*", "partito*", "partei*", "partia*",
              "partii", "partie", "partid*", "partij*", "partidul*", "pártja", "partja", "partiya*", "партия*",
              "партии", "партию", "партией", "партія*", "партії", "партиясы*", "партиясын*", "партиясі*", "партийә*",
              "партийи*", "партиа*"),
    "communist party": ("компартия*", "компартии", "компарти*", "compartido", "kompartia*", "kompartiy*", "kp", "kpd",
                        "kpu"),
    # the Communist Party of China abbreviated: KPCh (Polish, German), PCCh (Spanish), КПК (Russian), ÇKP (Turkish)
    "communist party china": ("kpch", "pcch", "pcc", "кпк", "ckp", "кпкнинг", "ккп"),
    "communist": ("communis*", "comunist*", "kommunist*", "komunist*", "komunistyczn*", "kommunis*", "коммунист*",
                  "комуніст*", "комунист*", "коммунистік*", "kommunistik*", "компартийәси"),
    "east": ("east", "eastern", "ost", "ostlich*", "ost-", "oriental*", "orientale", "est", "wschod*", "osten",
             "oriente", "восток*", "vychodn*", "vychodoturkestan*", "oost", "oostelijk*", "ita", "ida", "rytu",
             "kelet*", "rasarit*", "dogu", "sharqiy", "sharqi", "sherqiy", "шарқий", "восточн*", "східн*", "източн*",
             "шығыс*", "чыгыш*", "шәрқий", "østlig*", "ostra"),
    "west": ("west", "western", "occidental*", "occidentale", "ouest", "zachod*", "zapad*", "zahod*", "westen",
             "oeste", "ovest", "occident*", "nyugat*", "west-", "westlich*", "bati", "batı", "запад*", "захід",
             "заходу", "західн*", "батыс*", "батыш*", "g'arbiy", "garbiy"),
    "turkestan": ("turkestan*", "turkistan*", "turkest*", "turkist*", "turquest*", "turkiest*", "turkeszt*",
                  "turchest*", "туркест*", "түркіст*", "туркист*", "туркистон*", "türkist*"),
    "china": ("china", "chinas", "chinese", "chine", "chinois*", "chino", "chinos", "china", "cina", "cinese",
              "cinesi", "chines*", "chinesisch*", "chinsk*", "chiny", "chin", "chinach", "chinczyk*", "cinsk*",
              "ciny", "cine", "kinai*", "kina", "kinas", "kinesisk*", "hiina*", "kiinan", "kiina", "kinij*", "cin",
              "cinli", "chinez*", "prc", "кнр", "китай*", "китая", "китаю", "кытай*", "қытай*", "xitay*", "hitay*",
              "xitoy*", "хитой*", "хитай*", "xıtay*"),
    "government": ("government*", "governo*", "gobierno*", "gouvernement*", "regierung*", "regering*", "rzad",
                   "rzadu", "rzadem", "vlada", "vlady", "vlade", "guvern*", "kormany*", "valitsus*", "hukumet*",
                   "hükümet*", "hukumat*", "правительств*", "уряд*", "правителств*", "үкімет*", "өкмөт*", "ҳукумат*"),
    "exile": ("exile*", "exil", "exilio", "exílio", "exilo", "esilio", "emigracji", "emigraci", "emigrac*",
              "изгнани*", "вигнанн*", "эмиграци*", "surgun*", "sürgün*", "surgunde*", "sürgündeki", "eksil",
              "eksilde", "жер аударылған", "quvg'in*", "муҳожират*", "mohajirat*", "muhojir*"),
    "university": ("universit*", "uniwersytet*", "univerzit*", "egyetem*", "ulikool*", "yliopisto*", "университет*",
                   "універсітет*", "универсітет*", "universitesi", "üniversite*", "universiteti*", "университеті*",
                   "университети*"),
    "central": ("central*", "centrale", "centrala", "zentral*", "centraln*", "centraal", "kozponti", "keskus*",
                "merkez*", "markaziy", "центральн*", "центральн*", "централн*", "орталық*", "борбордук*", "марказий",
                "мәркизий", "merkiziy"),
    "nationalities": ("nationalities", "nationalites", "nacionalidades", "nazionalita", "nationalitaten",
                      "narodowosci", "narodnosti", "национальностей", "национальносте*", "народностей",
                      "національностей", "националности*", "milletler", "milliyetler", "minorites", "minorities",
                      "minderheiten", "mniejszosci", "minorias", "minoranze", "millatlar", "ұлттар*", "minzu"),
    "committee": ("committee*", "comite*", "comitato*", "comitetul*", "komitee*", "komitet*", "komite*", "kommitte*",
                  "bizottsag*", "комитет*", "комітет*", "комитети*", "комитеті*", "qo'mita*", "қўмита*", "qomita*"),
    "national": ("national", "nationale", "nationalen", "nationaler", "nacional*", "nazional*", "narodow*",
                 "narodni*", "narodn*", "национальн*", "національн*", "национален", "nemzeti", "milli", "milliy",
                 "ulttyk", "ұлттық", "улуттук", "миллий", "nationell*", "rahvuslik*"),
    "security": ("security", "securite", "seguridad", "sicurezza", "seguranca", "sicherheit*", "bezpieczenstw*",
                 "bezpecnost*", "securitat*", "biztonsag*", "veiligheid*", "sakerhet*", "guvenlik*", "güvenlik*",
                 "безопасност*", "безпек*", "қауіпсіздік*", "коопсуздук*", "xavfsizlik*", "хавфсизлик*"),
    "ministry": ("ministry", "ministries", "ministerio*", "ministero", "ministere*", "ministerium*", "ministerie*",
                 "ministerstw*", "ministerstv*", "ministerul*", "miniszterium*", "bakanlig*", "bakanlık*",
                 "министерств*", "міністерств*", "министерство*", "министрлиг*", "vazirlig*", "vazirligi",
                 "министрлігі*"),
    "foreign": ("foreign", "exteriores", "exterior", "exteriors", "esteri", "estrangeiros", "etrangeres",
                "auswartig*", "aussen", "zagranicz*", "zahranic*", "externe", "kulugy*", "valis*", "buitenlandse",
                "utrikes*", "dis", "иностранн*", "закордонн*", "сыртқы", "тышкы", "tashqi", "ташқи", "xariciyy*"),
    "affairs": ("affairs", "affaires", "asuntos", "affari", "negocios", "angelegenheiten", "spraw", "veci", "zaken",
                "ugyek*", "isleri", "işleri", "дел", "справ", "ishlar*", "істер*", "иштер*", "relaciones",
                "relazioni", "relacoes"),
    "council": ("council", "rat", "rates", "rade", "conseil*", "consejo*", "consiglio*", "conselho*", "consiliul*",
                "raad", "rada", "rady", "radzie", "tanacs*", "konsey*", "кеңес*", "kengash*", "кенгаш*"),
    "soviet": ("soviet*", "sowjet*", "sovjet*", "sowieck*", "sovetsk*", "sovětsk*", "sovietic*", "советск*",
               "радянськ*", "съветск*", "sovyet*", "szovjet*", "nõukogude", "neuvosto*", "совет"),
    "ssr": ("ssr", "сср", "rss", "ssr-i", "ssrinin", "ссринин", "ссрі", "ссрнинг"),
    "commonwealth": ("commonwealth", "community", "communaute", "comunidad", "comunita", "comunidade", "gemeinschaft",
                     "wspolnot*", "spolecenstv*", "spolocenstv*", "содружеств*", "співдружн*", "topluluğu",
                     "toplulugu", "hamdo'stlig*", "достастығ*", "шериктештиг*"),
    "independent": ("independent*", "independant*", "independient*", "indipendent*", "unabhangig*", "niepodlegl*",
                    "nezavisl*", "независим*", "незалежн*", "bagimsiz*", "bağımsız*", "тәуелсіз*", "көз карандысыз",
                    "mustaqil*"),
    "internal": ("internal", "interior*", "inneren", "innern", "interieur", "interno", "interni", "wewnetrzn*",
                 "vnitra", "vnutra", "внутренн*", "внутрішн*", "icisleri", "ички", "ішкі", "ichki"),
    "high": ("high", "alto", "alta", "haut", "haute", "hoher", "hohe", "hohen", "wysok*", "vysok*", "верховн*",
             "yuksek", "жоғары", "жогорку", "oliy"),
    "commissioner": ("commissioner*", "commissaire*", "comisionad*", "commissari*", "comissari*", "kommissar*",
                     "komisarz*", "komisar*", "комиссар*", "комісар*", "komiser*", "комиссары*"),
    "production": ("production", "productie", "produktion*", "produccion", "produzione", "producao", "produkcj*",
                   "produkc*", "produksi", "uretim", "imalat", "производств*", "виробнич*", "өндіріс*", "ishlab"),
    "construction": ("construction", "constructie", "bouw", "aufbau*", "construccion", "costruzione", "construcao",
                     "budowlan*", "budownictw*", "vystavb*", "konstruksi", "insaat", "imar", "строительн*",
                     "будівельн*", "құрылыс*", "qurilish"),
    "corps": ("corps", "korps", "cuerpo", "corpo", "korpus*", "kolordu*", "корпус*", "korpusu", "bingtuan"),
    "foundation": ("foundation", "fondation", "fundacion", "fondazione", "fundacao", "stiftung*", "fundacj*",
                   "nadace", "nadacia", "фонд*", "vakf*", "qor"),
    "democracy": ("democracy", "democratie", "democracia", "democrazia", "demokratie", "demokracj*", "demokraci*",
                  "демократи*", "demokrasi*", "demokratiya*"),
    "region": ("region*", "regio*", "regione", "регион*", "bolge*", "bölge*", "oblasti", "oblastí"),
    "general": ("general*", "generale", "generaln*", "генеральн*", "генерал*", "genel", "altalanos"),
    "pacify": ("pacify", "pacifier", "pacificar", "pacificare", "befriedung*", "uspokojeni*", "pomiritev",
               "умиротворени*", "умиротвор*", "утихомирен*"),
    "politburo": ("politburo*", "politbyro*", "politbüro*", "политбюро*", "politbiuro*", "politbyrå"),
    "five": ("five", "cinque", "cinco", "cinq", "funf", "fünf", "piec", "pięć", "pet", "пять", "пятёрк*", "пятерк*",
             "bes", "beş", "besli", "beşli", "5"),
    "front": ("front", "fronte", "frente", "fronts", "фронт*", "cephe*", "cephesi"),
    "united": ("united", "uni", "unie", "unis", "unido", "unidos", "unida", "unidas", "unito", "uniti", "vereinigt*",
               "zjednoczon*", "sjednocen*", "spojen*", "объединенн*", "объединённ*", "обʼєднан*", "birlesik*",
               "birleşik*", "birleşmiş", "birlesmis", "бириккен", "біріккен", "birlashgan", "verenigde", "forenede",
               "forenta", "egyesult*"),
    "nations": ("nations", "naciones", "nazioni", "nacoes", "nationen", "narodow", "narodu", "нации", "наций",
                "milletler"),
    "red": ("red", "rot", "rote", "roten", "roter", "rouge", "roja", "rojo", "rossa", "rosso", "vermelho*",
            "czerwon*", "rude", "rudé", "rudou", "красн*", "qizil", "kizil", "kızıl", "кызыл", "қызыл", "rode",
            "roda"),
    "amnesty": ("amnesty", "amnistia", "amnistie", "amnestie", "amnesti", "anistia", "амнисти*"),
    "office": ("oficiu*", "oficina", "office", "bureau*", "buro", "buros", "biuro", "biura", "urad", "uradu", "бюро",
               "управлени*", "офис*", "ofis*", "idora*"),
    "institute": ("institut*", "instituto*", "istituto*", "instytut*", "intezet*", "enstitu*", "институт*",
                  "інститут*", "instituti*"),
    "strategic": ("strateg*", "стратег*"),
    "policy": ("policy", "policies", "politic*", "politik*", "politiq*", "polityk*", "politi*", "poliitika*",
               "политик*", "політик*", "политически*", "siyaset*", "siyosat*", "саясат*"),
    "international": ("international*", "internacional*", "internazional*", "internationaal*", "miedzynarod*",
                      "mezinarod*", "nemzetkozi", "uluslararasi", "халықаралық*", "международн*", "міжнародн*",
                      "международен", "xalqaro"),
    "organisation": ("organisation*", "organization*", "organizacion*", "organizzazion*", "organizacao",
                     "organizacji", "organizacja", "organizace", "organizatia", "organisatie", "organisasjon*",
                     "orgutu", "örgütü", "организац*", "організац*", "ұйым*", "уюм*", "tashkilot*"),
    "youth": ("youth", "jeunesse", "jeunes", "juventud*", "gioventu", "giovani", "juventude", "jugend*", "jongeren",
              "ungdom*", "mlodziez*", "mladez*", "tineret*", "ifjusag*", "noorte", "nuorten", "genclik*", "gençlik*",
              "молодеж*", "молодёж*", "молоді", "младеж*", "жастар*", "жаштар*", "yoshlar*"),
    "union": ("union*", "unione", "uniao", "unia", "unii", "unie", "unii", "uniunea", "birligi", "birliği", "союз*",
              "спілк*", "одақ*", "бирлик*", "ittifoq*", "иттифоқ*"),
    "revolution": ("revolution*", "revolucion*", "rivoluzion*", "revolucao", "rewolucj*", "revoluc*", "revoluti*",
                   "forradalom*", "revolutsioon*", "vallankumou*", "devrim*", "инқилоб*", "революц*", "революці*",
                   "революция*", "төңкеріс*", "inqilob*", "inqilab*"),
    "cultural": ("cultural", "culturale", "culturelle", "kulturell*", "kulturaln*", "kulturn*", "kulturalis",
                 "kulturel*", "kültür*", "kultur", "medeniyet*", "kulturowa", "kultura", "culturala", "культурн*",
                 "культурна*", "мәдени*", "маданий", "madaniy"),
    "great": ("great", "grande", "grand", "gran", "grosse*", "grosser", "grossen", "grote", "wielk*", "velk*", "nagy",
              "buyuk*", "büyük*", "велик*", "ұлы", "улуу", "buyuk"),
    "liberation": ("liberation*", "pembebasan", "liberacion*", "liberazion*", "libertacao", "befreiung*",
                   "wyzwoleni*", "osvobozen*", "eliberar*", "felszabaditas*", "kurtulus*", "kurtuluş*", "освобожден*",
                   "визвол*", "азаттық*", "ozodlik*"),
    "army": ("army", "tentara", "armad*", "armee", "armée", "ejercito", "esercito", "exercito", "armia", "armii",
             "armada", "ordu*", "армия*", "армии", "армія*", "армиясы*", "армияси*", "армиясі*"),
    "people": ("people", "peoples", "rakyat", "populaire", "popular", "popolare", "volks*", "ludow*", "lidov*",
               "popular*", "nepi", "halk", "народн*", "народна", "народов", "народу", "народа", "халық*", "элдик",
               "xalq"),
    "republic": ("republic*", "republik*", "republique*", "republica*", "repubblica*", "republiek", "republiken",
                 "respublik*", "köztársaság*", "koztarsasag*", "tasavalta*", "vabariik*", "respublika*",
                 "cumhuriyet*", "республик*", "республік*", "република*", "республикасы*", "жумҳурии", "jumhuriyat*"),
    "first": ("first", "erste", "ersten", "erster", "premiere", "premier", "primera", "primer", "primo", "prima",
              "primeira", "primeiro", "eerste", "forsta", "forste", "forste", "pierwsz*", "prvni", "prva", "elso",
              "esimene", "ensimmainen", "pirmoji", "birinci", "ilk", "первая", "первой", "первую", "первый", "перша",
              "першої", "първа", "първата", "биринчи", "бірінші", "birinchi", "1"),
    "second": ("second", "zweite", "zweiten", "zweiter", "deuxieme", "seconde", "segunda", "segundo", "seconda",
               "secondo", "tweede", "andra", "anden", "andre", "drug*", "druha", "druhe", "druhou", "masodik",
               "teine", "toinen", "antroji", "ikinci", "вторая", "второй", "вторую", "второго", "друга", "другої",
               "втора", "втората", "экинчи", "екінші", "ikkinchi", "2"),
    "khanate": ("khanate*", "khanat*", "chanat*", "kanato", "kanat", "janato", "canato", "kanaat", "kaganat*",
                "hanlig*", "hanligi", "ханств*", "хандығ*", "хонлиг*", "xonlig*", "хандыгы*"),
    "kingdom": ("kingdom", "konigreich*", "royaume", "reino", "regno", "krolestw*", "kralovstv*", "koninkrijk",
                "kuningas*", "kralligi", "krallık*", "королевств*", "королівств*", "царств*", "патшалығ*",
                "падышалыг*", "qirolligi"),
    "empire": ("empire", "imperio", "impero", "imperium", "imperiul", "imperi*", "reich", "reiches", "rijk",
               "cesarstw*", "risa", "rise", "birodalom*", "imparatorlugu", "imparatorluğu", "империя*", "империи",
               "империю", "імперія*", "імперії", "империясы*", "imperiyasi"),
    "dynasty": ("dynasty", "dynastie*", "dinast*", "sulal*", "dynastia*", "dynastii", "hanedan*", "sulola*",
                "династи*", "әулет*", "sulolasi"),
    "uprising": ("uprising*", "soulevement*", "levantamiento*", "insurrezione", "rivolta", "revolta*", "aufstand*",
                 "powstani*", "povstani*", "felkeles*", "ayaklanma*", "isyan*", "qo'zg'olon*", "восстани*",
                 "повстанн*", "көтеріліс*", "көтөрүлүш*", "rebellion*", "rebelion", "rebellione", "ribell*",
                 "rebeliao", "rebelia", "rebelii", "upproret", "opror*", "opstand*", "мятеж*", "бунт*"),
    "riots": ("riots", "riot", "unruhen", "emeutes", "disturbios", "disordini", "disturbios", "zamieszki", "nepokoje",
              "tulburari", "zavargas*", "olaylar*", "olaylari", "беспорядк*", "заворушен*", "тәртіпсіздік*",
              "baskaldiri*"),
    "incident": ("incident*", "incidente*", "vorfall*", "zwischenfall*", "incydent*", "vorfalle", "olay*",
                 "инцидент*", "событи*", "voqea*", "оқиға*", "окуя*"),
    "embassy": ("embassy", "embajada*", "ambasciata", "ambassade*", "embaixada", "botschaft*", "ambasad*",
                "velvyslanect*", "nagykovetseg*", "buyukelcilig*", "büyükelçiliğ*", "посольств*", "посольств*",
                "елшілі*", "элчилиг*", "elchixona*"),
    "radio": ("radio*", "radyo*", "радио*", "радіо*", "rádio*"),
    "free": ("free", "libre", "libera", "livre", "hur", "frei*", "wolna*", "wolne*", "svobodn*", "szabad", "ozgur*",
             "özgür*", "свободн*", "вільн*", "азат*", "erkin", "эркин", "ozod"),
    "asia": ("asia*", "asien*", "asie", "azja*", "azji", "asii", "azie", "azsia*", "asya*", "азия*", "азии", "азія*",
             "азії", "азиат*", "азиа*", "osiyo*", "aziya*", "азияс*"),
    "silk": ("silk", "seiden*", "seide", "soie", "seda", "seta", "jedwabn*", "hedvabn*", "matase*", "selyem*",
             "ipek*", "шелков*", "шовков*", "жібек*", "ипек*", "ipak"),
    "road": ("road", "route", "ruta", "rota", "via", "strasse", "weg", "szlak*", "stezk*", "cesta", "drum*", "ut",
             "yol*", "путь", "пути", "путём", "шлях*", "жол*", "йўл*"),
    "act": ("act", "law", "loi", "ley", "legge", "lei", "gesetz*", "wet", "lag", "ustaw*", "zakon*", "lege*",
            "torveny*", "seadus*", "kanun*", "yasa*", "qonun*", "закон*", "заң*", "мыйзам*"),
    "prevention": ("prevent*", "prevencion", "prevenzione", "prevencao", "prevention", "verhinder*", "zapobieg*",
                   "prevenc*", "onleme*", "önleme*", "предупрежд*", "предотвращ*", "запобіг*", "алдын*"),
    "forced": ("forced", "forzado*", "forzoso*", "forzato", "force", "forcado", "zwangs*", "przymusow*", "nucen*",
               "fortat*", "kenyszer*", "zorla*", "zorunlu", "принудительн*", "примусов*", "мәжбүрлі*"),
    "labour": ("labor", "labour", "trabajo", "lavoro", "travail", "trabalho", "arbeit*", "pracy", "praca", "prace",
               "munca", "munka*", "emek", "calisma*", "труд*", "праці", "праца", "еңбек*", "mehnat*"),
    "game": ("game", "jeu", "juego", "gioco", "jogo", "spiel", "gra", "gry", "grze", "hra", "hry", "joc*", "jatszma",
             "oyun*", "игра", "игры", "игре", "игру", "гра", "гри", "ойын*"),
    "leap": ("leap", "salto", "sprung*", "bond", "skok*", "skoku", "ugras*", "sicrayis*", "hamle*", "скач*",
             "стрибок*", "скок", "секіріс*"),
    "forward": ("forward", "adelante", "avanti", "avant", "vorwarts", "naprzod", "vpred", "inainte", "elore", "ileri",
                "вперед", "вперёд", "уперед", "напред"),
    "cold": ("cold", "froide", "fria", "fredda", "kalte*", "kalter", "zimn*", "studen*", "rece", "hideg*", "soguk*",
             "soğuk*", "холодн*", "суық*"),
    "war": ("war", "guerre", "guerra", "krieg*", "wojn*", "valk*", "razboi*", "haboru*", "savas*", "savaş*", "войн*",
            "війн*", "соғыс*", "урушу*", "urush*"),
    "attacks": ("attack*", "attentat*", "atentado*", "attacchi", "attentati", "anschlag*", "anschlage*", "zamach*",
                "utok*", "atac*", "merenylet*", "saldiri*", "rünnak*", "runnak*", "теракт*", "атак*", "нападени*",
                "напад*", "шабуыл*"),
    "protectorate": ("protectorate*", "protectorat*", "protektorat*", "protectorado", "protettorato", "protetorado",
                     "протекторат*"),
    "state": ("state", "states", "staat*", "estado*", "stato", "etat", "panstw*", "statni", "stat", "stats", "allam*",
              "statov", "statu", "statow", "devlet*", "государствен*", "державн*", "мемлекет*", "мамлекет*",
              "davlat*"),
    "department": ("department*", "departamento*", "dipartimento", "departement*", "departament*", "департамент*",
                   "госдепартамент*"),
}  # fmt: skip

# letters normal_key keeps that the words are also written without (Polish ł, Danish ø)
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ı": "i"})


def _key(text: str) -> str:
    return normal_key(text).translate(_PLAIN)


# words that carry no concept: articles, prepositions and conjunctions of the same languages
_FUNCTION_GROUPS = (
    "of the and for in on at to by with against a an",  # English
    "de del della delle dei degli di da do dos das du des la le les el los las il lo gli i e y et en",  # Romance
    "no na nos nas num numa em os um uma para pour sur per al în pentru și si cu",  # Portuguese, Romanian
    "der die das den dem von vom zur zum fur für und im in am an auf aus bei mit gegen",  # German
    "van het voor en op af och för på av og til mot",  # Dutch, Scandinavian
    "w we z ze na dla do i oraz o przez pod po przeciw v ve a pro proti za u",  # Polish, Czech, Slovak
    "és a az ellen ja ning ile için ve va uchun bilan dan",  # Hungarian, Estonian, Turkish, Uzbek, Indonesian
    "и в во на по для при с со от из о об к против за у і та з до під проти срещу",  # Russian, Ukrainian, Bulgarian
    "мен және пен бен үшін жана менен үчүн ۋە و في من ل",  # Kazakh, Kyrgyz, Uyghur, Arabic
)
# the Romance articles and prepositions that lose their vowel before a vowel (l'Ili, dell'Uzbekistan)
_ELIDED = frozenset(("l", "d", "dell", "all", "nell", "dall", "sull", "coll", "qu", "j", "s", "c", "n"))
_FUNCTION_WORDS = frozenset(_key(word) for group in _FUNCTION_GROUPS for word in group.split())


def _pattern_key(pattern: str) -> str:
    return _key(pattern.rstrip("*"))


_WHOLE: dict[str, str] = {}
_STEMS: dict[str, str] = {}
for _concept, _patterns in _CONCEPTS.items():
    for _pattern in _patterns:
        _form = _pattern_key(_pattern)
        if not _form:
            continue
        if _pattern.endswith("*") and len(_form) >= _MIN_STEM:
            _STEMS.setdefault(_form, _concept)
        else:
            _WHOLE.setdefault(_form, _concept)
_STEM_LENGTHS = sorted({len(stem) for stem in _STEMS}, reverse=True)
_LINKING = ("s", "es", "")  # German and Scandinavian compounds join their words with an s (Menschenrechtsprojekt)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def function_word(word: str) -> bool:
    """Whether ``word`` (a normal key) is a function word: of, de, der, и, ve."""
    return word in _FUNCTION_WORDS


@lru_cache(maxsize=16384)
def _concept_of(word: str, compound: bool = False) -> str | None:
    """The concept of a normal-keyed word as a whole, or by a stem with an ending of up to five letters; the
    last word of a compound, with a German or Scandinavian ending only (:data:`_COMPOUND_ENDINGS`)."""
    whole = _WHOLE.get(word)
    if whole is not None:
        return whole
    for length in _STEM_LENGTHS:
        if not length <= len(word) <= length + _MAX_ENDING or (concept := _STEMS.get(word[:length])) is None:
            continue
        if not compound or word[length:] in _COMPOUND_ENDINGS:
            return concept
    return None


@lru_cache(maxsize=16384)
def _compound(word: str, depth: int = 0) -> tuple[str, ...] | None:
    """The concepts a compound word is made of (menschenrechtsprojekt: human rights project), each part a
    whole concept word or a stem, joined with a linking s or none; None when it is no such compound."""
    if depth > 2:
        return None
    for cut in range(len(word) - _MIN_STEM + 1, _MIN_COMPOUND_HEAD - 1, -1):
        head, rest = word[:cut], word[cut:]
        first = _WHOLE.get(head) or (_STEMS.get(head) if cut >= _MIN_STEM else None)
        if first is None:
            continue
        for link in _LINKING:
            if not rest.startswith(link) or len(rest) - len(link) < _MIN_STEM - 1:
                continue
            tail = rest[len(link) :]
            last = _concept_of(tail, compound=True)
            if last is not None:
                return (first, last)
            more = _compound(tail, depth + 1)
            if more is not None:
                return (first, *more)
    return None


def named_compound(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A compound of a name and concept words, the name first (uigurenkongress: uiguren, congress;
    ostturkestanrepublik is a compound of concept words alone): the name and the concepts, or None."""
    for cut in range(_MIN_COMPOUND_HEAD, len(word) - _MIN_STEM + 1):
        head, tail = word[:cut], word[cut:]
        concept = _concept_of(tail, compound=True)
        parts = (concept,) if concept is not None else _compound(tail)
        if parts is not None:
            return head, tuple(part for concept in parts for part in concept.split(" "))
    return None


def concept_words(text: str) -> list[tuple[str, str | None]]:
    """The words of ``text`` with their concepts: ``(word, concept)`` for a generic word (a compound gives one
    pair per part), ``(word, None)`` for any other word (a name, to be resolved); function words left out.

    >>> concept_words("Congresso Mondiale Uiguro")
    [('congresso', 'congress'), ('mondiale', 'world'), ('uiguro', None)]
    >>> [c for _w, c in concept_words("Uigurisches Menschenrechtsprojekt")]
    [None, 'human', 'rights', 'project']
    """
    out: list[tuple[str, str | None]] = []
    for raw in _WORD.findall(_key(text).replace("-", " ")):
        word = raw.replace("’", "'")
        if "'" in word:  # dell'Uzbekistan, d'Ili: the name after it; Türkistan'ın: the name before it
            before, _, after = word.partition("'")
            word = after if before in _ELIDED else before
        if not word or word in _FUNCTION_WORDS:
            continue
        # a compound before a stem with its ending (Staatsrat is state and council, not a case of Staat)
        parts = _compound(word) if len(word) >= 2 * _MIN_STEM else None
        concept = _concept_of(word) if parts is None else None
        parts = parts or ((concept,) if concept is not None else None)
        if parts is None:
            out.append((word, None))
            continue
        out.extend((word, part) for concept in parts for part in concept.split(" "))
    return out
