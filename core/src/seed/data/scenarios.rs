//! Complaint scenarios per category: subjects, openings, details and demands, in the words
//! complainants use.

/// One coherent complaint story: its subject lines, how it opens, details and demands that fit it.
#[derive(Clone, Copy, Default)]
pub(super) struct Scenario {
    pub(super) subjects: &'static [&'static str],
    pub(super) openings: &'static [&'static str],
    pub(super) details: &'static [&'static str],
    pub(super) demands: &'static [&'static str],
}

/// The stories of one complaint category, details that fit all of them, and typical remedies.
pub(super) struct Category {
    pub(super) scenarios: &'static [Scenario],
    pub(super) details: &'static [&'static str],
    pub(super) remedies: &'static [&'static str],
}

pub(super) static TREATMENT: Category = Category {
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

pub(super) static HANDLING_ERROR: Category = Category {
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

pub(super) static FEES: Category = Category {
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

pub(super) static DISPUTED_CLAIM: Category = Category {
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

pub(super) static PAYMENT_PLAN: Category = Category {
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

pub(super) static COMMUNICATION: Category = Category {
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

pub(super) static PERSONAL_DATA: Category = Category {
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

pub(super) static OTHER: Category = Category {
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
