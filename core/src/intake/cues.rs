//! The words that point to a kind and a category of case, each with its weight (1 a hint, 2 a
//! sign, 3 a plain statement). A cue is words in lower case: `a|b` either, `betal*` a prefix,
//! `*avgift*` within a compound, `..` up to two other words between.

use crate::domain::{CaseKind, Category};

/// A cue: its words, the kind and category it points to, its weight.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub words: &'static str,
    pub kind: Option<CaseKind>,
    pub category: Option<Category>,
    pub weight: u8,
}

/// The debt itself is disputed.
const fn objection(words: &'static str, weight: u8) -> Cue {
    Cue {
        words,
        kind: Some(CaseKind::Objection),
        category: Some(Category::DisputedClaim),
        weight,
    }
}

/// A request about personal data: access, rectification, erasure.
const fn personal(words: &'static str, weight: u8) -> Cue {
    Cue {
        words,
        kind: Some(CaseKind::PersonalData),
        category: Some(Category::PersonalData),
        weight,
    }
}

/// Dissatisfaction with how the matter was handled, of a category.
const fn complaint(category: Category, words: &'static str, weight: u8) -> Cue {
    Cue {
        words,
        kind: Some(CaseKind::Complaint),
        category: Some(category),
        weight,
    }
}

/// Dissatisfaction, of no particular category.
const fn any_complaint(words: &'static str, weight: u8) -> Cue {
    Cue {
        words,
        kind: Some(CaseKind::Complaint),
        category: None,
        weight,
    }
}

/// What the matter is about, whatever the kind.
const fn about(category: Category, words: &'static str, weight: u8) -> Cue {
    Cue {
        words,
        kind: None,
        category: Some(category),
        weight,
    }
}

use Category::{Communication, Fees, HandlingError, PaymentPlan, PersonalData as Data, Treatment};

/// Every cue, one a line. Order matters only among cues of equal weight and length.
#[rustfmt::skip]
pub static CUES: &[Cue] = &[
    // The debt is disputed (FI: not ordered, not delivered as ordered, already paid).
    objection("bestrid*|bestred|bestreds", 3),
    objection("invänd* .. mot .. *krav*|*skuld*|fordran*|*faktura*", 3),
    objection("redan .. betalt|betalat|betald|betalda|betalad|betalade|betalades|betalats|slutbetalt|slutbetalat|slutbetald|reglerat|reglerad", 3),
    objection("betalt|betalat|betalade|betalades|betalats|betald|reglerat|reglerade .. redan", 3),
    objection("betalning*|inbetalning* .. har|är .. redan .. skett|gjorts|gjord", 3),
    objection("är|var|blev|har|blivit .. betald|betalt|betalat|betalad|betalats|slutbetald|reglerad|reglerats", 1),
    objection("betalade|betalat|betalt|betalades|betalats .. faktura*|skuld*|beloppet|kravet|räkning*|hela", 1),
    objection("*faktura*|*skuld*|beloppet|*krav*|räkning* .. betalades|betalats|betalad|betald|betalt|reglerades|reglerats", 1),
    objection("inte|ej|aldrig .. betala* .. igen|två|dubbelt", 2),
    objection("inte|ej min|mitt|mina *skuld*|*faktura*|lån*|*krav*|abonnemang*", 3),
    objection("inte|ej|aldrig skyldig|skyldiga", 3),
    objection("skyldig .. ingenting|inget|inga", 3),
    objection("ingen|inga skuld*", 3),
    objection("aldrig|inte|ej .. beställt|beställde|beställa|köpt|köpte|handlat|tecknat|tecknade|ingått|ingick|undertecknat|signerat|lånat", 3),
    objection("aldrig|inte .. haft|varit .. avtal*|kund|abonnemang*", 3),
    objection("inget|något .. avtal* .. med", 2),
    objection("preskri*", 3),
    objection("reklamer*|reklamation*", 3),
    objection("häv*|hävt|hävde .. köp*|köpet|avtal*", 3),
    objection("ångerrätt*|ångrat|ångrade", 3),
    objection("returner*|skickat|skickade .. tillbaka|retur", 2),
    objection("aldrig|inte .. levererat|levererats|levererad|levererades|kommit|fått .. varan|varorna|paketet|tjänsten", 3),
    objection("identitetsstöld*|identitetskap*|id-kap*|id-stöld*|idkap*|bedrägeri|bedrägeriet|bedragare*", 3),
    objection("kapad|kapat|kapade|stulen|stulit|stal .. identitet*|id", 3),
    objection("identitet* .. kapad|kapats|kapades|stulen|stulits", 3),
    objection("felaktig|felaktigt .. *krav*|fordran*|*skuld*", 2),
    objection("kravet|fordran|skulden|fakturan .. är .. felaktig*|fel", 2),
    objection("tvist*|tvistig*", 2),
    objection("kvitta|kvittat|kvittning*|kreditera*|kreditnota|avbokat|avbokade", 2),
    objection("uppsagt|sa|sade|sagt .. upp", 2),
    objection("skuldsanering*", 2),
    objection("dispute|disputes|disputed|disputing", 3),
    objection("already .. paid|settled", 3),
    objection("paid .. in full", 3),
    objection("not|never .. my .. debt|invoice|loan", 3),
    objection("don't|not|never .. owe", 3),
    objection("never|not .. ordered|signed|purchased|bought|received .. goods", 3),
    objection("identity .. theft|stolen|fraud", 3),
    objection("time-barred|statute-barred|statute", 3),
    objection("fraud|fraudulent", 2),
    // A request about personal data (GDPR Art. 15–21).
    personal("registerutdrag*|dataskyddsutdrag*", 3),
    personal("utdrag .. register*|personuppgift*|uppgift*", 3),
    personal("vilka|vilken .. *uppgifter|information|data", 3),
    personal("*uppgifter|information .. ni|er .. har|sparar|sparat|lagrar|behandlar .. om .. mig", 3),
    personal("art|artikel|article 15|16|17|18|20|21", 3),
    personal("rätta*|rättelse*|korriger*|uppdater* .. *uppgift*|adress*|namn*|efternamn*|personnummer*|*nummer|*numret|e-post*|mejladress*|epost*", 3),
    personal("ändra|ändrar .. mina|min|mitt .. *uppgift*|adress*|namn*|efternamn*|personnummer*|*nummer|*numret|e-post*", 3),
    personal("rätta*|korriger*|uppdater* .. register*", 3),
    personal("radera*|raderas|radering* .. uppgift*|personuppgift*|information*|data|mig|allt", 3),
    personal("ta|tar .. bort .. *uppgift*|information*|mig|*nummer|*numret|e-post*|mejladress*", 3),
    personal("bli .. glömd|bortglömd", 3),
    personal("rätt|rätten .. tillgång|radering|rättelse|glömd", 3),
    personal("tillgång|kopia .. till|av|på .. mina .. uppgift*|personuppgift*", 3),
    personal("begränsa* .. behandling*", 3),
    personal("invänd*|invändning .. behandling*", 3),
    personal("dataportabilitet", 3),
    personal("vilka|vem .. lämnat|lämnats|delat|sålt|skickat .. uppgift*|dem|ut", 3),
    personal("marknadsföring*|direktreklam|direktmarknadsföring*|nyhetsbrev*", 2),
    personal("i .. ert|era|erat .. register|registret|system*", 1),
    personal("gdpr|dataskyddsförordning*", 1),
    personal("personuppgift*|integritet*", 1),
    personal("subject .. access", 3),
    personal("access .. request", 3),
    personal("copy .. of .. my .. data|information|personal", 3),
    personal("what .. data|information .. hold|have|store|keep", 3),
    personal("data|information .. you .. have|hold|store|keep|process", 3),
    personal("erase|delete|remove .. my .. data|information|details|personal", 3),
    personal("right .. to .. be .. forgotten", 3),
    personal("correct|rectify|update .. my .. address|details|data|name", 3),
    personal("personal .. data", 1),
    // Treatment.
    complaint(Treatment, "otrevlig*|oförskämd*|ohövlig*|arrogant*|nedlåtande|respektlös*|spydig*|hånfull*|hånade|sarkastisk*|elak*|aggressiv*|otrevligt", 3),
    complaint(Treatment, "skrek|skriker|skrika|skrikit|skällde|skäller|gormade", 3),
    complaint(Treatment, "höjde|höjer .. rösten", 3),
    complaint(Treatment, "bemötande*|bemött|bemötte|bemöttes|uppträdande*|attityd*", 3),
    complaint(Treatment, "kränk*|förolämp*|förnedr*|hotfull*|hotade|hotat|hotar|trakasser*|brottsling", 2),
    complaint(Treatment, "lade|la|slängde .. på .. luren|örat", 3),
    complaint(Treatment, "avbröt|avbryter .. mig", 2),
    complaint(Treatment, "kallade|kallar|kallat .. mig|oss", 3),
    complaint(Treatment, "hot|hota|hoten|skrämm*|skrämd|skrämde|pressad*|pressade|pressar|pressat", 2),
    complaint(Treatment, "oprofessionell*|dryg|drygt", 2),
    complaint(Treatment, "rude|rudely|impolite|disrespectful|condescending|arrogant|aggressive|shouted|yelled|screamed|insulted|unprofessional|hostile", 3),
    complaint(Treatment, "hung .. up", 3),
    complaint(Treatment, "threat*|harass*|intimidat*|bully*|humiliat*", 2),
    complaint(Treatment, "called|call .. me .. a|an", 2),
    // Handling errors.
    complaint(HandlingError, "fel|felaktig|felaktiga|gammal|gamla|tidigare .. adress*", 3),
    complaint(HandlingError, "fel .. person|personen|namn", 3),
    complaint(HandlingError, "förväxl*|misstag*|slarv*|handläggningsfel*|felregistrer*", 2),
    complaint(HandlingError, "fel|felaktigt|felaktiga .. belopp*|summa*|datum", 2),
    complaint(HandlingError, "inbetalning*|betalning*|avbetalning* .. inte|ej .. registrer*|bokför*|kommit|noterat*", 3),
    complaint(HandlingError, "dubbla|två|flera .. krav|fakturor|inkassokrav|brev", 2),
    complaint(HandlingError, "dubbelfakturer*|dubbeldebiter*|dubbelbetal*", 2),
    complaint(HandlingError, "kronofogde*|betalningsanmärkning*|betalningsföreläggande*", 1),
    complaint(HandlingError, "wrong .. address|person|amount|name", 3),
    complaint(HandlingError, "mistake|error|mixed", 2),
    // Fees and costs.
    complaint(Fees, "*avgift*|kostnad*|ränta|räntan|räntor .. radera*|raderas|stryk*|struken|strukna|tas|återbetal*|makuler*|sänk*|orimlig*|oskälig*|felaktig*|fel|dubbel*|ta|tar", 3),
    complaint(Fees, "radera*|stryk*|ta|tar|slopa*|återbetala*|sänk*|makulera* .. bort .. *avgift*|kostnad*|ränta*", 3),
    complaint(Fees, "radera*|stryk*|slopa*|återbetala*|sänk*|makulera* .. *avgift*|kostnad*|ränta*", 3),
    complaint(Fees, "orimlig*|oskälig*|felaktig*|dubbla|dubbel*|extra|höga|hög|ockerränt* .. *avgift*|kostnad*|ränta*|räntor", 3),
    complaint(Fees, "påminnelseavgift*|inkassoavgift*|inkassokostnad*|förseningsavgift*|expeditionsavgift*|aviavgift*|aviseringsavgift*|dröjsmålsränt*|uppläggningsavgift*", 2),
    complaint(Fees, "refund|refunded|overcharged", 3),
    complaint(Fees, "fee|fees|charge|charges|charged|interest", 2),
    about(Fees, "*avgift*|kostnad*|ränta|räntan|räntor|ocker*", 1),
    // Payment plans.
    complaint(PaymentPlan, "avbetalningsplan*|betalningsplan*|amorteringsplan*|betalningsöverenskommelse*|avbetalningsöverenskommelse*|delbetalning*|avbetalning*|amortering*", 3),
    complaint(PaymentPlan, "betala .. i .. omgångar|delar|delbelopp", 3),
    complaint(PaymentPlan, "uppskov|anstånd|respit", 3),
    complaint(PaymentPlan, "inte|ej .. råd", 2),
    complaint(PaymentPlan, "per|varje|i .. månad|månaden", 2),
    complaint(PaymentPlan, "payment .. plan|arrangement|arrangements", 3),
    complaint(PaymentPlan, "instalment*|installment*|monthly", 3),
    // Reachability and communication.
    complaint(Communication, "inte|inget|ingen|aldrig .. svar|svarat|svarar|återkoppling|återkommit|hört|återkopplat", 3),
    complaint(Communication, "får|fick|kommer|kom .. inte|aldrig .. tag|fram|igenom", 3),
    complaint(Communication, "ingen .. svarar|svarade|lyfter|svarat", 3),
    complaint(Communication, "obesvara*", 3),
    complaint(Communication, "ringa|ringer|ringde|ring .. tillbaka|upp", 3),
    complaint(Communication, "återringning*|återkomma|återkom", 2),
    complaint(Communication, "väntade|väntat|väntar|köat|köade .. minuter|timmar|timme|veckor|dagar|månader", 3),
    complaint(Communication, "förstår|begriper|fattar inte|ingenting|inget", 2),
    complaint(Communication, "väntetid*|telefonkö*|telefontid*|öppettid*|kön|köade", 2),
    complaint(Communication, "ringt|mejlat|mailat|skrivit|kontaktat .. flera|många|upprepade|tre|fyra|fem .. gånger", 2),
    complaint(Communication, "otydlig*|obegriplig*|svårbegriplig*|svårförståelig*|förvirrande|oklar*", 2),
    complaint(Communication, "ringer|ringt|ringde|sms* .. kväll*|natt*|helg*|sent|arbetsplats*|jobbet|jobb", 3),
    complaint(Communication, "ringer|ringt|ringde .. hela|jämt .. tiden", 3),
    complaint(Communication, "no .. response|reply|answer", 3),
    complaint(Communication, "never|not .. replied|responded|answered|heard", 3),
    complaint(Communication, "can't|cannot|couldn't|unable .. reach|through", 3),
    complaint(Communication, "unclear|confusing|on .. hold|queue", 2),
    complaint(Communication, "only .. in .. swedish|english", 3),
    complaint(Communication, "waited|waiting .. minutes|hours|weeks|days", 3),
    complaint(Communication, "call|ring .. back", 3),
    // Personal data mishandled: a complaint, not a request.
    complaint(Data, "lämnat|lämnade|lämnats .. ut .. uppgift*|personuppgift*", 2),
    complaint(Data, "granne*|grannen|sambo*|arbetsgivare* .. fick|fått|läste|öppnade", 2),
    // Any complaint.
    any_complaint("klagomål*|klaga*|missnöjd*|besviken|besvikelse|synpunkt*", 1),
    any_complaint("complain*|dissatisfied|unhappy|disappointed", 1),
];
