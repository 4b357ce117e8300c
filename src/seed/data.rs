//! Deterministic, fully synthetic Swedish demo data: people, creditors, case numbers and texts.

use rand::Rng;
use rand::seq::IndexedRandom;
use std::ops::RangeInclusive;

/// A synthetic private person as registered on a debt collection case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Given name, e.g. "Åsa".
    pub first_name: String,
    /// Family name, e.g. "Lindqvist".
    pub last_name: String,
    /// Twelve-digit personnummer with dash, e.g. "19800101-1234", with a valid check digit.
    pub personnummer: String,
    /// Street address, e.g. "Storgatan 12 B" or "Björkvägen 3 lgh 1102".
    pub street: String,
    /// Postal code "123 45" in the range used by `city`.
    pub postal_code: String,
    /// Postal town, e.g. "Umeå".
    pub city: String,
    /// Lower-case ascii e-mail address derived from the name.
    pub email: String,
    /// Phone number from the ranges PTS reserves for fiction, e.g. "070-174 06 42".
    pub phone: String,
}

const FEMALE_NAMES: &[&str] = &[
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Kristina",
    "Lena",
    "Sara",
    "Emma",
    "Ingrid",
    "Åsa",
    "Malin",
    "Linnéa",
    "Renée",
    "Hanna",
    "Elin",
    "Ida",
    "Sofia",
    "Maja",
    "Ebba",
    "Astrid",
    "Birgitta",
    "Margareta",
    "Ulla",
    "Gunilla",
    "Annika",
    "Helena",
    "Johanna",
    "Louise",
    "Agnes",
    "Märta",
    "Fatima",
    "Amina",
    "Leyla",
    "Zeynep",
    "Aisha",
    "Nour",
    "Mariam",
    "Jelena",
    "Agnieszka",
    "Katarzyna",
    "Soraya",
    "Hodan",
    "Päivi",
    "Aino",
    "Dragana",
    "Thi Lan",
];

const MALE_NAMES: &[&str] = &[
    "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Björn", "Jöns", "Göran",
    "Håkan", "Sven", "Åke", "Örjan", "Olof", "Gustav", "Oscar", "Hugo", "Axel", "Elias", "Liam",
    "André", "René", "Mohammed", "Ahmed", "Ali", "Hassan", "Omar", "Yusuf", "Mehmet", "Emir",
    "Dragan", "Nikola", "Marek", "Tomasz", "Juha", "Matti", "Dejan", "Reza", "Abdi", "Mustafa",
    "Ibrahim", "Karim", "Minh",
];

const LAST_NAMES: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Olofsson",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Lundgren",
    "Lundqvist",
    "Mattsson",
    "Berglund",
    "Fredriksson",
    "Sandberg",
    "Henriksson",
    "Forsberg",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Håkansson",
    "Eklund",
    "Gunnarsson",
    "Björk",
    "Holm",
    "Bergman",
    "Wikström",
    "Isaksson",
    "Nyström",
    "Holmberg",
    "Löfgren",
    "Söderberg",
    "Blomqvist",
    "Nordström",
    "Öberg",
    "Ågren",
    "Åberg",
    "Hedlund",
    "Mårtensson",
    "Ekström",
    "Mohammed",
    "Ali",
    "Ahmed",
    "Hassan",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Nowak",
    "Kowalski",
    "Hosseini",
    "Rezaei",
    "Petrović",
    "Jovanović",
    "Korhonen",
    "Virtanen",
    "Abdullahi",
    "Warsame",
    "Haddad",
    "Khalil",
    "Nguyen",
];

const STREET_STEMS: &[&str] = &[
    "Stor",
    "Björk",
    "Tall",
    "Gran",
    "Ek",
    "Lönn",
    "Rönn",
    "Asp",
    "Lind",
    "Hassel",
    "Syren",
    "Sol",
    "Skogs",
    "Ängs",
    "Åker",
    "Sjö",
    "Strand",
    "Kvarn",
    "Smedje",
    "Kyrk",
    "Skol",
    "Park",
    "Ny",
    "Bergs",
    "Dal",
    "Lärk",
    "Trast",
    "Ekorr",
    "Rosen",
    "Klöver",
    "Blåbärs",
    "Lingon",
    "Hjort",
    "Bäck",
    "Hamn",
    "Fiskar",
    "Bagar",
    "Skomakar",
    "Mjölnar",
    "Klockar",
    "Prästgårds",
    "Väster",
    "Öster",
    "Norr",
    "Tegel",
    "Slotts",
    "Kopparslagar",
    "Vallmo",
];

// "vägen" twice: it is by far the most common suffix in Swedish addresses.
const STREET_SUFFIXES: &[&str] = &["gatan", "vägen", "vägen", "stigen", "gränd", "backen"];

/// City with the inclusive range of the first three postal code digits used there.
const CITIES: &[(&str, u16, u16)] = &[
    ("Stockholm", 112, 129),
    ("Göteborg", 411, 426),
    ("Malmö", 211, 218),
    ("Uppsala", 751, 757),
    ("Västerås", 721, 725),
    ("Örebro", 702, 703),
    ("Linköping", 582, 589),
    ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556),
    ("Norrköping", 602, 603),
    ("Lund", 222, 227),
    ("Umeå", 903, 907),
    ("Gävle", 802, 806),
    ("Borås", 503, 507),
    ("Södertälje", 151, 152),
    ("Eskilstuna", 632, 635),
    ("Halmstad", 301, 302),
    ("Växjö", 352, 353),
    ("Karlstad", 652, 656),
    ("Sundsvall", 852, 857),
    ("Luleå", 972, 975),
    ("Trollhättan", 461, 462),
    ("Östersund", 831, 832),
    ("Borlänge", 781, 784),
    ("Falun", 791, 791),
    ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371),
    ("Skövde", 541, 541),
    ("Uddevalla", 451, 451),
    ("Skellefteå", 931, 931),
    ("Nyköping", 611, 611),
    ("Varberg", 432, 432),
    ("Visby", 621, 621),
    ("Kiruna", 981, 981),
    ("Örnsköldsvik", 891, 891),
    ("Motala", 591, 591),
    ("Trelleborg", 231, 231),
    ("Lidköping", 531, 531),
    ("Landskrona", 261, 261),
    ("Ängelholm", 262, 262),
    ("Piteå", 941, 941),
    ("Hudiksvall", 824, 824),
    ("Sandviken", 811, 811),
    ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434),
];

/// Reserved example domains (RFC 2606/6761): synthetic addresses must never reach a real mailbox.
const MAIL_DOMAINS: &[&str] = &[
    "example.com",
    "example.net",
    "example.org",
    "post.example",
    "mail.test",
];

const CREDITORS: &[&str] = &[
    "Norrsken Energi AB",
    "Mälardalens Telekom AB",
    "Fjällhandeln Postorder AB",
    "Kustlinjens Bredband AB",
    "Älvdalens Kraftleverans AB",
    "Sjöbris Mobil AB",
    "Granskogens Tandvård AB",
    "Bergslagens Bilverkstad AB",
    "Havsörnens Friskvård AB",
    "Kvarnbackens Hyresfastigheter AB",
    "Lövsångarens Kläder AB",
    "Östersjöns Fjärrvärme AB",
    "Blåklockans Tidningsförlag AB",
    "Tallkottens Streaming AB",
    "Glasbrukets Webbhandel AB",
    "Hamnstadens Parkeringsbolag AB",
    "Lingonrisets Hemelektronik AB",
    "Nordanvindens Elhandel AB",
    "Skärgårdens Båtförsäkring AB",
    "Stjärnfallets Kreditkort AB",
    "Myrstackens Möbelhus AB",
    "Ekbackens Veterinärklinik AB",
];

/// Fee as (definite form, indefinite form, amount in kr), at the statutory consumer levels.
const FEE_LEVELS: &[(&str, &str, i64)] = &[
    ("påminnelseavgiften", "påminnelseavgift", 60),
    ("inkassoavgiften", "inkassoavgift", 180),
    (
        "avgiften för avbetalningsplanen",
        "avgift för avbetalningsplan",
        170,
    ),
];

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// One coherent complaint story: its subject lines, how it opens, details and demands that fit it.
#[derive(Clone, Copy, Default)]
struct Scenario {
    subjects: &'static [&'static str],
    openings: &'static [&'static str],
    details: &'static [&'static str],
    demands: &'static [&'static str],
}

/// The stories of one complaint category, details that fit all of them, and typical remedies.
struct Category {
    scenarios: &'static [Scenario],
    details: &'static [&'static str],
    remedies: &'static [&'static str],
}

static TREATMENT: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Otrevligt bemötande i telefon",
                "Klagomål på samtalet den {d1}",
                "Nedlåtande bemötande angående skulden till {creditor}",
            ],
            openings: &[
                "Jag ringde er den {d1} angående skulden till {creditor} på {amount} och blev mycket illa bemött.",
                "Härmed vill jag framföra klagomål på det bemötande jag fick när jag ringde er den {d1} om ärende {case}.",
            ],
            details: &[
                "Handläggaren avbröt mig hela tiden och lät mig inte förklara min situation.",
                "Handläggaren höjde rösten och lade sedan på mitt i samtalet.",
                "Jag fick höra att jag ”bara kunde betala som alla andra” när jag försökte berätta att jag är sjukskriven.",
            ],
            demands: &[
                "Jag vill att ni lyssnar på samtalet och återkommer med en förklaring.",
                "Jag förväntar mig en ursäkt och att ni ser över hur er personal pratar med människor.",
            ],
        },
        Scenario {
            subjects: &[
                "Hotfull ton från er personal",
                "Jag blev hotad med Kronofogden",
            ],
            openings: &[
                "När jag ringde för att fråga om kravet på {amount} från {creditor} blev handläggaren, som presenterade sig som {officer}, genast otrevlig och började prata om Kronofogden.",
            ],
            details: &[
                "Jag fick beskedet att ärendet skulle gå till Kronofogden redan nästa vecka om jag inte betalade hela {amount} direkt.",
                "Handläggaren sa också att jag kunde ”glömma att få hyra en lägenhet” om jag inte betalade.",
                "Jag har aldrig vägrat att betala, jag ville bara förstå vad kravet gällde.",
            ],
            demands: &[
                "Jag vill veta om det verkligen är så här ni får prata med folk.",
                "Jag vill inte ha med den handläggaren att göra igen.",
            ],
        },
        Scenario {
            subjects: &[
                "Nedlåtande svar på mitt mejl",
                "Klagomål på bemötandet från er handläggare",
            ],
            openings: &[
                "Jag skrev till er den {d1} och förklarade att jag har svårt att betala skulden till {creditor}, och svaret jag fick den {d2} var rent ut sagt hånfullt.",
            ],
            details: &[
                "I mejlet stod det att min ekonomiska situation ”inte är ert problem”.",
                "Jag hade bifogat ett intyg från Försäkringskassan men ingen verkar ha läst det.",
                "Jag har visat mejlet för min budget- och skuldrådgivare, som också reagerade på tonen.",
            ],
            demands: &[
                "Jag begär att ni utreder det här och svarar mig skriftligt.",
                "Jag förväntar mig en ursäkt.",
            ],
        },
        Scenario {
            subjects: &[
                "Illa bemött efter {minutes} minuter i telefonkö",
                "Jag blev illa behandlad när jag ringde om {creditor}",
            ],
            openings: &[
                "Jag skriver eftersom jag fortfarande är upprörd efter samtalet med er den {d1}.",
                "Efter {minutes} minuter i telefonkö den {d1} blev jag bemött som om jag försökte lura er.",
            ],
            details: &[
                "Jag ville bara fråga varför kravet från {creditor} hade ökat till {amount}.",
                "Handläggaren suckade högt och sa att jag fick läsa brevet en gång till.",
                "Min sambo hörde hela samtalet och kan bekräfta hur det gick till.",
            ],
            demands: &[
                "Jag vill att ni lyssnar på samtalet och återkommer med en förklaring.",
                "Jag vill att någon annan tar över mitt ärende.",
            ],
        },
    ],
    details: &[
        "Jag har alltid skött mina betalningar och har aldrig blivit bemött så här tidigare.",
        "Jag mår fortfarande dåligt av det här.",
    ],
    remedies: &[
        "En skriftlig ursäkt",
        "Att samtalet den {d1} granskas och att jag får en förklaring",
        "Att jag får en annan handläggare",
        "Att ni ser över hur er personal bemöter människor i telefon",
    ],
};

static HANDLING_ERROR: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Min betalning har inte registrerats",
                "Betalning saknas i ärende {case}",
            ],
            openings: &[
                "Jag betalade {paid} till ert bankgiro den {d1} men enligt ert senaste brev är hela beloppet {amount} fortfarande obetalt.",
            ],
            details: &[
                "Jag har kvitto från banken som visar att pengarna gick iväg samma dag.",
                "Jag angav rätt OCR-nummer, så det borde inte vara svårt att hitta betalningen.",
                "Jag bifogar en skärmdump från internetbanken.",
            ],
            demands: &[
                "Jag vill att ni registrerar betalningen och skickar en ny specifikation.",
                "Rätta uppgifterna i ert system och stoppa alla vidare åtgärder tills det här är utrett.",
            ],
        },
        Scenario {
            subjects: &[
                "Ärendet skickat till Kronofogden trots avbetalningsplan",
                "Felaktig ansökan hos Kronofogden",
            ],
            openings: &[
                "Trots att jag har en avbetalningsplan och har betalat varje månad har ni ansökt om betalningsföreläggande hos Kronofogden.",
            ],
            details: &[
                "Senaste inbetalningen på {monthly} gjordes den {d1}, alltså i god tid före förfallodagen.",
                "Jag fick veta det först när brevet från Kronofogden kom den {d2}.",
                "Nu riskerar jag en betalningsanmärkning för något som är ert fel.",
            ],
            demands: &[
                "Jag förväntar mig att ni återkallar ansökan hos Kronofogden omgående.",
                "Återkalla ansökan och bekräfta skriftligt att avbetalningsplanen gäller.",
            ],
        },
        Scenario {
            subjects: &[
                "Ni har blandat ihop mig med någon annan",
                "Fel i ärende {case}",
            ],
            openings: &[
                "Ni måste ha blandat ihop mitt ärende med någon annans, för jag har fått ett krav på {amount} från {creditor} som gäller en adress där jag aldrig har bott.",
            ],
            details: &[
                "Namnet på fakturan är mitt, men personnumret stämmer inte.",
                "Jag har aldrig varit kund hos {creditor}.",
                "När jag ringde sa handläggaren att det var ett systemfel som skulle rättas, men ingenting har hänt.",
            ],
            demands: &[
                "Jag vill att ni rättar felet och bekräftar skriftligt att jag inte har någon skuld.",
                "Ta bort mina uppgifter från ärendet omgående.",
            ],
        },
        Scenario {
            subjects: &[
                "Krav skickat trots att ärendet var avslutat",
                "Ni har registrerat fel belopp",
            ],
            openings: &[
                "Den {d1} fick jag besked från er kundtjänst att ärendet var avslutat, men den {d2} kom ett nytt krav på {amount}.",
                "I ert brev daterat den {d1} står det att skulden till {creditor} är {amount}, men det stämmer inte med vad jag fick besked om i telefon.",
            ],
            details: &[
                "Dessutom har jag fått en ny påminnelseavgift trots att felet ligger hos er.",
                "Handläggaren jag pratade med hette {officer} och lovade att allt var klart.",
            ],
            demands: &[
                "Jag vill ha en rättad specifikation av skulden.",
                "Jag vill att ni rättar felet och bekräftar skriftligt att skulden är reglerad.",
            ],
        },
    ],
    details: &[
        "Det här är tredje gången jag måste höra av mig om samma sak.",
        "Jag har lagt flera timmar på att reda ut något som borde ha varit enkelt.",
    ],
    remedies: &[
        "Att min betalning på {paid} registreras och att kravet justeras",
        "Att ansökan hos Kronofogden återkallas",
        "Att felet rättas och bekräftas skriftligt",
        "Att påminnelseavgiften på 60 kr som uppstod genom ert fel tas bort",
    ],
};

static FEES: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Varför har skulden ökat till {amount}?",
                "Orimliga avgifter på kravet från {creditor}",
            ],
            openings: &[
                "Min ursprungliga faktura från {creditor} var på {base}, men nu kräver ni {amount}.",
                "Av en skuld på {base} har det nu blivit {amount}, och jag förstår inte hur ni har räknat.",
            ],
            details: &[
                "Ingen har förklarat för mig vad räntan är beräknad på.",
                "Jag har försökt få en specifikation i telefon men fick bara höra att det är ”standardavgifter”.",
                "För mig som är pensionär är det här mycket pengar.",
            ],
            demands: &[
                "Skicka mig en fullständig specifikation över kapitalbelopp, ränta och avgifter.",
                "Jag vill att ni prövar om avgifterna verkligen är skäliga.",
            ],
        },
        Scenario {
            subjects: &["Dubbla avgifter i ärende {case}", "Klagomål på {fee_def}"],
            openings: &[
                "Jag har debiterats {fee_indef} på {fee} två gånger för samma faktura från {creditor}.",
            ],
            details: &[
                "Såvitt jag förstår får samma avgift bara tas ut en gång per krav.",
                "När jag ringde den {d1} höll handläggaren med om att det såg konstigt ut, men ingenting har ändrats.",
            ],
            demands: &[
                "Jag kräver att den dubbla avgiften krediteras.",
                "Jag vill att {fee_def} på {fee} tas bort.",
            ],
        },
        Scenario {
            subjects: &[
                "Inkassokrav utan påminnelse",
                "Ifrågasätter ränta och avgifter",
            ],
            openings: &[
                "Jag betalade fakturan till {creditor} bara tre dagar för sent och ändå har ni lagt på {fee_def} på {fee}.",
                "Jag fick aldrig någon påminnelse från {creditor} innan ert krav på {amount} kom.",
            ],
            details: &[
                "Såvitt jag vet får man inte ta ut avgifter hur som helst enligt inkassolagen.",
                "Hade jag fått en påminnelse hade jag betalat direkt.",
            ],
            demands: &[
                "Jag vill att {fee_def} på {fee} tas bort.",
                "Jag kräver att de felaktiga avgifterna krediteras.",
            ],
        },
        Scenario {
            subjects: &["Vägrar betala avgifterna", "Klagomål på {fee_def}"],
            openings: &[
                "Jag ifrågasätter {fee_def} på {fee} som har lagts på mitt ärende {case}.",
                "Jag har betalat hela skulden på {base} till {creditor} men ni kräver fortfarande {fee} i avgifter.",
            ],
            details: &[
                "Jag har betalat själva skulden men vägrar betala avgifterna.",
                "Betalningen gjordes den {d1}, samma dag som jag fick ert brev.",
            ],
            demands: &[
                "Jag vill att ärendet avslutas utan fler avgifter.",
                "Jag vill att ni prövar om avgifterna verkligen är skäliga.",
            ],
        },
    ],
    details: &[
        "Jag har svårt att få ihop ekonomin och varje krona räknas.",
        "Det känns som att ni tjänar pengar på att människor hamnar efter.",
    ],
    remedies: &[
        "Att avgiften på {fee} tas bort",
        "Att {fee_def} på {fee} krediteras",
        "En fullständig specifikation av ränta och avgifter",
        "Att räntan räknas om från rätt förfallodag",
    ],
};

static DISPUTED_CLAIM: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Har aldrig beställt något från {creditor}",
                "Jag bestrider kravet från {creditor}",
            ],
            openings: &[
                "Jag har aldrig beställt något från {creditor} och bestrider därför kravet på {amount} i sin helhet.",
            ],
            details: &[
                "Jag har aldrig bott på den adress som står på fakturan.",
                "Jag vet inte ens vad {creditor} säljer.",
                "Beloppet stämmer inte heller med någon faktura jag har fått.",
            ],
            demands: &[
                "Jag vill se det avtal eller den beställning som kravet grundar sig på.",
                "Jag begär att ni återkallar ärendet och bekräftar det skriftligt.",
            ],
        },
        Scenario {
            subjects: &["Skulden är redan betald", "Felaktigt krav på {amount}"],
            openings: &[
                "Skulden är redan betald, jag betalade {amount} direkt till {creditor} den {d1}.",
            ],
            details: &[
                "Jag har kvittot kvar och bifogar en kopia.",
                "När jag kontaktade {creditor} sa de att ärendet låg hos er och att de inte kunde göra något.",
                "Pengarna drogs från mitt konto samma dag.",
            ],
            demands: &[
                "Jag begär att ni återkallar ärendet och bekräftar det skriftligt.",
                "Jag kräver att ni omedelbart avbryter alla indrivningsåtgärder.",
            ],
        },
        Scenario {
            subjects: &[
                "Inte min skuld – misstänkt bedrägeri",
                "Bestridande av ärende {case}",
            ],
            openings: &[
                "Någon har uppenbarligen använt mina uppgifter för att handla hos {creditor}, och jag har polisanmält det som bedrägeri.",
            ],
            details: &[
                "Polisanmälan har diarienummer {police} och jag bifogar en kopia.",
                "Varorna skickades till en adress i en annan stad än där jag bor.",
                "Jag har också spärrat mitt bankkort och meddelat min bank.",
            ],
            demands: &[
                "Jag kräver att ni omedelbart avbryter alla indrivningsåtgärder.",
                "Lämna inte ärendet till Kronofogden, kravet är bestritt.",
            ],
        },
        Scenario {
            subjects: &[
                "Bestrider krav för uppsagt abonnemang",
                "Jag bestrider kravet från {creditor}",
            ],
            openings: &[
                "Kravet gäller ett abonnemang hos {creditor} som jag sade upp den {d1}, och jag bestrider allt som har fakturerats efter det.",
            ],
            details: &[
                "Jag har kvar bekräftelsen på uppsägningen och kan skicka den.",
                "Jag har inte använt tjänsten en enda gång efter uppsägningen.",
            ],
            demands: &[
                "Jag vill att kravet återkallas.",
                "Lämna inte ärendet till Kronofogden, kravet är bestritt.",
            ],
        },
        Scenario {
            subjects: &["Varan levererades aldrig", "Bestrider kravet på {amount}"],
            openings: &[
                "Jag bestrider kravet på {amount} från {creditor} eftersom varan aldrig levererades.",
            ],
            details: &[
                "Jag har kontaktat {creditor} flera gånger utan att få svar.",
                "Enligt spårningen står paketet fortfarande som ”under transport”.",
            ],
            demands: &["Jag vill se bevis på att varan faktiskt har levererats."],
        },
        Scenario {
            subjects: &[
                "Bestrider krav för returnerade varor",
                "Varorna är returnerade",
            ],
            openings: &[
                "Jag bestrider kravet från {creditor} eftersom jag returnerade varorna inom ångerfristen.",
            ],
            details: &[
                "Jag har kvar kvittot från ombudet som visar att paketet lämnades in den {d1}.",
                "{creditor} har aldrig bekräftat att returen kom fram.",
            ],
            demands: &["Jag begär att ni återkallar ärendet och bekräftar det skriftligt."],
        },
    ],
    details: &[
        "Eftersom kravet är bestritt ska ni inte driva det vidare förrän det är utrett.",
        "Jag har betalat mina räkningar i tid i hela mitt liv och tänker inte betala något jag inte är skyldig.",
    ],
    remedies: &[
        "Att kravet återkallas i sin helhet",
        "Att indrivningen avbryts tills kravet är utrett",
        "Att få se avtalet som kravet grundar sig på",
        "Att ärendet inte lämnas till Kronofogden",
    ],
};

static PAYMENT_PLAN: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Ansökan om avbetalningsplan nekad",
                "Kan inte betala {amount} på en gång",
            ],
            openings: &[
                "Jag ansökte den {d1} om att få dela upp skulden till {creditor} på {amount} men fick nej utan någon förklaring.",
                "Jag vill betala min skuld på {amount} till {creditor} men har inte möjlighet att göra det på en gång.",
            ],
            details: &[
                "Min inkomst efter skatt är drygt {income} i månaden och hyran tar det mesta av den.",
                "Jag förstår inte varför ni hellre skickar ärendet till Kronofogden än låter mig betala i lugn takt.",
            ],
            demands: &[
                "Jag föreslår att jag betalar {monthly_low} i månaden tills skulden är betald.",
                "Jag ber er att ge mig en rimlig avbetalningsplan.",
            ],
        },
        Scenario {
            subjects: &[
                "Avbetalningsplanen har hävts utan förvarning",
                "Hävd avbetalningsplan i ärende {case}",
            ],
            openings: &[
                "Jag har betalat {monthly} i månaden enligt vår överenskommelse, men nu skriver ni att avbetalningsplanen är hävd.",
            ],
            details: &[
                "En av inbetalningarna blev några dagar sen eftersom lönen kom senare, men jag betalade hela beloppet.",
                "Ingen hörde av sig till mig innan planen hävdes.",
            ],
            demands: &["Jag vill att avbetalningsplanen återupptas på samma villkor som tidigare."],
        },
        Scenario {
            subjects: &[
                "Begäran om ändrad avbetalningsplan",
                "Behöver betalningsuppehåll",
            ],
            openings: &[
                "Jag har blivit arbetslös och klarar inte längre att betala {monthly} i månaden på skulden till {creditor}.",
            ],
            details: &[
                "Jag har två barn att försörja och måste kunna betala mat och hyra.",
                "Jag har ansökt om ersättning från a-kassan men har inte fått något beslut än.",
                "Ingen har svarat på mitt mejl från den {d2}.",
            ],
            demands: &[
                "Jag vill ha ett uppehåll i betalningarna i {months} månader tills jag har fått ett nytt jobb.",
                "Jag föreslår att jag betalar {monthly_low} i månaden tills vidare.",
            ],
        },
        Scenario {
            subjects: &[
                "Orimliga villkor för delbetalning",
                "Kräver hälften direkt för avbetalningsplan",
            ],
            openings: &[
                "Handläggaren jag talade med den {d1} krävde att jag betalade hälften av {amount} direkt för att få en avbetalningsplan.",
            ],
            details: &[
                "Dessutom fick jag en avgift på 170 kr för planen, vilket känns orimligt.",
                "Det är omöjligt för mig att få fram så mycket pengar på en gång.",
            ],
            demands: &[
                "Jag ber er att ompröva villkoren och ge mig en rimlig plan.",
                "Jag föreslår att jag betalar {monthly_low} i månaden från och med nästa lön.",
            ],
        },
    ],
    details: &[
        "Jag har fått hjälp av kommunens budget- och skuldrådgivning att räkna på vad jag klarar.",
        "Jag vill verkligen bli skuldfri och göra rätt för mig.",
    ],
    remedies: &[
        "En avbetalningsplan på {monthly} i månaden",
        "Att den hävda avbetalningsplanen återupptas",
        "Ett betalningsuppehåll i {months} månader",
        "Att avgiften på 170 kr för avbetalningsplanen tas bort",
    ],
};

static COMMUNICATION: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Har inte fått något svar på mina mejl",
                "Inget svar sedan den {d1}",
            ],
            openings: &[
                "Jag har mejlat er tre gånger sedan den {d1} om skulden till {creditor} utan att få något svar.",
            ],
            details: &[
                "Jag har blivit lovad att bli uppringd två gånger, men ingen har hört av sig.",
                "Under tiden har skulden vuxit till {amount}.",
                "Chatten på er webbplats fungerar inte heller.",
            ],
            demands: &[
                "Jag vill ha ett skriftligt svar till min e-postadress.",
                "Jag vill att någon ringer upp mig och förklarar vad kravet gäller.",
            ],
        },
        Scenario {
            subjects: &[
                "Brev skickade till fel adress",
                "Har aldrig fått ert första brev",
            ],
            openings: &[
                "Era brev har skickats till min gamla adress trots att jag flyttade i god tid och anmälde det till Skatteverket.",
            ],
            details: &[
                "Därför fick jag veta om kravet från {creditor} först när det redan hade vuxit till {amount}.",
                "Min granne fick ett av breven i sin brevlåda, så nu vet en utomstående om min skuld.",
            ],
            demands: &[
                "Se till att ni har rätt adress och att alla brev skickas dit.",
                "Jag vill att avgifterna som uppstod när jag inte fick breven tas bort.",
            ],
        },
        Scenario {
            subjects: &["Omöjligt att nå er på telefon", "Orimligt lång telefonkö"],
            openings: &[
                "Det är i princip omöjligt att nå er kundtjänst, jag har ringt flera dagar i rad och väntat i kö i över {minutes} minuter.",
            ],
            details: &[
                "Jag jobbar skift och kan inte ringa under era korta telefontider.",
                "Samtalet bröts två gånger när jag äntligen var först i kön.",
                "Jag vill bara veta varför kravet från {creditor} är på {amount}.",
            ],
            demands: &[
                "Jag vill att någon ringer upp mig och förklarar vad kravet gäller.",
                "Jag vill kunna sköta ärendet via e-post i fortsättningen.",
            ],
        },
        Scenario {
            subjects: &["Sms och samtal sent på kvällen", "Kontakt på helger"],
            openings: &[
                "Jag fick ett sms från er klockan 21 en söndagskväll om en skuld på {amount} till {creditor}.",
            ],
            details: &[
                "Dagen efter ringde ni mig dessutom på jobbet.",
                "Jag har små barn som blir väckta av sådant.",
            ],
            demands: &["Jag vill inte bli kontaktad på kvällar och helger."],
        },
        Scenario {
            subjects: &[
                "Otydliga brev om skulden till {creditor}",
                "Förstår inte ert brev",
            ],
            openings: &[
                "Brevet jag fick den {d1} är så krångligt skrivet att jag inte förstår vad jag ska betala eller till vem.",
            ],
            details: &[
                "Det står olika belopp på första och andra sidan i brevet.",
                "Det framgår inte ens vilken faktura från {creditor} det gäller.",
            ],
            demands: &["Skicka en tydlig specifikation av vad jag ska betala och varför."],
        },
    ],
    details: &["Jag vill lösa det här, men ni gör det väldigt svårt."],
    remedies: &[
        "Att all kommunikation sker via e-post",
        "Att adressen rättas och att breven skickas om",
        "Att någon ringer upp och förklarar kravet",
        "Inga samtal eller sms på kvällar och helger",
    ],
};

static PERSONAL_DATA: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &[
                "Begäran om registerutdrag",
                "Registerutdrag enligt artikel 15 i GDPR",
            ],
            openings: &[
                "Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen över alla personuppgifter ni behandlar om mig.",
            ],
            details: &[
                "Jag vill också veta vilka ni har lämnat ut mina uppgifter till och hur länge ni sparar dem.",
                "Utdraget ska skickas till min folkbokföringsadress.",
                "Jag vet att ni har haft ett ärende om min skuld till {creditor}.",
            ],
            demands: &["Jag vill ha svar inom en månad, som lagen kräver."],
        },
        Scenario {
            subjects: &[
                "Begäran om radering av mina personuppgifter",
                "Radera mina uppgifter",
            ],
            openings: &[
                "Skulden till {creditor} är betald sedan den {d1} och jag begär därför att ni raderar mina personuppgifter.",
            ],
            details: &[
                "Jag har inget pågående ärende hos er och ser ingen anledning till att ni har kvar något om mig.",
                "Jag förstår att vissa uppgifter måste sparas enligt bokföringslagen, men inte mer än så.",
            ],
            demands: &[
                "Jag begär att alla uppgifter som inte måste sparas raderas och att ni bekräftar det skriftligt.",
            ],
        },
        Scenario {
            subjects: &[
                "Hur har ni fått mina uppgifter?",
                "Var kommer mitt telefonnummer ifrån?",
            ],
            openings: &[
                "Jag vill veta hur ni har fått tag på mitt telefonnummer och min e-postadress, som jag aldrig har lämnat till {creditor}.",
            ],
            details: &[
                "Numret är hemligt och finns inte hos någon nummerupplysning.",
                "Jag har aldrig gett någon tillåtelse att lämna ut mina uppgifter.",
            ],
            demands: &[
                "Jag vill få veta varifrån ni har uppgifterna och att de raderas om ni inte har rätt att ha dem.",
            ],
        },
        Scenario {
            subjects: &[
                "Felaktiga personuppgifter i ert register",
                "Fel namn och personnummer i ert brev",
            ],
            openings: &[
                "I ert brev om skulden till {creditor} står fel personnummer och ett efternamn jag inte har haft på flera år.",
            ],
            details: &[
                "Om ni inte rättar uppgifterna kommer jag att anmäla er till Integritetsskyddsmyndigheten.",
                "Ärendenumret är {case}.",
            ],
            demands: &["Rätta uppgifterna och meddela mig när det är gjort."],
        },
        Scenario {
            subjects: &[
                "Ni har lämnat ut uppgifter om min skuld",
                "Obehörigt utlämnande av uppgifter",
            ],
            openings: &[
                "Jag har fått veta att ni har lämnat ut uppgifter om min skuld till en annan person som ringde och frågade.",
            ],
            details: &[
                "Personen fick veta både beloppet {amount} och att skulden gäller {creditor}.",
                "Det var min före detta sambo, som jag inte har någon kontakt med längre.",
            ],
            demands: &[
                "Jag vill ha en förklaring till hur det här kunde hända.",
                "Jag vill veta vad ni gör för att det inte ska hända igen.",
            ],
        },
    ],
    details: &["Jag tar min personliga integritet på stort allvar."],
    remedies: &[
        "Ett fullständigt registerutdrag",
        "Att mina personuppgifter raderas",
        "Att de felaktiga personuppgifterna rättas",
        "Besked om vilka som har fått ta del av mina uppgifter",
    ],
};

static OTHER: Category = Category {
    scenarios: &[
        Scenario {
            subjects: &["Dödsboet har fått ett krav", "Krav till dödsbo"],
            openings: &[
                "Min pappa gick bort den {d1} och nu har dödsboet fått ett krav på {amount} som gäller {creditor}.",
            ],
            details: &[
                "Ni har skickat påminnelser trots att jag har meddelat att det pågår ett arvskifte.",
                "Det är jag som är dödsbodelägare och har hand om posten.",
            ],
            demands: &["Jag vill att ärendet pausas tills bouppteckningen är klar."],
        },
        Scenario {
            subjects: &["Klagomål från god man", "Krav till min huvudman"],
            openings: &[
                "Jag är god man för en person som har fått ett krav på {amount} från {creditor} och vill framföra klagomål.",
            ],
            details: &[
                "Min huvudman kan inte hantera sin post på egen hand.",
                "Ni har fått mitt förordnande från överförmyndaren men skickar ändå breven direkt till min huvudman.",
            ],
            demands: &["Jag vill att all kommunikation går via mig i fortsättningen."],
        },
        Scenario {
            subjects: &[
                "Kan inte betala via er webbplats",
                "Betalningen fungerar inte",
            ],
            openings: &[
                "Betalningen på er webbplats har inte fungerat sedan den {d1}, så jag har inte kunnat betala skulden till {creditor}.",
            ],
            details: &[
                "Jag har försökt betala med kort flera gånger men betalningen går inte igenom.",
                "Nu har jag fått en påminnelse trots att det är ert system som inte fungerar.",
            ],
            demands: &[
                "Jag vill att betalningen åtgärdas och att jag inte får några extra avgifter.",
            ],
        },
        Scenario {
            subjects: &[
                "Synpunkter på er hantering",
                "Övrigt klagomål",
                "Fråga om ärende {case}",
            ],
            openings: &[
                "Jag har en allmän synpunkt på hur ni hanterar ärenden som gäller {creditor}.",
                "Jag vet inte riktigt vart jag ska vända mig, men jag är missnöjd med hur mitt ärende {case} har hanterats.",
            ],
            details: &[
                "Det är svårt att veta vad som är ett riktigt krav och vad som är bedrägeri när breven ser ut så här.",
                "Jag har inte fått något besked om vad som händer härnäst.",
            ],
            demands: &[
                "Jag hoppas att ni tar till er av det här.",
                "Ge mig besked om hur jag ska gå vidare.",
            ],
        },
    ],
    details: &[],
    remedies: &[
        "Att ärendet pausas tills dödsboet är utrett",
        "Att all kommunikation går via god man",
        "Att betalningen på webbplatsen åtgärdas",
        "Ett tydligt besked om hur ärendet går vidare",
    ],
};

const UPSET_LINES: &[&str] = &[
    "Jag är ärligt talat chockad över hur ni behandlar människor.",
    "Det här är helt oacceptabelt!",
    "Jag är trött på att behöva jaga er för att få ordning på det här.",
    "Jag funderar på att kontakta Konsumentverket om det här inte löses.",
    "Är det verkligen så här ett seriöst inkassoföretag ska arbeta?",
];

const FORMAL_LINES: &[&str] = &[
    "Jag ser fram emot ert skriftliga svar.",
    "Tacksam för snabb återkoppling.",
    "Jag nås enklast via e-post.",
    "Jag förutsätter att ni hanterar mitt klagomål enligt er klagomålsrutin.",
];

const NOTES: &[&str] = &[
    "Kontrollerat betalningshistoriken i inkassosystemet: inbetalning {paid} registrerad {s1}.",
    "Kontrollerat betalningshistoriken: ingen inbetalning registrerad efter {s1}. Bett kunden skicka kvitto.",
    "Gått igenom ärendet. Inkassokrav skickat {s1} och påminnelse {s2}, båda till folkbokföringsadressen.",
    "Jämfört adressen med SPAR: kunden flyttade {s1}, men kravet skickades {s2} till den gamla adressen.",
    "Begärt avtal och fakturakopior från uppdragsgivaren. Bevakning satt till {s2}.",
    "Lyssnat på inspelat samtal från {s1}, {minutes} min. Handläggaren var saklig men avbröt kunden flera gånger.",
    "Uppdragsgivaren bekräftar per e-post att fakturan på {amount} krediterades {s1}.",
    "Summerat avgifterna i ärendet: {fee_indef} {fee} har debiterats två gånger.",
    "Registerutdrag sammanställt, {pages} sidor. Skickas till folkbokföringsadressen.",
    "Ärendet pausat i inkassosystemet i {days} dagar medan klagomålet utreds.",
    "Kapitalbelopp {base}, totalt med ränta och avgifter {amount}. Räntan löper från förfallodagen {s1}, stämmer.",
    "Kopia av polisanmälan {police} mottagen. Ärendet flaggat som möjligt bedrägeri.",
    "Inbetalning {paid} hittad på fel OCR-nummer, flyttad till rätt ärende {s2}.",
];

const PHONE_CALLS: &[&str] = &[
    "Ringt kunden, ingen svarade. Försöker igen i morgon.",
    "Ringt kunden {time}, ingen svarade. Lämnat röstmeddelande med ärendenummer {case}.",
    "Samtal med kunden {time}, {minutes} min. Kunden står fast vid att skulden är betald och mejlar kvitto.",
    "Kunden ringde in och ville ha besked. Förklarat att vi inväntar underlag från uppdragsgivaren.",
    "Samtal med kunden, {minutes} min. Kunden erbjuder {monthly} per månad i {months} månader.",
    "Ringt uppdragsgivarens kundtjänst: de bekräftar att {amount} fortfarande är obetalt.",
    "Kunden var upprörd i början av samtalet men lugnade sig. Gått igenom avgifterna punkt för punkt.",
    "Sökt kunden två gånger under dagen utan svar. Skickat sms med ärendenummer {case}.",
    "Talat med kundens gode man, som vill att all post skickas till honom framöver.",
    "Återkopplat beslutet till kunden per telefon, {minutes} min. Kunden nöjd med utfallet.",
    "Ringt kunden {time} och bett om kopia av uppsägningen. Kunden mejlar den i dag.",
];

const DECISIONS: &[&str] = &[
    "Beslut: avgiften för betalningspåminnelsen krediteras, 60 kr.",
    "Beslut: {fee_def} på {fee} krediteras eftersom kravet skickades till fel adress.",
    "Beslut: klagomålet avslås. Kravet är riktigt och avgifterna följer inkassolagen.",
    "Beslut: ärendet återkallas i sin helhet och {amount} avskrivs. Uppdragsgivaren informerad.",
    "Beslut: avbetalningsplan beviljas, {monthly} per månad i {months} månader från {s2}.",
    "Beslut: klagomålet bifalls delvis. Räntan för perioden {s1}–{s2} stryks.",
    "Beslut: personuppgifter som inte måste sparas enligt bokföringslagen raderas.",
    "Beslut: indrivningen pausas i {days} dagar i väntan på underlag från uppdragsgivaren.",
    "Beslut: ingen ändring i ärendet. Kunden får skriftligt svar med motivering och information om ARN.",
    "Beslut: skriftlig ursäkt skickas till kunden och samtalet tas upp vid nästa teamträff.",
    "Beslut: inbetalningen på {paid} bokförs om till rätt ärende och den extra avgiften krediteras.",
    "Beslut: kravet är bestritt, ärendet lämnas tillbaka till uppdragsgivaren för ställningstagande.",
];

/// Generates a synthetic person born in a year within `born_between` (inclusive, either order).
pub fn person<R: Rng + ?Sized>(rng: &mut R, born_between: (i32, i32)) -> Person {
    let male = rng.random_bool(0.5);
    let first_name = pick(rng, if male { MALE_NAMES } else { FEMALE_NAMES }).to_owned();
    let last_name = pick(rng, LAST_NAMES).to_owned();
    let (year, personnummer) = birth_personnummer(rng, born_between, male);
    let street = street(rng);
    let (postal_code, city) = postal_address(rng);
    let email = email(rng, &first_name, &last_name, year);
    let phone = phone(rng);
    Person {
        first_name,
        last_name,
        personnummer,
        street,
        postal_code,
        city,
        email,
        phone,
    }
}

/// Luhn check digit over the ten-digit form without its last digit (YYMMDDNNN);
/// `None` unless the input is exactly nine ascii digits.
pub fn luhn_check_digit(nine_digits: &str) -> Option<u8> {
    if nine_digits.len() != 9 || !nine_digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits: Vec<u8> = nine_digits.bytes().map(|b| b - b'0').collect();
    Some(luhn_digit(&digits))
}

/// A fictional Swedish-sounding creditor (uppdragsgivare).
pub fn creditor<R: Rng + ?Sized>(rng: &mut R) -> &'static str {
    pick(rng, CREDITORS)
}

/// An 8–10 digit collection case number whose last digit is an OCR (Luhn) check digit.
pub fn debt_case_number<R: Rng + ?Sized>(rng: &mut R) -> String {
    let len = rng.random_range(8..=10);
    let mut digits = vec![rng.random_range(1..=9u8)];
    while digits.len() < len - 1 {
        digits.push(rng.random_range(0..=9u8));
    }
    digits.push(luhn_digit(&digits));
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

/// Subject and description of a complaint in `category`, one of "treatment",
/// "handling_error", "fees", "disputed_claim", "payment_plan", "communication",
/// "personal_data", "other" (anything else is treated as "other").
pub fn complaint_text<R: Rng + ?Sized>(
    rng: &mut R,
    category: &str,
    creditor: &str,
    amount_kr: i64,
) -> (String, String) {
    let category = category_templates(category);
    let scenario = pick(rng, category.scenarios);
    let vars = Vars::new(rng, creditor, amount_kr);
    let subject = vars.fill(pick(rng, scenario.subjects));
    let description = description(rng, category, scenario, &vars);
    (subject, description)
}

/// A case officer's entry of `kind` "note", "phone_call" or "decision" (anything else: "note").
pub fn note_text<R: Rng + ?Sized>(rng: &mut R, kind: &str) -> String {
    let table = match kind {
        "phone_call" => PHONE_CALLS,
        "decision" => DECISIONS,
        _ => NOTES,
    };
    let amount = round_to(rng.random_range(150..=30_000), 10);
    let vars = Vars::new(rng, "uppdragsgivaren", amount);
    vars.fill(pick(rng, table))
}

/// What the complainant asks for in `category`, e.g. "Att avgiften på 180 kr tas bort".
pub fn remedy_text<R: Rng + ?Sized>(rng: &mut R, category: &str) -> String {
    let amount = round_to(rng.random_range(200..=20_000), 10);
    let vars = Vars::new(rng, "uppdragsgivaren", amount);
    vars.fill(pick(rng, category_templates(category).remedies))
}

fn category_templates(category: &str) -> &'static Category {
    match category {
        "treatment" => &TREATMENT,
        "handling_error" => &HANDLING_ERROR,
        "fees" => &FEES,
        "disputed_claim" => &DISPUTED_CLAIM,
        "payment_plan" => &PAYMENT_PLAN,
        "communication" => &COMMUNICATION,
        "personal_data" => &PERSONAL_DATA,
        _ => &OTHER,
    }
}

/// Opening, up to three distinct details, usually a demand, sometimes a remark on tone:
/// always 2–6 sentences since every fragment is exactly one sentence.
fn description<R: Rng + ?Sized>(
    rng: &mut R,
    category: &Category,
    scenario: Scenario,
    vars: &Vars,
) -> String {
    let mut parts = vec![pick(rng, scenario.openings)];
    let pool: Vec<&str> = scenario
        .details
        .iter()
        .chain(category.details)
        .copied()
        .collect();
    let count = rng.random_range(0..=3);
    parts.extend(pool.choose_multiple(rng, count).copied());
    if parts.len() == 1 || rng.random_bool(0.8) {
        parts.push(pick(rng, scenario.demands));
    }
    if rng.random_bool(0.45) {
        let tone = if rng.random_bool(0.5) {
            UPSET_LINES
        } else {
            FORMAL_LINES
        };
        parts.push(pick(rng, tone));
    }
    vars.fill(&parts.join(" "))
}

/// Values for the `{name}` placeholders of every template table.
struct Vars {
    pairs: Vec<(&'static str, String)>,
}

impl Vars {
    fn new<R: Rng + ?Sized>(rng: &mut R, creditor: &str, amount_kr: i64) -> Self {
        let mut pairs = vec![("{creditor}", creditor.to_owned())];
        pairs.extend(Self::money(rng, amount_kr));
        pairs.extend(Self::dates(rng));
        pairs.extend(Self::references(rng));
        Self { pairs }
    }

    fn money<R: Rng + ?Sized>(rng: &mut R, amount_kr: i64) -> Vec<(&'static str, String)> {
        let (fee_def, fee_indef, fee) = pick(rng, FEE_LEVELS);
        let base = share(rng, amount_kr, 55..=85);
        let paid = if rng.random_bool(0.5) {
            amount_kr
        } else {
            share(rng, amount_kr, 30..=70)
        };
        // A plan of 4–18 months, within what collectors usually accept from consumers.
        let monthly = round_to((amount_kr / rng.random_range(4..=18)).clamp(200, 2_500), 50);
        let income = round_to(rng.random_range(9_000..=24_000), 500);
        vec![
            ("{amount}", format_kr(amount_kr)),
            ("{base}", format_kr(base)),
            ("{paid}", format_kr(paid)),
            ("{fee_def}", fee_def.to_owned()),
            ("{fee_indef}", fee_indef.to_owned()),
            ("{fee}", format_kr(fee)),
            ("{monthly}", format_kr(monthly)),
            (
                "{monthly_low}",
                format_kr(round_to(monthly / 2, 50).max(200)),
            ),
            ("{income}", format_kr(income)),
        ]
    }

    fn dates<R: Rng + ?Sized>(rng: &mut R) -> Vec<(&'static str, String)> {
        let ((day1, month1), (day2, month2)) = two_dates(rng);
        let hour = rng.random_range(8..=17);
        let minute = rng.random_range(0..12) * 5;
        vec![
            ("{d1}", format!("{day1} {}", month_name(month1))),
            ("{d2}", format!("{day2} {}", month_name(month2))),
            ("{s1}", format!("{day1}/{month1}")),
            ("{s2}", format!("{day2}/{month2}")),
            ("{time}", format!("kl. {hour}.{minute:02}")),
        ]
    }

    fn references<R: Rng + ?Sized>(rng: &mut R) -> Vec<(&'static str, String)> {
        let officer = if rng.random_bool(0.5) {
            pick(rng, FEMALE_NAMES)
        } else {
            pick(rng, MALE_NAMES)
        };
        let police = format!(
            "{}-K{}-{}",
            rng.random_range(5000..=5999),
            rng.random_range(100_000..=999_999),
            rng.random_range(20..=26)
        );
        vec![
            ("{case}", debt_case_number(rng)),
            ("{officer}", officer.to_owned()),
            ("{police}", police),
            ("{minutes}", rng.random_range(4..=55).to_string()),
            ("{months}", rng.random_range(2..=6).to_string()),
            ("{days}", pick(rng, &["10", "14", "20", "30"]).to_owned()),
            ("{pages}", rng.random_range(2..=14).to_string()),
        ]
    }

    fn fill(&self, template: &str) -> String {
        self.pairs
            .iter()
            .fold(template.to_owned(), |text, (key, value)| {
                text.replace(key, value)
            })
    }
}

/// Uniform pick that never panics: an empty slice gives the default value.
fn pick<T: Copy + Default, R: Rng + ?Sized>(rng: &mut R, items: &[T]) -> T {
    if items.is_empty() {
        return T::default();
    }
    items
        .get(rng.random_range(0..items.len()))
        .copied()
        .unwrap_or_default()
}

/// Whole kronor with a space as thousands separator: 12500 → "12 500 kr".
fn format_kr(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if amount < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out.push_str(" kr");
    out
}

/// `percent` per cent of `amount`, rounded to whole tens.
fn share<R: Rng + ?Sized>(rng: &mut R, amount: i64, percent: RangeInclusive<i64>) -> i64 {
    round_to(amount.saturating_mul(rng.random_range(percent)) / 100, 10)
}

fn round_to(value: i64, step: i64) -> i64 {
    value.saturating_add(step / 2) / step * step
}

/// Two (day, month) dates in one year, the second in a later month.
fn two_dates<R: Rng + ?Sized>(rng: &mut R) -> ((u32, u32), (u32, u32)) {
    let month1 = rng.random_range(1..=11);
    let month2 = rng.random_range(month1 + 1..=(month1 + 3).min(12));
    let first = (rng.random_range(1..=28), month1);
    (first, (rng.random_range(1..=28), month2))
}

fn month_name(month: u32) -> &'static str {
    let index = usize::try_from(month.saturating_sub(1)).unwrap_or_default();
    MONTHS.get(index).copied().unwrap_or("januari")
}

/// Luhn digit for `digits` when appended: weights 2, 1, 2, … from the right.
fn luhn_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let v = u32::from(d) * if i % 2 == 0 { 2 } else { 1 };
            if v > 9 { v - 9 } else { v }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Birth year and personnummer "YYYYMMDD-NNNC"; the third birth-number digit is odd for men.
fn birth_personnummer<R: Rng + ?Sized>(rng: &mut R, born: (i32, i32), male: bool) -> (i32, String) {
    // Clamped so the 12-digit form always has a four-digit year and a valid date.
    let lo = born.0.min(born.1).clamp(1900, 2099);
    let hi = born.0.max(born.1).clamp(1900, 2099);
    let year = rng.random_range(lo..=hi);
    let month = rng.random_range(1..=12u32);
    let day = rng.random_range(1..=days_in_month(year, month));
    let mut serial = rng.random_range(0..500u32) * 2 + u32::from(male);
    if serial == 0 {
        serial = 2;
    }
    let yy = year % 100;
    let short = format!("{yy:02}{month:02}{day:02}{serial:03}");
    let digits: Vec<u8> = short.bytes().map(|b| b - b'0').collect();
    let check = luhn_digit(&digits);
    (year, format!("{year}{month:02}{day:02}-{serial:03}{check}"))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn street<R: Rng + ?Sized>(rng: &mut R) -> String {
    let stem = pick(rng, STREET_STEMS);
    let suffix = pick(rng, STREET_SUFFIXES);
    let mut street = format!("{stem}{suffix} {}", rng.random_range(1..=80));
    if rng.random_bool(0.15) {
        street.push(' ');
        street.push_str(pick(rng, &["A", "B", "C", "D"]));
    }
    if rng.random_bool(0.35) {
        // Lantmäteriet apartment numbers: two digits floor (10 = entrance level), two digits door.
        let floor = rng.random_range(10..=16);
        let door = rng.random_range(1..=9);
        street.push_str(&format!(" lgh {floor}{door:02}"));
    }
    street
}

fn postal_address<R: Rng + ?Sized>(rng: &mut R) -> (String, String) {
    let (city, lo, hi) = pick(rng, CITIES);
    let prefix = rng.random_range(lo..=hi);
    let suffix = rng.random_range(0..=99);
    (format!("{prefix} {suffix:02}"), city.to_owned())
}

fn email<R: Rng + ?Sized>(rng: &mut R, first: &str, last: &str, year: i32) -> String {
    let first = ascii_slug(first);
    let last = ascii_slug(last);
    let initial: String = first.chars().take(1).collect();
    let yy = year.rem_euclid(100);
    let local = match rng.random_range(0..5) {
        0 => format!("{first}.{last}"),
        1 => format!("{first}{last}"),
        2 => format!("{first}.{last}{yy:02}"),
        3 => format!("{initial}.{last}"),
        _ => format!("{first}_{last}{}", rng.random_range(1..100)),
    };
    format!("{local}@{}", pick(rng, MAIL_DOMAINS))
}

/// Lower-case ascii letters and digits only; diacritics folded, everything else dropped.
fn ascii_slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.to_lowercase().chars() {
        match c {
            'å' | 'ä' | 'á' | 'à' => out.push('a'),
            'ö' | 'ø' | 'ó' => out.push('o'),
            'é' | 'è' | 'ë' => out.push('e'),
            'ü' => out.push('u'),
            'ć' | 'č' | 'ç' => out.push('c'),
            'š' | 'ş' => out.push('s'),
            'ž' => out.push('z'),
            'ğ' => out.push('g'),
            'æ' => out.push_str("ae"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

fn phone<R: Rng + ?Sized>(rng: &mut R) -> String {
    // Only the series PTS reserves for fiction, so no real subscriber is ever shown.
    let n = rng.random_range(0..=99);
    match rng.random_range(0..10) {
        0 => format!("08-465 004 {n:02}"),
        1 => format!("031-390 06 {n:02}"),
        2 => format!("040-628 04 {n:02}"),
        3 => format!("0980-31 92 {n:02}"),
        _ => format!("070-174 06 {:02}", rng.random_range(5..=99)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;
    use std::collections::HashSet;

    const CATEGORIES: &[&str] = &[
        "treatment",
        "handling_error",
        "fees",
        "disputed_claim",
        "payment_plan",
        "communication",
        "personal_data",
        "other",
    ];

    fn rng(seed: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(seed)
    }

    fn sample(seed: u64) -> Vec<String> {
        let mut rng = rng(seed);
        let mut out = Vec::new();
        for i in 0..200 {
            out.push(format!("{:?}", person(&mut rng, (1940, 2005))));
            let category = CATEGORIES[i % CATEGORIES.len()];
            let creditor = creditor(&mut rng);
            let (subject, description) = complaint_text(&mut rng, category, creditor, 1_250);
            out.extend([subject, description, debt_case_number(&mut rng)]);
            out.push(note_text(
                &mut rng,
                ["note", "phone_call", "decision"][i % 3],
            ));
            out.push(remedy_text(&mut rng, category));
        }
        out
    }

    fn sentences(text: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        chars
            .iter()
            .enumerate()
            .filter(|&(i, c)| {
                matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            })
            .count()
    }

    #[test]
    fn same_seed_gives_identical_output() {
        assert_eq!(sample(7), sample(7));
        assert_ne!(sample(7), sample(8));
    }

    #[test]
    fn personnummer_are_valid_and_match_name_gender() {
        let mut rng = rng(1);
        for _ in 0..1_000 {
            let p = person(&mut rng, (1930, 2007));
            let parsed = ::personnummer::Personnummer::new(&p.personnummer);
            assert!(parsed.is_ok(), "{}", p.personnummer);
            let Ok(pnr) = parsed else { continue };
            assert!(pnr.valid(), "{}", p.personnummer);
            assert!((1930..=2007).contains(&pnr.year()));
            assert_ne!(pnr.serial(), 0);
            assert_eq!(pnr.is_male(), MALE_NAMES.contains(&p.first_name.as_str()));
            assert_eq!(p.personnummer.len(), 13);
            assert_eq!(p.personnummer.as_bytes()[8], b'-');
        }
    }

    #[test]
    fn birth_years_accept_reversed_and_single_year_ranges() {
        let mut rng = rng(2);
        for _ in 0..50 {
            assert!(
                person(&mut rng, (1990, 1980)).personnummer[..4]
                    .parse::<i32>()
                    .is_ok_and(|y| (1980..=1990).contains(&y))
            );
            assert!(
                person(&mut rng, (2000, 2000))
                    .personnummer
                    .starts_with("2000")
            );
        }
    }

    #[test]
    fn luhn_matches_known_examples() {
        assert_eq!(luhn_check_digit("811218987"), Some(6));
        assert_eq!(luhn_check_digit("640823323"), Some(4));
        assert_eq!(luhn_check_digit("121212121"), Some(2));
        assert_eq!(luhn_check_digit("81121898"), None);
        assert_eq!(luhn_check_digit("8112189876"), None);
        assert_eq!(luhn_check_digit("81121898a"), None);
        assert_eq!(luhn_check_digit("8112189８"), None);
    }

    #[test]
    fn postal_codes_have_swedish_format_and_city_range() {
        let mut rng = rng(3);
        for _ in 0..1_000 {
            let p = person(&mut rng, (1950, 2000));
            let b = p.postal_code.as_bytes();
            assert_eq!(b.len(), 6, "{}", p.postal_code);
            assert!(b[..3].iter().chain(&b[4..]).all(u8::is_ascii_digit));
            assert_eq!(b[3], b' ');
            let prefix: u16 = p.postal_code[..3].parse().unwrap_or_default();
            let range = CITIES.iter().find(|c| c.0 == p.city).map(|c| c.1..=c.2);
            assert!(
                range.is_some_and(|r| r.contains(&prefix)),
                "{} {}",
                p.postal_code,
                p.city
            );
        }
    }

    #[test]
    fn emails_are_lower_case_ascii_with_one_at() {
        let mut rng = rng(4);
        for _ in 0..1_000 {
            let email = person(&mut rng, (1950, 2000)).email;
            assert_eq!(email.matches('@').count(), 1, "{email}");
            assert!(
                email.chars().all(|c| c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || matches!(c, '.' | '_' | '@')),
                "{email}"
            );
            assert!(!email.starts_with(['.', '@']), "{email}");
        }
        assert_eq!(ascii_slug("Renée"), "renee");
        assert_eq!(ascii_slug("Öberg"), "oberg");
        assert_eq!(ascii_slug("Petrović"), "petrovic");
    }

    #[test]
    fn phones_and_streets_look_swedish() {
        let prefixes = [
            "070-174 06 ",
            "08-465 004 ",
            "031-390 06 ",
            "040-628 04 ",
            "0980-31 92 ",
        ];
        let mut rng = rng(5);
        for _ in 0..500 {
            let p = person(&mut rng, (1950, 2000));
            assert!(
                prefixes.iter().any(|x| p.phone.starts_with(x)),
                "{}",
                p.phone
            );
            assert!(p.street.chars().any(|c| c.is_ascii_digit()), "{}", p.street);
            assert!(
                p.street.starts_with(|c: char| c.is_uppercase()),
                "{}",
                p.street
            );
        }
    }

    #[test]
    fn case_numbers_have_8_to_10_digits_and_valid_check_digit() {
        let mut rng = rng(6);
        for _ in 0..500 {
            let n = debt_case_number(&mut rng);
            assert!((8..=10).contains(&n.len()) && !n.starts_with('0'), "{n}");
            let digits: Vec<u8> = n.bytes().map(|b| b - b'0').collect();
            assert!(digits.iter().all(|&d| d <= 9));
            let (body, check) = digits.split_at(digits.len() - 1);
            assert_eq!(luhn_digit(body), check[0], "{n}");
        }
    }

    #[test]
    fn complaints_are_varied_filled_and_sized() {
        let mut rng = rng(9);
        for &category in CATEGORIES {
            let mut subjects = HashSet::new();
            let mut mentions_creditor = false;
            for _ in 0..100 {
                let (subject, description) =
                    complaint_text(&mut rng, category, "Norrsken Energi AB", 12_500);
                assert!(!subject.is_empty() && !description.is_empty());
                for text in [&subject, &description] {
                    assert!(!text.contains(['{', '}']), "{text}");
                }
                let n = sentences(&description);
                assert!((2..=6).contains(&n), "{n}: {description}");
                mentions_creditor |= description.contains("Norrsken Energi AB");
                subjects.insert(subject);
            }
            assert!(subjects.len() >= 3, "{category}: {subjects:?}");
            assert!(mentions_creditor, "{category}");
        }
    }

    #[test]
    fn notes_and_remedies_are_filled() {
        let mut rng = rng(10);
        for kind in ["note", "phone_call", "decision", "unknown"] {
            let texts: HashSet<String> = (0..200).map(|_| note_text(&mut rng, kind)).collect();
            assert!(texts.len() >= 8, "{kind}");
            assert!(
                texts
                    .iter()
                    .all(|t| !t.is_empty() && !t.contains(['{', '}']))
            );
        }
        assert!(note_text(&mut rng, "decision").starts_with("Beslut: "));
        for &category in CATEGORIES {
            for _ in 0..50 {
                let remedy = remedy_text(&mut rng, category);
                assert!(
                    !remedy.is_empty() && !remedy.contains(['{', '}']),
                    "{remedy}"
                );
            }
        }
    }

    #[test]
    fn tables_are_large_enough() {
        assert!(FEMALE_NAMES.len() + MALE_NAMES.len() >= 60);
        assert!(LAST_NAMES.len() >= 60);
        assert!(STREET_STEMS.len() >= 40);
        assert!(CITIES.len() >= 40);
        assert!((18..=25).contains(&CREDITORS.len()));
        assert!(NOTES.len() >= 8 && PHONE_CALLS.len() >= 8 && DECISIONS.len() >= 8);
        for &category in CATEGORIES {
            let c = category_templates(category);
            let count = |f: fn(&Scenario) -> usize| c.scenarios.iter().map(f).sum::<usize>();
            assert!(count(|s| s.subjects.len()) >= 8, "{category}");
            assert!(count(|s| s.openings.len()) >= 4, "{category}");
            assert!(c.remedies.len() >= 4, "{category}");
            for s in c.scenarios {
                assert!(
                    !s.subjects.is_empty() && !s.openings.is_empty(),
                    "{category}"
                );
                assert!(!s.demands.is_empty() && !s.details.is_empty(), "{category}");
            }
        }
        let names: HashSet<_> = FEMALE_NAMES.iter().chain(MALE_NAMES).collect();
        assert_eq!(names.len(), FEMALE_NAMES.len() + MALE_NAMES.len());
    }

    #[test]
    fn kronor_use_space_as_thousands_separator() {
        assert_eq!(format_kr(0), "0 kr");
        assert_eq!(format_kr(999), "999 kr");
        assert_eq!(format_kr(1_250), "1 250 kr");
        assert_eq!(format_kr(12_500), "12 500 kr");
        assert_eq!(format_kr(1_234_567), "1 234 567 kr");
        assert_eq!(format_kr(-1_250), "-1 250 kr");
    }
}
