## Ärendestatus

status-new = Nytt
status-under-investigation = Under utredning
status-awaiting-information = Väntar på komplettering
status-awaiting-review = Väntar på granskning
status-answered = Besvarat
status-closed = Avslutat
status-referred = Hänvisat till kundtjänst
status-escalated = Prövas externt

## Ärendetyp, kategori, kanal, utfall

kind-complaint = Klagomål
kind-objection = Invändning mot skulden
kind-personal-data = Personuppgiftsbegäran
category-treatment = Bemötande
category-handling-error = Handläggningsfel
category-fees = Avgifter och kostnader
category-disputed-claim = Bestridd fordran
category-payment-plan = Betalningsplan
category-communication = Nåbarhet och kommunikation
category-personal-data = Personuppgifter
category-other = Övrigt
channel-email = E-post
channel-letter = Brev
channel-phone = Telefon
channel-other = Annat
outcome-upheld = Bifall
outcome-partly-upheld = Delvis bifall
outcome-rejected = Avslag
outcome-referred = Hänvisat
outcome-withdrawn = Återkallat
language-sv = Svenska
language-en = Engelska

## Anteckningar, meddelanden, brev

note-kind-note = Anteckning
note-kind-phone-call = Telefonsamtal
note-kind-decision = Beslut
direction-inbound = Inkommande
direction-outbound = Utgående
letter-kind-acknowledgement = Mottagningsbekräftelse
letter-kind-request-for-information = Begäran om komplettering
letter-kind-delay-notice = Besked om försening
letter-kind-referral = Hänvisning till kundtjänst
letter-kind-final-answer = Slutligt besked
letter-kind-access-report = Registerutdrag
letter-kind-rectification = Besked om rättelse
letter-kind-erasure = Besked om radering
letter-kind-arn-statement = Yttrande

## Tidsfrister

deadline-acknowledgement = Mottagningsbekräftelse
deadline-final-answer = Slutligt besked
deadline-arn-window = Sista dag att anmäla till ARN

## Historik (granskningsloggen)

audit-store-created = Arkivet skapades
audit-settings-updated = Inställningarna ändrades
audit-officer-added = En handläggare lades till
audit-officer-updated = En handläggare ändrades
audit-officer-removed = En handläggare togs bort
audit-officer-roles-changed = En handläggares roller ändrades
audit-officer-passphrase-changed = En handläggare bytte lösenfras
audit-store-rekeyed = Arkivet fick en ny nyckel
audit-store-key-exported = Arkivets nyckel exporterades
audit-case-created = Ärendet registrerades
audit-case-updated = Ärendet ändrades
audit-case-status-changed = Status ändrades
audit-case-assigned = Ärendet tilldelades
audit-note-added = En anteckning lades till
audit-message-added = Ett meddelande lades till
audit-letter-created = Ett brev skapades
letter-submit = Lämna för granskning
letter-submitted = Brevet väntar nu på granskning. En klagomålsansvarig godkänner det eller skickar tillbaka det med en kommentar.
audit-actor-system = systemet

## Fält

field-received-at = Mottaget
field-subject = Ämne
field-description = Beskrivning
field-complainant-name = Klagandens namn
field-id-number = Person- eller organisationsnummer
field-email = E-post
field-representative-name = Ombudets namn
field-representative-email = Ombudets e-post
field-amount = Belopp
field-first-complaint = Första klagomålet
field-power-of-attorney-until = Fullmakten gäller till och med

## Valideringsproblem

problem-date = är inte ett datum på formen ÅÅÅÅ-MM-DD
problem-required = måste fyllas i
problem-invalid-email = är inte en giltig e-postadress
problem-in-future = ligger i framtiden
problem-after-receipt = kan inte ligga efter mottagandet
problem-negative = kan inte vara negativt
problem-id-format = har inte formen ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN
problem-id-date = innehåller inget giltigt datum
problem-id-birth-number = har födelsenummer 000, som inte används
problem-id-checksum = har fel kontrollsiffra
problem-money-format = är inte ett belopp i kronor (t.ex. 1 234,50)
problem-money-decimals = har fler än två decimaler
problem-money-too-large = är för stort

## Fel

error-no-store = Det finns inget ärendearkiv i { $path }. Skapa ett med ”klagomal init”.
error-already-exists = Det finns redan en fil i { $path }. Den skrivs inte över.
error-wrong-passphrase = Fel lösenfras. Arkivet är oförändrat.
error-not-a-store = Filen är inte ett Klagomål-arkiv.
error-newer-version = Arkivet är skapat av en nyare version av Klagomål (schemaversion { $found }, den här versionen kan { $supported }). Uppdatera programmet; arkivet har inte ändrats.
error-locked = Arkivet används av ett annat program just nu. Försök igen om en stund.
error-read-only = Arkivet går inte att skriva till (skrivskyddad fil eller mapp).
error-disk-full = Disken är full. Ingenting sparades; frigör utrymme och försök igen.
error-corrupt = Arkivet är skadat. Återställ från en säkerhetskopia.
error-case-not-found = Ärendet finns inte.
error-case-number-not-found = Ärendet { $number } finns inte.
error-row-not-found = Det efterfrågade finns inte längre i arkivet.
error-transition-not-allowed = Ett ärende kan inte gå från ”{ $from }” till ”{ $to }”.
error-transition-reason = För att gå från ”{ $from }” till ”{ $to }” krävs en motivering.
error-letter-needs-review = Det här brevet går ut först när en klagomålsansvarig har granskat och godkänt det. Lämna det för granskning.
error-review-nothing-pending = Ärendet har inget brev som väntar på granskning.
error-review-already-pending = Ärendet har redan ett brev som väntar på granskning. Det måste godkännas eller skickas tillbaka först.
error-review-own-draft = Du har själv skrivit brevet och kan inte godkänna det. En annan klagomålsansvarig måste granska det. Ett företag med bara en handläggare kan tillåta egen granskning under Inställningar.
error-review-not-independent = Du har själv handlagt inkassoärende { $number }, som klagomålet gäller. Låt en annan klagomålsansvarig granska brevet. Godkänner du ändå, med en uttrycklig bekräftelse, antecknas det i historiken.
error-review-draft-waiting = Ett slutligt besked väntar på granskning. Ärendet blir besvarat när en klagomålsansvarig godkänner brevet.
error-review-comment-required = Skriv vad som ska ändras innan brevet skickas tillbaka.
error-transition-already = Ärendet har redan status ”{ $status }”.
error-letter-already = Ärendet har redan status ”{ $status }”. Ett nytt brev av det här slaget kräver att ärendet först öppnas igen (status ”{ $reopen }”, med en motivering); det tidigare brevet finns kvar på ärendet.
error-invalid-case = Ärendet kan inte sparas: { $problems }.
error-empty-passphrase = Lösenfrasen får inte vara tom.
error-not-permitted = Det här kräver rollen ”{ $role }”, som du inte har. Be en administratör om hjälp.
error-no-such-officer = Ingen handläggare med det namnet kan logga in i arkivet.
error-officer-not-given = Flera handläggare kan logga in i arkivet. Ange vem du är.
error-slot-not-recognised = Lösenfrasen stämmer, men nyckelfilen hör inte till arkivet (den kan vara gammal, ändrad eller från ett annat arkiv). Återställ nyckelfilen från säkerhetskopian, eller be en administratör om hjälp. Arkivet är oförändrat.
error-key-slots-unreadable = Nyckelfilen { $path } går inte att läsa: den är skadad, är ingen nyckelfil eller är skapad av en nyare version av Klagomål. Återställ den från säkerhetskopian. Arkivet är oförändrat.
error-last-administrator = Arkivet måste ha minst en administratör. Ge någon annan rollen först.
error-cannot-remove-self = Du kan inte ta bort dig själv. Be en annan administratör.
error-officer-name-taken = Det finns redan en handläggare med det namnet. Namnen används vid inloggningen och måste skilja sig åt.
error-officer-name-missing = Handläggaren måste ha ett namn.
error-not-encrypted = Arkivet är inte krypterat och har inga nycklar.
error-database = Ett oväntat databasfel inträffade: { $detail }
error-file = Filen kunde inte läsas eller skrivas: { $detail }
error-data = Sparade uppgifter kunde inte läsas: { $detail }
error-no-passphrase = Ingen lösenfras angiven. Sätt KLAGOMAL_PASSPHRASE eller kör kommandot i en terminal.
error-passphrase-mismatch = Lösenfraserna stämmer inte överens. Inget arkiv skapades.
error-no-data-dir = Hittar ingen datamapp för användaren. Ange arkivets sökväg med --store.
error-bad-case-number = ”{ $input }” är inget ärendenummer (till exempel K-2026-00042).
error-bad-code = ”{ $input }” är inget giltigt värde för { $arg }. Välj bland: { $choices }.

## Kommandoraden

cli-about = Klagomål – hantering av klagomål för inkassoföretag. Utan kommando öppnas programfönstret.
cli-arg-store = Sökväg till ärendearkivet (annars KLAGOMAL_STORE eller användarens datamapp)
cli-arg-lang = Språk för utskrifter: sv eller en
cli-arg-officer = Vem du är: ditt namn som handläggare (annars KLAGOMAL_OFFICER; behövs inte när bara en kan logga in). Med init: den första handläggarens namn, som det ska stå i brev
cli-init-about = Skapa ett nytt, krypterat ärendearkiv
cli-init-title = Din titel, till exempel Klagomålsansvarig
cli-seed-about = Lägg till påhittade men realistiska ärenden (för demo och prestandamätning)
cli-seed-cases = Antal ärenden
cli-seed-seed = Slumpfrö; samma frö ger samma ärenden
cli-list-about = Visa inkorgen, det som förfaller först överst
cli-list-status = Bara ärenden med denna status
cli-list-kind = Bara ärenden av denna typ
cli-list-category = Bara ärenden i denna kategori
cli-list-overdue = Bara försenade ärenden
cli-list-mine = Bara ärenden som är tilldelade mig
cli-list-search = Fritextsökning
cli-list-sort = Sortera efter: due, received eller number
cli-list-limit = Högst så här många rader
cli-list-json = Skriv ut som JSON
cli-show-about = Visa ett ärende med klagande, tidsfrister, anteckningar, korrespondens och brev
cli-show-case = Ärendenummer, t.ex. K-2026-00042
cli-show-json = Skriv ut som JSON
cli-note-about = Lägg till en utredningsanteckning
cli-note-case = Ärendenummer, t.ex. K-2026-00042
cli-note-text = Anteckningens text
cli-note-kind = Typ av anteckning: note, phone_call eller decision
cli-audit-about = Granskningsloggen
cli-audit-verify-about = Kontrollera att granskningsloggens hashkedja är obruten
cli-passphrase-prompt = Lösenfras:
cli-passphrase-new = Välj en lösenfras:
cli-passphrase-repeat = Upprepa lösenfrasen:
cli-passphrase-warning = Lösenfrasen går inte att återställa. Glöms den är arkivet förlorat.
cli-created = Skapade ett nytt krypterat ärendearkiv: { $path }
cli-seeded = Lade till { $count } ärenden. Arkivet har nu { $total } ärenden.
cli-note-added = Anteckningen lades till i { $number }.
cli-audit-ok = Granskningsloggen är obruten: { $events } händelser kontrollerade.
cli-audit-broken = Granskningsloggen är bruten vid händelse { $seq } ({ $events } händelser lästa).
cli-list-empty = Inga ärenden matchar.
cli-list-more = … fler finns; använd --limit för att se fler.
cli-search-capped = Sökningen gav { $hits } träffar; de { $shown } senaste har sökts igenom.
cli-col-number = Ärende
cli-col-received = Mottaget
cli-col-status = Status
cli-col-due = Förfaller
cli-col-complainant = Klagande
cli-col-subject = Ämne
cli-overdue = FÖRSENAT
show-number = Ärende
show-status = Status
show-kind = Typ
show-category = Kategori
show-channel = Kanal
show-received = Mottaget
show-first-complaint = Första klagomålet
show-outcome = Utfall
show-assignee = Handläggare
show-complainant = Klagande
show-id-number = Person-/organisationsnummer
show-address = Adress
show-email = E-post
show-phone = Telefon
show-language = Språk
show-representative = Ombud
show-power-of-attorney = fullmakt finns
show-no-power-of-attorney = fullmakt saknas
show-debt-cases = Inkassoärenden
show-creditor = Uppdragsgivare
show-amount = Belopp i tvist
show-remedy = Klaganden begär
show-subject = Ämne
show-description = Beskrivning
show-deadlines = Tidsfrister
show-next = nästa
show-notes = Anteckningar
show-no-notes = Inga anteckningar ännu.
show-none = –
cli-demo-about = Öppna programmet på ett tillfälligt demoarkiv med påhittade ärenden
cli-demo-cases = Antal påhittade ärenden i demoarkivet
cli-demo-ready = Demoarkivet med { $count } påhittade ärenden är klart. Lösenfrasen visas i fönstret.
demo-passphrase = demo-klagomal-2026
error-no-display = Ingen grafisk skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt). Kör programmet i en skrivbordsmiljö, eller använd kommandona (se klagomal --help).
error-window = Fönstret kunde inte öppnas: { $detail }
error-not-an-image = Logotypen måste vara en PNG- eller JPEG-bild på högst 2 MB.
error-legal-hold = Radering nekas: personens uppgifter omfattas av ett rättsligt hinder i { $cases }.
error-not-an-identifier = Ange personnummer, samordningsnummer, organisationsnummer, e-postadress eller telefonnummer. Ett namn räcker inte för att säkert identifiera personen.
error-hold-reason-missing = Ange skälet till det rättsliga anspråket.
hold-marked = rättsligt anspråk: { $reason }
hold-open-escalation = pågående extern prövning hos { $body } utan beslut
hold-open-case = ärendet är inte avslutat (status: { $status })

## Fönstret

app-name = Klagomål
window-title = Klagomål – { $store }
window-title-case = { $case } – Klagomål – { $store }
top-settings = Inställningar
top-lock = Lås (Ctrl+L)
action-back = ← Tillbaka
action-cancel = Avbryt
action-confirm = Bekräfta
action-dismiss = Stäng
action-edit = Ändra
action-save = Spara
value-none = –

## Första start och upplåsning

first-run-title = Skapa ett nytt ärendearkiv
first-run-intro = Alla ärenden sparas krypterade i en enda fil på den här datorn. Välj en lösenfras som bara du och dina kollegor känner till.
first-run-warning = Lösenfrasen kan inte återställas. Om den glöms bort går ärendena inte att läsa – inte ens för oss. Förvara den säkert.
first-run-passphrase = Lösenfras
first-run-repeat = Upprepa lösenfrasen
first-run-strength = Styrka: { $score } av 4
first-run-hint = Använd gärna flera ord, till exempel fyra ord som inte hör ihop.
first-run-too-weak = Lösenfrasen är för lätt att gissa. Gör den längre eller lägg till fler ord.
first-run-repeat-hint = Skriv lösenfrasen en gång till.
first-run-mismatch = Lösenfraserna stämmer inte överens.
first-run-ready = Lösenfrasen är tillräckligt stark.
first-run-create = Skapa arkivet
unlock-intro = Ärendearkivet är låst. Skriv lösenfrasen för att öppna det.
unlock-passphrase = Lösenfras
unlock-intro-officers = Ärendearkivet är låst. Välj eller skriv ditt namn och skriv din lösenfras.
unlock-officer = Ditt namn
unlock-name-needed = Välj eller skriv ditt namn först.
unlock-submit = Lås upp
unlock-busy = Öppnar arkivet …
unlock-demo = Demoarkiv – lösenfrasen är: { $passphrase }

## Inkorgen

inbox-new-case = + Nytt ärende (Ctrl+N)
inbox-all = Alla ärenden
inbox-mine = Mina ärenden
inbox-overdue = Försenade
inbox-by-status = Efter status
inbox-search = Sök (Ctrl+F): namn, ärendenummer, ord eller delar av ord, kategori, status, handläggare …
inbox-count = { $count ->
    [one] 1 ärende
   *[other] { $count } ärenden
}
inbox-search-capped = { $hits } träffar – de { $shown } senaste visas. Förfina sökningen.
inbox-search-counting = Minst { $shown } träffar – de { $shown } senaste visas. Räknar …
inbox-prisbasbelopp-add = Lägg in prisbasbeloppet
inbox-prisbasbelopp-ask = Be en administratör lägga in det.
inbox-empty = Inga ärenden matchar.
inbox-col-number = Ärende
inbox-col-received = Mottaget
inbox-col-complainant = Klagande
inbox-col-subject = Ämne
inbox-col-kind = Typ
inbox-col-category = Kategori
inbox-col-status = Status
inbox-col-assignee = Handläggare
inbox-col-due = Förfaller
inbox-nothing-due = –
inbox-due-today = Förfaller i dag
inbox-empty-hint = Esc rensar sökningen, sedan filtren.
inbox-all-officers = Alla handläggare
inbox-all-categories = Alla kategorier
inbox-all-kinds = Alla typer
inbox-clear-filters = Visa alla ärenden
inbox-mark-hint = Ctrl-klicka för att markera flera ärenden, Skift-klicka eller Skift+↑/↓ för en följd.
inbox-marked = { $count ->
    [one] 1 ärende markerat
   *[other] { $count } ärenden markerade
}
inbox-assign-to = Tilldela …
inbox-assign = Tilldela
inbox-unmark = Avmarkera
inbox-assigned = { $count ->
    [one] 1 ärende har tilldelats { $officer }.
   *[other] { $count } ärenden har tilldelats { $officer }.
}

## Ärendeformuläret

new-case-title = Nytt ärende
new-case-refused = Ärendet sparades inte. Rätta uppgifterna som är markerade i formuläret.
form-section-case = Ärendet
form-section-complainant = Klaganden
form-section-representative = Ombud
form-section-claim = Kravet
form-received-at = Mottaget (ÅÅÅÅ-MM-DD TT:MM)
form-channel = Kanal
form-kind = Typ
form-category = Kategori
form-choose = Välj …
form-subject = Ämne
form-description = Beskrivning
form-name = Namn
form-id-number = Person-, samordnings- eller organisationsnummer
form-street = Gatuadress
form-postal-code = Postnummer
form-city = Ort
form-country = Land (tomt för Sverige)
form-email = E-post
form-phone = Telefon
form-language = Språk i brev
form-has-representative = Klaganden företräds av ett ombud
form-representative-name = Ombudets namn
form-representative-email = Ombudets e-post
form-representative-phone = Ombudets telefon
form-power-of-attorney = Fullmakt har kommit in
form-representative-firm = Byrå eller organisation (om någon)
form-representative-street = Ombudets gatuadress
form-representative-postal-code = Ombudets postnummer
form-representative-city = Ombudets ort
form-representative-country = Ombudets land (tomt för Sverige)
form-power-of-attorney-scope = Vad fullmakten gäller
form-power-of-attorney-until = Fullmakten gäller till och med (ÅÅÅÅ-MM-DD, tomt om inget slutdatum)
form-power-of-attorney-file = Fullmakten som fil (PDF eller bild)
form-power-of-attorney-choose = Välj fil …
form-power-of-attorney-path = Sökväg till filen
form-power-of-attorney-attached = Sparad på ärendet: { $name } ({ $size })
form-power-of-attorney-pending = Sparas på ärendet när du sparar: { $name }
mandate-scope-all-matters = Alla ärenden hos oss
mandate-scope-this-complaint = Det här klagomålet
mandate-scope-debt-cases = De inkassoärenden klagomålet gäller
form-debt-cases = Inkassoärenden (kommaseparerade)
form-creditor = Uppdragsgivare
form-amount = Belopp i tvist (kr)
form-remedy = Vad klaganden begär
form-first-complaint = Första klagomålet (ÅÅÅÅ-MM-DD)
form-complainant-type = Konsument eller företag
complainant-type-consumer = Konsument
complainant-type-company = Företag
form-complainant-type-inferred = Följer identitetsnumret: { $choice }
form-identity-verified = Vi har kontrollerat att begäran kommer från personen själv

## Ärendet

case-tab-overview = Översikt
case-tab-notes = Anteckningar ({ $count })
case-tab-correspondence = Korrespondens ({ $count })
case-tab-history = Historik
case-move-to = Flytta till:
case-assignee = Handläggare:
case-unassigned = Ingen
case-reason-prompt = Motivering för ”{ $status }”
case-new-note = Ny anteckning
case-add-note = Lägg till anteckning
case-notes-immutable = Anteckningar kan inte ändras i efterhand. En rättelse skrivs som en ny anteckning.
case-no-notes = Inga anteckningar ännu.
case-no-messages = Ingen korrespondens ännu.
case-attachment = Bilaga: { $name } ({ $size })
history-status = Status ändrades från ”{ $from }” till ”{ $to }”
detail-field-received-at = mottagningsdatum
detail-field-channel = kanal
detail-field-kind = typ
detail-field-category = kategori
detail-field-subject = ämne
detail-field-description = beskrivning
detail-field-complainant = klaganden
detail-field-representative = ombud
detail-field-debt-case-numbers = inkassoärenden
detail-field-creditor = uppdragsgivare
detail-field-amount-in-dispute = belopp
detail-field-requested-remedy = begäran
detail-field-first-complaint-on = första klagomålet
detail-field-outcome = utfall
detail-field-acknowledged-on = mottagningsbekräftelse
detail-field-answer-due-override = ny svarsdag
detail-field-logo = logotyp

## Inställningar

settings-title = Inställningar
settings-company = Företaget
settings-company-name = Företagsnamn
settings-org-number = Organisationsnummer
settings-web = Webbplats
settings-inkassonamnden = Medlem i Svensk Inkasso (Inkassonämnden nämns i slutliga besked)
settings-customer-service = Kundtjänst (i brev om invändningar mot skulden)
settings-customer-service-phone = Kundtjänstens telefon
settings-customer-service-email = Kundtjänstens e-post
settings-customer-service-hours = Öppettider, t.ex. vardagar 9–16
settings-logo = Logotyp för brevhuvudet
settings-logo-none = Ingen logotyp vald.
settings-logo-set = Logotyp vald ({ $kb } kB).
settings-logo-choose = Välj bild …
settings-logo-remove = Ta bort
settings-logo-path = … eller skriv sökvägen till en PNG- eller JPEG-fil
settings-logo-load = Läs in
settings-me = Du som handläggare
settings-officer-name = Ditt namn (som det står i brev)
settings-officer-title = Din titel
settings-language = Språk i programmet
settings-rules = Tidsfrister och låsning
settings-ack-days = Mottagningsbekräftelse inom (arbetsdagar)
settings-answer-days = Slutligt besked inom (kalenderdagar)
settings-gdpr-months = Personuppgiftsbegäran besvaras inom (månader)
settings-arn-months = Klagandens tid att anmäla till ARN (månader)
settings-auto-lock = Lås automatiskt efter (minuter utan aktivitet, 0 = aldrig)
settings-number-range = Ange ett heltal mellan { $min } och { $max }.
settings-saved = Inställningarna är sparade.
history-assigned = Ärendet tilldelades { $name }
history-unassigned = Ärendet togs från handläggaren

## The case header's deadlines, the history's details, registering correspondence (issue 11)
case-deadline-due = { $deadline } senast { $date }
case-deadline-overdue = { $deadline } senast { $date } – för sent
case-deadline-acknowledged = Mottagningsbekräftelse skickad { $date }
case-deadline-answered = Besvarat { $date }
case-deadline-met = { $deadline } klart { $date }
case-deadline-done = { $deadline } klart
case-deadline-moot = { $deadline } behövs inte längre
case-deadline-arn = { $deadline } { $date }
history-letter = Brev skapat: { $kind }
history-message = Korrespondens registrerad: { $channel }, { $direction }
history-changed = { $action }: { $changes }
history-changed-value = { $field } → { $value }
register-title = Registrera inkommande brev eller telefonsamtal
register-date = Datum (ÅÅÅÅ-MM-DD)
register-subject = Ämne
register-choose-file = Välj inskannat brev …
register-path = … eller skriv sökvägen till PDF-filen eller bilden
register-letter-text = Kommentar (frivillig)
register-call-text = Vad samtalet gällde
register-save = Registrera
register-letter-done = Brevet registrerades och finns i korrespondensen nedan.
register-call-done = Samtalet registrerades och finns i korrespondensen nedan.
register-bad-date = Datumet ska skrivas ÅÅÅÅ-MM-DD.
register-future-date = Datumet ligger i framtiden.
register-no-text = Skriv vad samtalet gällde.
register-no-file = Välj det inskannade brevet, eller skriv sökvägen till filen.
letter-save-path = Sökväg att spara brevet till
letter-save-path-hint = Ingen dialogruta för filer öppnades. Skriv var brevet ska sparas och tryck Spara.
import-new-cases = Nya ärenden
import-open-case = Öppna { $number }
settings-invalid = Inställningarna sparades inte: rätta de markerade värdena.
language-autonym-sv = Svenska
language-autonym-en = English
case-no-viewer = Det finns inget program på datorn som kan visa filen. Den har sparats här: { $path }

## Brev

letter-closing = Med vänlig hälsning
letter-label-date = Datum
letter-label-our-reference = Vårt ärendenummer
letter-label-your-reference = Er referens
letter-label-court-case = Mål nr
letter-label-collection-cases = { $count ->
    [one] Vårt inkassoärende
   *[other] Våra inkassoärenden
}
letter-label-page = Sida { $page } ({ $pages })
letter-label-org-number = Org.nr
letter-label-phone = Telefon
letter-label-email = E-post
letter-label-web = Webb
letter-calibration-title = Provutskrift för fönsterkuvert
letter-calibration-help = Skriv ut sidan i verklig storlek (100 %), vik den och lägg den i ett fönsterkuvert. Hela ramen ska synas i fönstret. Justera annars avstånden under Inställningar.
missing-name = { $to ->
    [representative] det fullständiga namnet på den du företräder
   *[complainant] ditt fullständiga namn
}
missing-contact = ett telefonnummer eller en e-postadress där vi kan nå dig
missing-postal-address = { $to ->
    [representative] postadressen till den du företräder
   *[complainant] din postadress
}
missing-reference = { $to ->
    [representative] vårt ärendenummer (står på brevet från oss) eller personnumret för den du företräder
   *[complainant] vårt ärendenummer (står på brevet du fått från oss) eller ditt personnummer
}
missing-description = { $to ->
    [representative] vad klagomålet gäller och vad ni anser att vi har gjort fel
   *[complainant] vad du är missnöjd med och vad du anser att vi har gjort fel
}
missing-remedy = { $to ->
    [representative] vad ni vill att vi ska göra
   *[complainant] vad du vill att vi ska göra
}
missing-power-of-attorney = { $to ->
    [representative] en fullmakt som visar att du får företräda klaganden
   *[complainant] en fullmakt som visar att ombudet får företräda dig
}
missing-proof-of-identity = { $to ->
    [representative] fullmakten och något som visar vem den du företräder är, till exempel en kopia av en id-handling
   *[complainant] något som visar att det är du som har skickat begäran, till exempel en kopia av en id-handling
}
audit-template-updated = En brevmall ändrades
cli-letter-about = Skriv ett brev i ett ärende från mallen, spara det på ärendet och (med --out) som PDF-fil
cli-letter-case = Ärendenummer, t.ex. K-2026-00042
cli-letter-kind = Typ av brev
cli-letter-lang = Brevets språk: sv eller en (annars klagandens språk)
cli-letter-out = Skriv också brevet till den här PDF-filen
cli-letter-outcome = Slutligt besked: upheld, partly_upheld eller rejected
cli-letter-reasons = Slutligt besked: skälen för beslutet; besked om försening: skälet till förseningen
cli-letter-date = Brevets datum (ÅÅÅÅ-MM-DD), annars i dag
cli-print-about = Skriv ut en PDF-fil på en skrivare
cli-print-file = PDF-filen som ska skrivas ut
cli-print-printer = Skrivarens namn (annars standardskrivaren)
cli-print-copies = Antal exemplar
cli-letter-created = { $kind } skapades i { $number } ({ $size } kB) och sparades på ärendet.
cli-letter-submitted = { $kind } i { $number } ({ $size } kB) väntar nu på granskning. En klagomålsansvarig godkänner det med klagomal review approve { $number } eller skickar tillbaka det med en kommentar.
cli-letter-eml-after-review = Brevet kan e-postas när det har godkänts.
cli-letter-written = En kopia skrevs till { $path }.
cli-review-about = Klagomålsansvarigs granskning av slutliga besked och yttranden innan de skickas
cli-review-submit-about = Skriv ett slutligt besked från mallen och lämna det för granskning
cli-review-submit-case = Ärendenummer, t.ex. K-2026-00042
cli-review-submit-lang = Brevets språk: sv eller en (annars klagandens språk)
cli-review-submit-outcome = Utfall: upheld, partly_upheld eller rejected
cli-review-submit-reasons = Skälen för beslutet
cli-review-submit-date = Brevets datum (ÅÅÅÅ-MM-DD), annars i dag
cli-review-submit-out = Skriv också utkastet till den här PDF-filen
cli-review-submit-recipient = Mottagare: representative (ombudet, kräver giltig fullmakt) eller complainant (klaganden)
cli-review-approve-about = Godkänn brevet som väntar på granskning: det blir slutligt och sparas på ärendet
cli-review-approve-case = Ärendenummer, t.ex. K-2026-00042
cli-review-approve-override-independence = Godkänn trots att du själv har handlagt ett av inkassoärendena (antecknas i historiken)
cli-review-approve-out = Skriv också det godkända brevet till den här PDF-filen
cli-review-return-about = Skicka tillbaka brevet som väntar på granskning, med en kommentar till handläggaren
cli-review-return-case = Ärendenummer, t.ex. K-2026-00042
cli-review-return-comment = Vad som ska ändras
cli-review-list-about = Visa breven som väntar på granskning, äldst först
cli-review-approved = { $kind } i { $number } är granskat och godkänt. Brevet är slutligt och sparat på ärendet, undertecknat av { $author }.
cli-review-approved-self = { $kind } i { $number } är godkänt av den som skrev det (egen granskning är tillåten i inställningarna). Det framgår av brevet, historiken och akten.
cli-review-returned = { $kind } i { $number } skickades tillbaka till { $author } med din kommentar.
cli-review-none = Inga brev väntar på granskning.
cli-settings-about = Inställningar som delas av alla som använder arkivet
cli-settings-prisbasbelopp-about = Visa prisbasbeloppen per år, eller ange ett års belopp
cli-settings-prisbasbelopp-year = Året, t.ex. 2027
cli-settings-prisbasbelopp-amount = Prisbasbeloppet i hela kronor, t.ex. 59200
prisbasbelopp-row = { $year }: { $amount } (småmål upp till { $limit })
prisbasbelopp-saved = Prisbasbeloppet för { $year } är { $amount }. Gränsen för småmål blir { $limit }.
prisbasbelopp-missing = Prisbasbeloppet för { $year } saknas. Slutliga besked nämner ingen beloppsgräns för småmål förrän det har lagts in.
prisbasbelopp-bad-year = Året ”{ $input }” är inte ett år mellan 2000 och 2100.
prisbasbelopp-bad-amount = Beloppet ”{ $input }” är inte ett positivt belopp i hela kronor.
cli-prisbasbelopp-needs-amount = Ange både år och belopp, t.ex. klagomal settings prisbasbelopp 2027 60000.
cli-printed = Utskriften skickades ({ $job }).
error-no-file = Filen { $path } finns inte.
error-template = Brevet kunde inte skapas: { $problem }. Rätta mallen under Inställningar eller återställ standardtexten.
template-syntax = mallen har ett syntaxfel på rad { $line } ({ $detail })
template-unknown-field = mallen använder ett okänt fält på rad { $line } ({ $detail })
template-empty = mallen gav ingen text
template-other = mallen kunde inte användas på rad { $line } ({ $detail })
error-pdf = PDF-filen kunde inte skapas: { $detail }
pdf-problem-font = det inbyggda typsnittet kunde inte läsas
pdf-problem-logo = logotypen går inte att läsa som PNG- eller JPEG-bild
pdf-problem-write = filen kunde inte skrivas
error-not-composable = Den här typen av brev skrivs inte från en mall.
error-no-printer = Det finns ingen skrivare inställd på datorn. Spara brevet som PDF eller öppna det och skriv ut därifrån.
error-print-unavailable = Utskrift är inte tillgänglig på den här datorn (CUPS saknas). Spara brevet som PDF eller öppna det och skriv ut därifrån.
error-print-refused = Skrivaren tog inte emot utskriften: { $detail }
case-tab-letters = Brev ({ $count })
letter-fill = Fyll i från mallen
letter-fill-hint = Texten kan ändras fritt innan brevet skapas. Första raden är ämnesraden.
letter-create = Skapa PDF och spara på ärendet
letter-creating = Skapar brevet …
letter-created = Brevet skapades och sparades på ärendet. Det kan inte ändras i efterhand.
letter-saved = Brevet sparades som { $path }.
letter-printed = Brevet skickades till skrivaren ({ $job }). Det är registrerat som skickat med post i dag.
letter-reasons = Skälen för beslutet
letter-remedy = Det här gör vi (lämna tomt om inget)
letter-delay-reason = Varför svaret dröjer
letter-new-date = Nytt datum för svaret (ÅÅÅÅ-MM-DD)
letter-long-address = Adressraden ”{ $line }” är längre än { $max } tecken och kanske inte syns i kuvertfönstret.
letter-stale = Brevtyp eller språk har ändrats sedan texten fylldes i. Fyll i igen om texten ska följa.
letter-preview = Förhandsgranskning av första sidan
letter-kept = Brev på ärendet
letter-none = Inga brev ännu.
letter-open = Öppna
letter-save-as = Spara som …
letter-print = Skriv ut
letter-email = E-posta
letter-emailed = Brevet ligger nu som ett nytt e-postmeddelande i e-postprogrammet, med PDF-filen bifogad. Det är registrerat som skickat med e-post i dag.
letter-emailed-no-program = Det finns inget e-postprogram på datorn som kan öppna meddelandet. Det har sparats här: { $path }. Brevet är registrerat som skickat med e-post i dag.
letter-statement-escalation = Den externa prövning som yttrandet svarar på
letter-statement-choice = { $body } { $reference }, mottaget { $received }
letter-statement-no-escalation = Registrera den externa prövningen under fliken Extern prövning först. Yttrandet skrivs utifrån anmälarens krav där.
letter-statement-claim = Punkt { $number }: { $claim }
letter-statement-answer = Vårt svar på punkt { $number }
letter-statement-amount = Krävt belopp: { $amount }
letter-statement-amount-answer = Vårt svar om beloppet
letter-statement-progress = { $answered } av { $total ->
    [one] { $total } punkt besvarad
   *[other] { $total } punkter besvarade
}
letter-statement-nothing-claimed = Den externa prövningen har inga registrerade krav. Lägg till dem under fliken Extern prövning.
letter-statement-address = Mottagarens adress under namnet, en rad per rad
letter-statement-address-unknown = Programmet har ingen adress till den här mottagaren. Skriv adressen i fältet, annars får den läggas till för hand innan yttrandet skickas.
letter-statement-position = Företagets inställning till kravet
letter-statement-position-admits = Medger
letter-statement-position-admits-partly = Medger delvis
letter-statement-position-disputes = Bestrider
letter-statement-admitted = Belopp som företaget medger, i kronor
letter-statement-enclosures = Bilagor (en per rad)
letter-statement-enclosures-help = Listan fylls i med handlingarna i akten när texten fylls i. Ändra den så att den stämmer med det som skickas.
statement-enclosure-summary = Ärendesammanställning med händelser i tidsordning
statement-enclosure-inbound = Meddelande från anmälaren { $date }: { $subject }
statement-enclosure-outbound = Vårt meddelande { $date }: { $subject }
statement-enclosure-attachment = { $name } (bifogad till meddelandet { $date })
statement-enclosure-letter = Vårt brev { $date }: { $kind }
statement-body-arn = Allmänna reklamationsnämnden
statement-body-district-court = tingsrätten
statement-body-fi = Finansinspektionen
statement-body-inkassonamnden = Inkassonämnden
statement-body-imy = Integritetsskyddsmyndigheten
statement-unanswered-claim = punkt { $number }
statement-unanswered-amount = beloppet
statement-unanswered-position = inställningen (medger, medger delvis eller bestrider)
statement-unanswered-admitted = beloppet som medges (mer än 0 kr och mindre än kravet)
error-statement-no-escalation = Yttrandet kan inte skapas: ärendet har ingen registrerad extern prövning att svara på.
error-statement-unanswered = Yttrandet skapades inte. Varje punkt måste besvaras och inställningen till kravet anges först. Saknas: { $points }.
settings-letters = Brev
settings-template-help = Texten är en mall: {"{{ case_number }}"} och liknande fält fylls i från ärendet. Första raden blir ämnesraden. En mall som inte fungerar sparas inte.
settings-template-custom = Egen text
settings-template-default = Standardtext
settings-template-save = Spara mallen
settings-template-restore = Återställ standardtexten
settings-template-saved = Mallen är sparad.
settings-template-restored = Standardtexten är återställd.
settings-prisbasbelopp = Prisbasbelopp
settings-prisbasbelopp-help = Slutliga besked anger gränsen för småmål i tingsrätten: ett halvt prisbasbelopp för det år beskedet skrivs. Regeringen fastställer nästa års prisbasbelopp varje höst; lägg in det här när det är beslutat.
settings-prisbasbelopp-year = År
settings-prisbasbelopp-amount = Belopp (kr)
settings-self-approval = Tillåt egen granskning: den som har skrivit ett slutligt besked får själv godkänna det (bara för företag med en enda handläggare; varje sådant godkännande markeras)
settings-handled-cases = Inkassoärenden som jag själv har handlagt (ärendenummer, åtskilda med kommatecken) – jag varnas om jag ska avgöra ett klagomål om dem
settings-envelope = Kuvertfönstrets läge (mm från arkets kant)
settings-envelope-left = Från vänster
settings-envelope-top = Uppifrån
settings-calibration = Provutskrift för fönsterkuvert …
settings-calibration-opened = Provsidan öppnades. Skriv ut den i verklig storlek och håll den mot ett kuvert.
letter-copies = Exemplar vid utskrift:
letter-due-passed = Svarsdagen { $date } har redan passerat. Skicka hellre ett besked om försening med ett nytt datum.
letter-no-prisbasbelopp = Prisbasbeloppet för { $year } saknas i inställningarna. Brevet nämner därför ingen beloppsgräns för småmål, bara ”ett halvt prisbasbelopp”. Lägg in årets belopp med klagomal settings prisbasbelopp { $year } BELOPP.
letter-representative-no-address = Brevet går till ombudet, men ombudets postadress saknas i ärendet. Fyll i den i ärendets uppgifter innan brevet skickas med post.
letter-recipient = Mottagare
recipient-complainant = Klaganden
recipient-representative = Ombudet
letter-to-representative = Brevet går till ombudet { $name }, som har en giltig fullmakt. Klaganden nämns i rubriken.
letter-to-complainant = Brevet går till klaganden { $name }.
letter-to-complainant-no-poa = Brevet går till klaganden { $name }: ombudet har ingen fullmakt registrerad i ärendet.
letter-to-complainant-expired = Brevet går till klaganden { $name }: ombudets fullmakt gällde bara till och med { $date }.
letter-to-complainant-chosen = Brevet går till klaganden { $name }, fast ombudet har en giltig fullmakt.
error-recipient-no-representative = Brevet kan inte gå till ett ombud, eftersom ärendet inte har något ombud.
error-recipient-no-power-of-attorney = Brevet kan inte gå till ombudet, eftersom ingen fullmakt är registrerad i ärendet. Registrera fullmakten först.
error-recipient-expired = Brevet kan inte gå till ombudet, eftersom fullmakten bara gällde till och med { $date }.
settings-template-refused = Mallen sparades inte: { $problem }.
case-letter-sent = Utgående brev
cli-import-about = Läs in klagomål från e-postfiler (.eml), brevlådor (.mbox) eller mappar
cli-import-paths = Filer eller mappar (mappar gås igenom med undermappar)
cli-import-json = Skriv ut sammanfattningen som JSON
cli-import-failed = { $count ->
    [one] 1 meddelande kunde inte läsas in.
   *[other] { $count } meddelanden kunde inte läsas in.
}
import-summary = Nya ärenden: { $new }. Tillagda i befintliga ärenden: { $added }. Dubbletter som hoppades över: { $duplicates }. Misslyckade: { $failed }.
import-attachment-left-out = bilagan ”{ $name }” ({ $mb } MB) är större än gränsen och lades inte till
import-unknown-charset = teckenkodningen ”{ $charset }” är okänd; texten lästes in med ersättningstecken
import-reason-unreadable = filen gick inte att läsa
import-reason-empty = filen är tom
import-reason-not-a-message = filen är inget e-postmeddelande (saknar rubrikrader, är avkortad eller innehåller binärdata)
import-reason-store = meddelandet kunde inte sparas i arkivet
inbox-import = Importera e-post …
import-title = Importera e-post
import-intro = Välj sparade e-postmeddelanden (.eml), en exporterad brevlåda (.mbox) eller en mapp. Varje meddelande blir ett nytt ärende, eller läggs till i sitt ärende om det är ett svar. Meddelanden som redan finns hoppas över.
import-choose-files = Välj filer …
import-choose-folder = Välj mapp …
import-drop-hint = Du kan också dra filer och mappar till fönstret.
import-path = … eller skriv sökvägen till en fil eller mapp
import-start = Importera
import-progress = { $done } av { $total } meddelanden
import-cancel = Avbryt importen
import-cancelled = Importen avbröts. Det som hann läsas in finns kvar.
import-to-inbox = Till inkorgen
case-suggestion = Förslag från e-posten: { $kind }.
case-suggestion-phrase = Förslag från e-posten: { $kind } (utlöst av ”{ $phrase }”). Ändra typen under Ändra om förslaget inte stämmer.
case-suggestion-category = Kategori enligt e-posten: { $category } (utlöst av ”{ $phrase }”).
case-missing = Saknas för utredningen: { $items }. En begäran om komplettering listar dem.
missing-short-name = namn
missing-short-contact = telefon eller e-post
missing-short-postal-address = postadress
missing-short-reference = ärendenummer eller personnummer
missing-short-description = vad klagomålet gäller
missing-short-remedy = vad klaganden begär
missing-short-power-of-attorney = fullmakt för ombudet
missing-short-proof-of-identity = bevis på identitet
settings-attachment-mb = Största bilaga som sparas vid import (MB)
settings-reference-pattern = Mönster för inkassoärendenummer i e-post (reguljärt uttryck; första gruppen är numret)
settings-reference-pattern-invalid = Mönstret är inte ett giltigt reguljärt uttryck.
problem-before-receipt = kan inte ligga före mottagandet
field-escalation-received = Mottaget från nämnden eller domstolen
field-statement-due = Sista dag för yttrande
field-amount-claimed = Belopp som krävs
field-decision = Beslut och beslutsdatum
field-court = Tingsrätt
audit-escalation-added = Ärendet togs upp för extern prövning
audit-escalation-updated = Den externa prövningen ändrades
deadline-statement = Yttrande
case-tab-escalation = Extern prövning ({ $count })
escalation-none = Ärendet har inte tagits vidare till någon nämnd, domstol eller tillsynsmyndighet.
escalation-new = Registrera extern prövning …
escalation-reference = Deras referens (t.ex. ARN:s ärendenummer)
escalation-court = Vilken tingsrätt (t.ex. Stockholms tingsrätt)
escalation-court-case = Mål nr
escalation-claims = Klagandens krav där (ett per rad)
escalation-dates = Mottaget { $received } · sista dag för yttrande { $due }
escalation-amount = Krävt belopp: { $amount }
escalation-decision = Beslut:
escalation-decided-on = Beslutsdatum (ÅÅÅÅ-MM-DD)
escalation-decided = Beslut: { $decision } ({ $date })
escalation-body-arn = Allmänna reklamationsnämnden (ARN)
escalation-body-district-court = Tingsrätt
escalation-body-fi = Finansinspektionen (FI)
escalation-body-inkassonamnden = Inkassonämnden
escalation-body-imy = Integritetsskyddsmyndigheten (IMY)
escalation-body-other = Annan
escalation-decision-in-favour = Till klagandens fördel
escalation-decision-partly = Delvis till klagandens fördel
escalation-decision-rejected = Avslag
escalation-decision-dismissed = Avvisat
escalation-decision-withdrawn = Återkallat
summary-title = Ärendesammanställning
summary-section-case = Ärendet
summary-section-parties = Parter
summary-section-claim = Kravet
summary-section-timeline = Händelser i tidsordning
summary-footnote = Sammanställningen gjordes { $date }. { $ids ->
        [full] Personnummer visas i klartext.
       *[masked] Personnummer är maskerade.
    } { $notes ->
        [included] Interna utredningsanteckningar ingår.
       *[left-out] Interna utredningsanteckningar ingår inte.
    }
timeline-received = Klagomålet togs emot ({ $channel })
timeline-letter = Brev skapat: { $kind }
timeline-letter-approved = Brev skapat: { $kind }, granskat och godkänt av { $by } { $at }
timeline-letter-self-approved = Brev skapat: { $kind }, godkänt av { $by } själv { $at } (egen granskning)
timeline-letter-sent = Brev skickat ({ $via }): { $kind }
timeline-escalated = Ärendet togs vidare till { $body } (deras referens: { $reference }; vårt yttrande senast { $due })
timeline-decision = Beslut från { $body }: { $decision } ({ $date })
cli-print-case-about = Skriv ut hela ärendet som PDF (sammanställning med händelser i tidsordning)
cli-print-case-case = Ärendenummer, t.ex. K-2026-00042
cli-print-case-out = PDF-filen som skrivs
cli-print-case-include-notes = Ta med interna utredningsanteckningar
cli-print-case-unmask = Visa personnummer i klartext
case-print = Skriv ut ärendet …
summary-file-name = sammanstallning

## The dossier (export of a case for ARN, a court or a supervisor)
case-export = Exportera akt …
dossier-title = Exportera akten
dossier-intro = Akten är en ZIP-fil med yttrandet, ärendesammanställningen, alla meddelanden (original och PDF), skickade brev, bilagor och en innehållsförteckning (manifest.json) med kontrollsummor.
dossier-language = Språk i dokumenten
dossier-recipient = Mottagare
dossier-include-notes = Ta med interna utredningsanteckningar
dossier-unmask = Visa personnummer i klartext
dossier-redaction-help = Som standard maskeras personnummer och interna anteckningar tas inte med, eftersom ARN:s handlingar oftast är allmänna.
dossier-no-statement = Inget yttrande är skrivet än. Akten får sammanställningen och alla handlingar, men inget yttrande.
dossier-flagged-heading = Original som inte kan maskeras
dossier-flagged-help = E-post, bilagor och skickade brev följer med som de är. Kontrollera de här innan du skickar akten:
dossier-flagged-none = Inget original innehåller personnummer.
dossier-found = innehåller personnummer
dossier-not-searched = kunde inte sökas igenom (bild, PDF eller dokument)
dossier-count = { $files } filer i akten.
dossier-path = Spara som (sökväg)
dossier-choose = Välj …
dossier-save = Exportera
dossier-cancel = Avbryt
dossier-close = Stäng
dossier-progress = { $done } av { $total } filer
dossier-scanning = Läser ärendet och söker efter personnummer i originalen …
dossier-done = Akten sparades: { $path } ({ $files } filer, { $size }).
dossier-no-path = Ange var akten ska sparas.
dossier-message-inbound = Inkommande meddelande
dossier-message-outbound = Utgående meddelande
dossier-file-statement = yttrande
dossier-file-summary = sammanstallning
dossier-folder-documents = handlingar
dossier-file-message = meddelande
dossier-folder-attachments = bilagor
dossier-file-letter = brev
message-from = Från
message-to = Till
message-date = Datum
message-attachments = Bilagor
dossier-attachment-file = { $name } ({ $size }), i akten: { $path }
message-no-text = (Meddelandet har ingen text.)
error-export-disk-full = Akten kunde inte sparas i { $path }: disken är full. Ingen fil sparades.
error-export-not-writable = Akten kunde inte sparas i { $path }: det går inte att skriva i mappen.
error-export-no-folder = Akten kunde inte sparas: mappen för { $path } finns inte.
error-export-other = Akten kunde inte sparas i { $path } ({ $detail }).
error-export-pdf = Ett dokument i akten kunde inte skapas ({ $detail }). Ingen fil sparades.
error-export-cancelled = Exporten avbröts. Ingen fil sparades.
history-exported = Akten exporterades till { $recipient } ({ $redaction })
history-export-redacted = personnummer maskerade, utan interna anteckningar
history-export-unredacted = med personnummer i klartext eller interna anteckningar
dossier-show-folder = Visa mappen
audit-case-exported = Akten exporterades
audit-case-file-added = En fil sparades på ärendet
cli-export-about = Exportera ärendets akt som ZIP till ARN, domstol eller tillsynsmyndighet
cli-export-case = Ärendenummer, t.ex. K-2026-00042
cli-export-to = Mottagare: arn, court (tingsrätt), fi, inkassonamnden, imy eller other
cli-export-out = ZIP-filen som skrivs, eller en mapp (då får filen sitt standardnamn)
cli-export-include-notes = Ta med interna utredningsanteckningar
cli-export-unmask = Visa personnummer i klartext
cli-exported = Akten sparades: { $path } ({ $files } filer, { $size }, SHA-256 { $sha256 })
cli-export-flagged = Original som följer med omaskerade:

## Kommandoraden: registrera och driva ärenden (new, edit, status, assign, escalate, correspondence)

cli-help = Visa hjälpen
cli-version = Visa versionen
cli-heading-usage = Användning:
cli-heading-commands = Kommandon
cli-heading-arguments = Argument
cli-heading-options = Flaggor
cli-see-help = Se klagomal --help, eller --help efter kommandot.
error-bad-value = { $arg }: ”{ $input }” { $detail }.
error-missing-argument = Det saknas uppgifter som krävs: { $args }.
error-argument-conflict = { $arg } kan inte anges tillsammans med { $other }.
error-unknown-argument = Okänd flagga: { $arg }.
error-unknown-command = Okänt kommando: { $command }.
problem-date-time = är inte ett datum på formen ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD TT:MM

cli-new-about = Registrera ett nytt ärende, från flaggor (som i ärendeformuläret) eller från en JSON-fil. Ärendenumret skrivs ut.
cli-new-json = Läs ärendets uppgifter från en JSON-fil (samma form som ”details” i show --json)
cli-new-received = Mottaget: ÅÅÅÅ-MM-DD TT:MM eller bara datum (annars nu)
cli-new-channel = Hur klagomålet kom in: email, letter, phone eller other (annars letter)
cli-new-kind = Typ av ärende: complaint, objection eller personal_data
cli-new-category = Kategori: treatment, handling_error, fees, disputed_claim, payment_plan, communication, personal_data eller other
cli-new-subject = Ämne
cli-new-description = Beskrivning: vad klaganden är missnöjd med
cli-new-name = Klagandens namn, eller företagets
cli-new-id-number = Personnummer, samordningsnummer eller organisationsnummer
cli-new-email = Klagandens e-postadress
cli-new-phone = Klagandens telefonnummer
cli-new-street = Gatuadress
cli-new-postal-code = Postnummer
cli-new-city = Postort
cli-new-country = Land (tomt för Sverige)
cli-new-language = Språk för breven: sv eller en
cli-new-representative = Ombudets namn (tomt tar bort ombudet)
cli-new-representative-email = Ombudets e-postadress
cli-new-representative-phone = Ombudets telefonnummer
cli-new-power-of-attorney = Om fullmakt finns: yes eller no (utan värde: yes)
cli-new-representative-firm = Ombudets byrå eller organisation
cli-new-representative-street = Ombudets gatuadress
cli-new-representative-postal-code = Ombudets postnummer
cli-new-representative-city = Ombudets postort
cli-new-representative-country = Ombudets land (tomt för Sverige)
cli-new-power-of-attorney-scope = Vad fullmakten gäller: all_matters (alla ärenden hos oss), this_complaint (det här klagomålet) eller debt_cases (inkassoärendena klagomålet gäller)
cli-new-power-of-attorney-until = Sista dag fullmakten gäller (ÅÅÅÅ-MM-DD; tomt: inget slutdatum)
cli-new-power-of-attorney-file = Spara fullmakten (PDF eller bild) på ärendet; då räknas fullmakten som inkommen
cli-new-complainant-type = Konsument eller företag: consumer eller company (annars efter identitetsnumret)
cli-new-debt-cases = Inkassoärendenas nummer, åtskilda med kommatecken
cli-new-creditor = Uppdragsgivaren
cli-new-amount = Belopp i tvist, i kronor (t.ex. 1 234,50)
cli-new-remedy = Vad klaganden begär
cli-new-first-complaint = Dagen för det första klagomålet (ÅÅÅÅ-MM-DD), om det var före mottagandet
cli-edit-about = Ändra ett ärendes uppgifter: bara de flaggor som anges ändras, eller allt från en JSON-fil
cli-edit-case = Ärendenummer, t.ex. K-2026-00042
cli-edit-json = Ersätt ärendets uppgifter med en JSON-fils (samma form som ”details” i show --json)
cli-edit-received = { cli-new-received }
cli-edit-channel = Hur klagomålet kom in: email, letter, phone eller other
cli-edit-kind = { cli-new-kind }
cli-edit-category = { cli-new-category }
cli-edit-subject = { cli-new-subject }
cli-edit-description = { cli-new-description }
cli-edit-name = { cli-new-name }
cli-edit-id-number = { cli-new-id-number }
cli-edit-email = { cli-new-email }
cli-edit-phone = { cli-new-phone }
cli-edit-street = { cli-new-street }
cli-edit-postal-code = { cli-new-postal-code }
cli-edit-city = { cli-new-city }
cli-edit-country = { cli-new-country }
cli-edit-language = { cli-new-language }
cli-edit-representative = { cli-new-representative }
cli-edit-representative-email = { cli-new-representative-email }
cli-edit-representative-phone = { cli-new-representative-phone }
cli-edit-power-of-attorney = { cli-new-power-of-attorney }
cli-edit-representative-firm = { cli-new-representative-firm }
cli-edit-representative-street = { cli-new-representative-street }
cli-edit-representative-postal-code = { cli-new-representative-postal-code }
cli-edit-representative-city = { cli-new-representative-city }
cli-edit-representative-country = { cli-new-representative-country }
cli-edit-power-of-attorney-scope = { cli-new-power-of-attorney-scope }
cli-edit-power-of-attorney-until = { cli-new-power-of-attorney-until }
cli-edit-power-of-attorney-file = { cli-new-power-of-attorney-file }
cli-edit-complainant-type = { cli-new-complainant-type }
cli-edit-debt-cases = { cli-new-debt-cases }
cli-edit-creditor = { cli-new-creditor }
cli-edit-amount = { cli-new-amount }
cli-edit-remedy = { cli-new-remedy }
cli-edit-first-complaint = { cli-new-first-complaint }
cli-status-about = Flytta ett ärende till nästa status (bara de steg som reglerna tillåter)
cli-status-case = Ärendenummer, t.ex. K-2026-00042
cli-status-to = Ny status: new, under_investigation, awaiting_information, awaiting_review, answered, closed, referred eller escalated
cli-status-reason = Motivering (krävs för att öppna ett avslutat ärende igen eller avsluta ett öppet i förtid)
cli-assign-about = Tilldela ett ärende till en handläggare
cli-assign-case = Ärendenummer, t.ex. K-2026-00042
cli-assign-officer = Handläggarens namn (stora eller små bokstäver spelar ingen roll) eller nummer
cli-escalate-about = Registrera att klaganden har gått vidare till ARN, domstol eller tillsynsmyndighet (extern prövning)
cli-escalate-case = Ärendenummer, t.ex. K-2026-00042
cli-escalate-to = Vem: arn, court (tingsrätt), fi, inkassonamnden, imy eller other
cli-escalate-reference = Deras diarienummer eller referens
cli-escalate-statement-due = Sista dag för vårt yttrande (ÅÅÅÅ-MM-DD)
cli-escalate-claims = Ett yrkande från klaganden (flaggan kan anges flera gånger)
cli-escalate-amount = Beloppet som klaganden kräver, i kronor
cli-escalate-received = Dagen deras brev kom in (ÅÅÅÅ-MM-DD), annars i dag
cli-escalate-court = Tingsrättens namn när det gäller en domstol, t.ex. "Stockholms tingsrätt"
cli-correspondence-about = Korrespondensen i ett ärende
cli-correspondence-add-about = Registrera ett brev som kommit med posten (den inskannade filen sparas som bilaga) eller ett telefonsamtal
cli-correspondence-add-case = Ärendenummer, t.ex. K-2026-00042
cli-correspondence-add-file = Det inskannade brevet (PDF eller bild)
cli-correspondence-add-phone = Vad som sades i telefonsamtalet
cli-correspondence-add-subject = Ämne
cli-correspondence-add-date = När brevet kom in eller samtalet hölls (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD TT:MM), annars nu
cli-correspondence-add-from = Avsändare (annars klagandens namn)

cli-case-created = Ärendet { $number } registrerades.
cli-case-updated = Ärendet { $number } ändrades.
cli-case-unchanged = Ingenting ändrades i { $number }.
error-json-unreadable = Filen { $path } kunde inte läsas: { $detail }
error-json-case = Filen { $path } går inte att läsa som ett ärendes uppgifter (rad { $line }, kolumn { $column }): { $detail }. Ingenting sparades.
cli-status-changed = Ärendet { $number } har nu status ”{ $status }”.
cli-status-reason-hint = Skriv motiveringen med --reason.
cli-status-step = { $code } ({ $label })
cli-status-step-reason = { $code } ({ $label }, kräver motivering)
cli-status-allowed = Tillåtna nästa steg från ”{ $from }”: { $steps }.
cli-assigned = Ärendet { $number } är nu tilldelat { $officer }.
cli-officer = { $id } { $name }
error-unknown-officer = Det finns ingen handläggare ”{ $officer }”. Handläggare: { $officers }.
error-ambiguous-officer = Flera handläggare heter ”{ $officer }”. Ange numret i stället: { $officers }.
cli-escalated = Den externa prövningen hos { $body } registrerades i { $number }. Yttrandet ska in senast { $due }.
cli-letter-registered = Brevet registrerades i { $number } med bilagan { $file }.
cli-call-registered = Telefonsamtalet registrerades i { $number }.
error-scan-too-large = Filen { $path } är för stor ({ $size }); gränsen för bilagor är { $limit }. Ingenting sparades.
show-correspondence = Korrespondens
show-no-correspondence = Ingen korrespondens ännu.
show-letters = Brev
show-no-letters = Inga brev ännu.
show-letter-dated = daterat { $date }
show-letter-approved = Granskat och godkänt av { $by } den { $at }
show-letter-self-approved = Godkänt av { $by } själv den { $at } (egen granskning)
show-attachments = Bilagor: { $files }

## Säkerhetskopior och återställning

cli-backup-about = Gör en säkerhetskopia av arkivet (krypterad, kontrollerad, med nyckelplatserna), eller visa och kontrollera kopiorna
cli-backup-to = Mappen kopian skrivs till (en annan disk, en nätverksmapp, ett USB-minne); annars mappen i inställningarna
cli-backup-list-about = Visa säkerhetskopiorna i mappen, äldst först
cli-backup-list-folder = Mappen; annars mappen i inställningarna
cli-backup-list-json = Skriv ut listan som JSON
cli-backup-verify-about = Kontrollera en säkerhetskopia: öppna en kopia av den med din lösenfras och pröva den (integritet, granskningsloggens kedja); ingenting ändras
cli-backup-verify-file = Säkerhetskopian (.db), med nyckelplatserna (.slots) bredvid
cli-restore-about = Återställ arkivet från en säkerhetskopia: visar först vad den innehåller; det nuvarande arkivet sparas undan (byter namn), det raderas inte. Stäng programmets fönster först.
cli-restore-file = Säkerhetskopian (.db), med nyckelplatserna (.slots) bredvid
cli-restore-dry-run = Visa bara vad säkerhetskopian innehåller; ingenting ändras
cli-backup-no-folder = Ingen mapp för säkerhetskopior är vald. Ange --to MAPP, eller välj en mapp under Inställningar → Säkerhetskopior.
cli-backup-made = Säkerhetskopian skrevs till { $path } och är kontrollerad: { $cases } ärenden, { $size }.
cli-backup-rotated = { $count ->
    [one] En äldre kopia togs bort
   *[other] { $count } äldre kopior togs bort
} (dagliga, veckovisa och månatliga kopior sparas enligt inställningarna).
cli-backup-none = Det finns inga säkerhetskopior i { $folder }.
cli-backup-line = gjord { $made }, { $cases } ärenden, { $size }
cli-backup-no-manifest = utan beskrivning (.json saknas)
cli-backup-holds = { $cases } ärenden, { $events } händelser i granskningsloggen, den senaste { $last }
cli-backup-verified = Säkerhetskopian är hel: den öppnas med din lösenfras, databasen är oskadd och granskningsloggens kedja håller.
cli-restore-would = Säkerhetskopian innehåller (ingenting har ändrats):
cli-restored = Arkivet { $path } är återställt från säkerhetskopian:
cli-restore-aside = Arkivet som fanns där förut är sparat som { $path }.
error-too-many-attempts = För många felaktiga lösenfraser i rad. Vänta och försök igen kl. { $time }. Arkivet är oförändrat.
settings-backup = Säkerhetskopior
settings-backup-help = En säkerhetskopia är en hel, krypterad och kontrollerad kopia av arkivet med handläggarnas nyckelplatser. Den görs av sig själv när programmet låses eller stängs och högst en gång om dagen annars, och när du ber om det. Välj en mapp på en annan disk, en nätverksmapp eller ett USB-minne. Återställ med ”klagomal restore”.
settings-backup-folder = Mapp för säkerhetskopior
settings-backup-folder-show = Mapp för säkerhetskopior: { $folder }
settings-backup-pick = Välj mapp …
settings-backup-keep = Spara
settings-backup-daily = dagliga,
settings-backup-weekly = veckovisa och
settings-backup-monthly = månatliga kopior.
settings-backup-warn = Varna efter
settings-backup-days = dagar utan kopia.
settings-backup-bad-number = Antalet kopior ska vara 0–99 och antalet dagar 1–90.
settings-backup-no-folder = Ingen mapp för säkerhetskopior är vald. En administratör väljer den här.
settings-backup-now = Gör en säkerhetskopia nu
settings-backup-running = Säkerhetskopian görs och kontrolleras …
settings-backup-last = Senaste säkerhetskopia: { $at }
settings-backup-never = Ingen säkerhetskopia har gjorts ännu.
inbox-backup-overdue = { $days ->
    [0] Ingen säkerhetskopia av arkivet har gjorts.
   *[other] Ingen säkerhetskopia av arkivet har gjorts på { $days } dagar.
} En trasig eller stulen dator kan ta alla ärenden med sig.
inbox-backup-unset = Ingen mapp för säkerhetskopior är vald, så inga kopior görs.
inbox-backup-failed = Den senaste säkerhetskopian misslyckades: { $reason }
inbox-backup-open = Säkerhetskopior …
inbox-backup-ok = Säkerhetskopia { $at }
error-backup-folder = Mappen för säkerhetskopior, { $path }, går inte att nå. Är disken eller USB-minnet anslutet, och finns mappen?
error-backup-not-verified = Säkerhetskopian klarade inte kontrollen (databasens integritet, granskningsloggens kedja eller antalet ärenden) och sparades inte. Arkivet är oförändrat.
audit-store-backed-up = En säkerhetskopia gjordes och kontrollerades
audit-store-restored = Arkivet återställdes från en säkerhetskopia

## Rättelse, radering och deras brev (artikel 16, 17 och 19)

rectified-field-name = Namn
rectified-field-id-number = Personnummer eller organisationsnummer
rectified-field-address = Adress
rectified-field-email = E-postadress
rectified-field-phone = Telefonnummer
letter-id-kind = { $kind ->
    [samordningsnummer] Samordningsnummer
    [organisationsnummer] Organisationsnummer
   *[personnummer] Personnummer
}
audit-case-rectified = En uppgift om den klagande rättades
error-person-not-found = Ingen klagande matchar på person- eller samordningsnummer, e-postadress eller telefonnummer.
error-correction-empty = Skriv det nya värdet.
error-correction-email = Det nya värdet är ingen giltig e-postadress.
error-correction-address = Skriv adressen som på ett kuvert: gatan först, sedan postnummer och ort, till exempel ”Storgatan 1, 413 19 Göteborg”. En adress utomlands: gata, postnummer och ort, land.
error-correction-unchanged = Uppgiften stämmer redan i alla personens ärenden. Ingenting ändrades.
erasure-letter-hold-marked = vi behöver uppgifterna för ett rättsligt anspråk ({ $reason })
erasure-letter-hold-escalation = { $body ->
    [arn] Allmänna reklamationsnämnden (ARN) prövar saken
    [district_court] en domstol prövar saken
    [fi] Finansinspektionen granskar saken
    [inkassonamnden] Inkassonämnden prövar saken
    [imy] Integritetsskyddsmyndigheten (IMY) granskar saken
   *[other] en nämnd eller myndighet prövar saken
}, och vi behöver uppgifterna för att kunna visa hur vi har hanterat den
erasure-letter-hold-open = { $escalated ->
    [1] saken prövas av en nämnd, domstol eller myndighet, och vi behöver uppgifterna så länge prövningen pågår
   *[other] ärendet är inte avslutat, och vi behöver uppgifterna för att utreda och besvara det
}
cli-person-rectify-about = Rätta en uppgift om en person (art. 16) i alla ärenden där hen är klagande; den gamla uppgiften sparas i ärendets historik
cli-person-rectify-person = Personnummer eller samordningsnummer, e-postadress eller telefonnummer (ett namn räcker inte)
cli-person-rectify-field = Vilken uppgift: name (namn), id_number (personnummer), address (adress), email (e-post) eller phone (telefon)
cli-person-rectify-value = Det rätta värdet; en adress som på ett kuvert: "Storgatan 1, 413 19 Göteborg". Tom e-post eller telefon tar bort en felaktig uppgift
cli-person-rectify-reason = Varför, t.ex. "Personen meddelade ny adress per e-post 2026-12-01" (sparas i historiken)
cli-person-rectify-letter = Skriv också en kopia av bekräftelsebrevet (PDF) till den här filen; brevet sparas alltid i ärendet
cli-person-erase-letter = PDF-filen som brevet till personen skrivs till innan något raderas (krävs utom vid --dry-run); brevet sparas inte i registret när något raderas
cli-person-rectified = Rättelsen är gjord i { $cases ->
    [one] ett ärende
   *[other] { $cases } ärenden
}: { $numbers }. { $field }: { $value }
cli-person-rectified-unchanged = Redan rätt i: { $numbers }.
cli-person-notify = Meddela dem som har fått uppgifter om personen (art. 19): { $recipients }.
cli-person-letter-written = Brevet till personen skrevs till { $path } och sparades i ärende { $number }.
cli-person-erasure-letter-written = Brevet till personen skrevs till { $path }. Det sparas inte i registret, eftersom det innehåller de raderade uppgifterna.
cli-person-no-letter = Inget brev skrevs till personen (ange --letter FIL.pdf).
error-erasure-letter-not-saved = Ingenting raderades: brevet till personen kunde inte sparas. { $problem }
cli-person-partly-erased = Ärendena med ett rättsligt hinder raderades inte: { $cases }.

## GDPR: förlängd svarstid (artikel 12.3)

error-extension = Beskedet om försening skapades inte: svarstiden för en begäran om personuppgifter får bara förlängas så som artikel 12.3 i dataskyddsförordningen tillåter. { $problems }
extension-problem-too-late = Förlängningen måste meddelas inom en månad från att begäran kom in, senast { $date }.
extension-problem-too-long = Det nya datumet får ligga högst tre månader efter att begäran kom in, senast { $date }.
extension-problem-no-reason = Skälet till förseningen måste anges.

## Brev som e-post (ett osänt e-postmeddelande med brevet som PDF)

eml-body =
    Hej!

    Här kommer ett brev från oss i ärende { $number }: { $kind }. Brevet finns som PDF-fil i bilagan.
audit-letter-sent = Ett brev skickades
audit-review-submitted = Ett brev lämnades för granskning
audit-review-approved = Ett brev granskades och godkändes
audit-review-returned = Ett brev skickades tillbaka efter granskning
note-kind-review = Granskning
review-state-pending = Väntar på granskning
review-state-approved = Godkänt
review-state-returned = Tillbakaskickat
sent-via-email = e-post
sent-via-post = post
cli-letter-eml = Skriv också brevet som ett osänt e-postmeddelande (.eml) med PDF-filen bifogad, att öppna och skicka i e-postprogrammet
cli-letter-eml-written = E-postmeddelandet till { $to } skrevs till { $path }. Brevet är registrerat som skickat med e-post { $date }.
cli-letter-recipient = Mottagare: representative (ombudet, kräver giltig fullmakt) eller complainant (klaganden); annars ombudet när det har giltig fullmakt, annars klaganden
error-eml-no-address = Brevet kan inte skickas med e-post: varken den klagande eller ombudet har en e-postadress i ärendet.
error-eml-not-for-email = Ett yttrande skickas till nämnden, domstolen eller myndigheten på deras eget sätt, inte med e-post härifrån.
error-eml-write = E-postmeddelandet kunde inte skrivas ({ $detail }). Brevet är inte registrerat som skickat.
review-waiting = { $kind } väntar på granskning – skrivet av { $author } { $at }
review-own-draft = Du har skrivit brevet själv. En annan klagomålsansvarig måste granska och godkänna det.
review-self-approval = Du har skrivit brevet själv. Inställningarna tillåter egen granskning; godkännandet markeras i historiken och i akten.
review-override = Jag har handlagt inkassoärende { $number } men godkänner ändå (antecknas i historiken)
review-open-pdf = Visa PDF
review-comment = Kommentar till handläggaren: vad ska ändras?
review-return = Skicka tillbaka
review-approve = Godkänn
review-pdf-opened = Utkastet öppnades i PDF-visaren.

## The disclosure log

field-disclosed-to = Mottagarens namn
field-disclosed-what = Vad som lämnades ut
field-disclosed-on = Datum för utlämnandet
audit-disclosure-recorded = Ett utlämnande av personuppgifter registrerades
audit-case-erased = Den klagandes personuppgifter raderades ur ärendet
audit-case-legal-hold-set = Ärendet markerades med ett rättsligt anspråk (får inte raderas)
audit-case-legal-hold-released = Markeringen om rättsligt anspråk togs bort
disclosure-recipient-creditor = Uppdragsgivaren (borgenären)
disclosure-recipient-kronofogden = Kronofogdemyndigheten
disclosure-recipient-police = Polisen
disclosure-recipient-fi = Finansinspektionen
disclosure-recipient-imy = Integritetsskyddsmyndigheten (IMY)
disclosure-recipient-court = Domstol
disclosure-recipient-arn = Allmänna reklamationsnämnden (ARN)
disclosure-recipient-data-subject = Den registrerade själv
disclosure-recipient-other = Annan mottagare
legal-basis-legal-obligation = Rättslig förpliktelse (art. 6.1 c)
legal-basis-contract = Avtal med uppdragsgivaren (art. 6.1 b)
legal-basis-legitimate-interests = Berättigat intresse, t.ex. att bevaka ett rättsligt anspråk (art. 6.1 f)
legal-basis-consent = Samtycke (art. 6.1 a)
legal-basis-access-request = Den registrerades rätt till tillgång (art. 15)
disclosure-source-manual = registrerat av handläggare
disclosure-source-dossier = akt exporterad för extern prövning
disclosure-source-register-extract = registerutdrag
cli-disclosure-about = Loggen över utlämnade personuppgifter: till vem, vad, när och med vilken rättslig grund
cli-disclosure-add-about = Registrera att uppgifter i ett ärende har lämnats ut
cli-disclosure-add-case = Ärendenummer, t.ex. K-2026-00042
cli-disclosure-add-to = Mottagare: creditor, kronofogden, police, fi, imy, court, arn, data_subject eller other
cli-disclosure-add-name = Mottagarens namn (krävs för other, t.ex. en advokatbyrå; annars frivilligt, t.ex. vilken tingsrätt)
cli-disclosure-add-what = Vad som lämnades ut, t.ex. ”namn, adress och ärendets handlingar”
cli-disclosure-add-basis = Rättslig grund: legal_obligation, contract, legitimate_interests, consent eller access_request
cli-disclosure-add-date = Dagen uppgifterna lämnades ut (ÅÅÅÅ-MM-DD), annars i dag
cli-disclosure-list-about = Visa utlämnandena i ett ärende, eller i alla ärenden
cli-disclosure-list-case = Ärendenummer (utelämnat: alla ärenden)
cli-disclosure-list-json = Skriv listan som JSON
cli-disclosure-added = Utlämnandet till { $to } registrerades i { $number }.
cli-disclosure-none = Inga utlämnanden är registrerade.
history-disclosure = Personuppgifter lämnades ut till { $to } – { $basis }

## A person across cases

person-match-id-number = samma person- eller samordningsnummer
person-match-email = samma e-postadress
person-match-phone = samma telefonnummer
person-match-name = samma namn
cli-person-about = En person i alla ärenden: sök, anteckningar att granska, registerutdrag, rättelse och radering
cli-person-find-about = Hitta ärendena där en person är klagande: efter personnummer, samordningsnummer, e-postadress, telefonnummer eller namn
cli-person-find-query = Personnummer eller samordningsnummer (alla skrivsätt), e-postadress, telefonnummer eller namn
cli-person-find-json = Skriv träffarna som JSON
cli-person-none = Ingen klagande i något ärende matchar.
cli-person-to-confirm = { $how } – bekräfta att det är samma person
cli-person-extract-about = Gör ett registerutdrag (art. 15) för en person: följebrev, uppgifterna som JSON och korrespondensen, i en ZIP-fil
cli-person-extract-person = Personnummer eller samordningsnummer, e-postadress eller telefonnummer (ett namn räcker inte)
cli-person-extract-out = ZIP-filen som ska skrivas
cli-person-extract-include-note = En intern anteckning som är personuppgifter om personen själv och ska med (id:t från person notes). Kan anges flera gånger; övriga anteckningar utelämnas och listas
cli-person-notes-about = Lista de interna anteckningarna i personens ärenden, så att du kan välja vilka som ska med i registerutdraget
cli-person-notes-person = Personnummer eller samordningsnummer, e-postadress eller telefonnummer (ett namn räcker inte)
cli-person-notes-json = Skriv anteckningarna som JSON
cli-person-notes-none = Personens ärenden har inga interna anteckningar.
cli-person-notes-hint = Kolumnerna: ärende, id, datum, skribent, typ, första raden. Ta med en anteckning i registerutdraget med --include-note ID, men bara om den är personuppgifter om personen själv och inte om någon annan. Övriga anteckningar utelämnas och listas med skälet.
cli-person-note-not-theirs = Anteckning { $id } finns inte i personens ärenden. Se person notes för id:na.
cli-person-extract-none = Ingen klagande matchar på person- eller samordningsnummer, e-postadress eller telefonnummer. Ett namn räcker inte för ett registerutdrag.
cli-person-extracted = Registerutdraget skrevs till { $path }: { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    }, { $left_out ->
        [0] inget utelämnat
       *[other] { $left_out } utelämnade (se left_out i JSON-filen)
    }. Det är registrerat som utlämnat till den registrerade.
cli-person-erase-about = Radera en person (art. 17): brevet till personen skrivs först, sedan anonymiseras alla ärenden där hen är klagande och som inget rättsligt hinder håller kvar; statistiken (typ, kategori, utfall, datum) finns kvar
cli-person-erase-person = Personnummer eller samordningsnummer, e-postadress eller telefonnummer (ett namn räcker inte)
cli-person-erase-dry-run = Visa bara vad som skulle raderas; ingenting ändras
cli-person-erase-none = Ingen klagande matchar på person- eller samordningsnummer, e-postadress eller telefonnummer. Inget raderades.
cli-person-erase-would = Detta skulle raderas ur { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    }:
cli-person-erased = Personens uppgifter raderades ur { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    } (namn, personnummer, adress, e-post, telefon och fritexter). Statistiken finns kvar.
cli-person-erase-counts = { $messages } meddelanden, { $attachments } bilagor, { $notes } anteckningar, { $letters } brev, { $files } filer{ $representative ->
        [0] {""}
       *[other] , ombudet
    }
cli-hold-about = Markera ett rättsligt anspråk på ett ärende: den klagandes uppgifter får då inte raderas
cli-hold-case = Ärendenummer, t.ex. K-2026-00042
cli-hold-reason = Skälet, t.ex. "Tvist vid tingsrätten" (visas när en radering nekas)
cli-hold-set = Ärende { $number } är markerat med ett rättsligt anspråk och kan inte raderas.
cli-release-about = Ta bort markeringen om rättsligt anspråk från ett ärende
cli-release-case = Ärendenummer, t.ex. K-2026-00042
cli-hold-released = Markeringen om rättsligt anspråk är borttagen från ärende { $number }.
show-disclosures = Utlämnade personuppgifter
show-no-disclosures = Inga utlämnanden registrerade.


## Personvyn: den registrerades rättigheter (registerutdrag, radering, rättsligt anspråk)

top-people = Registrerade
case-show-person = Allt om den här personen
person-title = Registrerade personer
person-search = Personnummer, samordningsnummer, e-postadress, telefonnummer eller namn
person-search-button = Sök
person-search-help = Sök på ett personnummer, en e-postadress eller ett telefonnummer för att hitta alla ärenden där personen är klagande. Ett namn räcker inte ensamt: ärenden som bara har samma namn visas för dig att bekräfta.
person-searching = Söker …
person-none = Ingen klagande i något ärende matchar.
person-cases = Personens ärenden ({ $count })
person-no-cases = Inga ärenden valda ännu. Bekräfta nedan vilka ärenden med samma namn som gäller personen.
person-column-case = Ärende
person-column-kind = Typ
person-column-status = Status
person-column-received = Inkom
person-column-messages = Meddelanden
person-column-letters = Brev
person-column-matched = Träff
person-column-hold = Rättsligt anspråk
person-column-date = Datum
person-column-recipient = Mottagare
person-column-what = Vilka uppgifter
person-column-basis = Rättslig grund
person-hold-mark = Markera anspråk …
person-hold-reason = Skäl, t.ex. Tvist vid tingsrätten
person-hold-prompt = Rättsligt anspråk i { $case }:
person-hold-set = Markera
person-hold-marked = Markerat: { $reason }
person-hold-release = Ta bort
person-to-confirm = Att bekräfta: samma namn ({ $count })
person-to-confirm-help = Ett namn räcker inte för att veta att det är samma person. Kryssa bara i de ärenden som du har kontrollerat gäller personen; de kommer då med i listan ovan och i registerutdraget.
person-to-confirm-case = { $case } · { $name } · inkom { $received } · { $status }
person-disclosures = Utlämnade personuppgifter ({ $count })
person-disclosure-to-named = { $to } ({ $name })
person-extract-open = Registerutdrag …
person-erase-open = Radera personens uppgifter …
person-erase-role = Bara klagomålsansvarig eller administratör kan radera en persons uppgifter och ta bort markeringar om rättsligt anspråk.
person-erase-identifier = För att radera, sök på personnummer, e-postadress eller telefonnummer. Ett namn räcker inte.
person-extract-title = Registerutdrag (artikel 15)
person-extract-notes-help = Interna anteckningar kommer bara med om de är personuppgifter om den här personen och inte om någon annan. Läs varje anteckning och kryssa i de som ska med. De som inte kryssas i utelämnas och listas i utdraget med skälet.
person-extract-no-notes = Personens ärenden har inga interna anteckningar.
person-extract-note = { $case } · { $date } · { $author } · { $kind }
person-extract-chosen = { $count ->
        [0] Ingen anteckning kommer med.
        [one] En anteckning kommer med.
       *[other] { $count } anteckningar kommer med.
    }
person-extract-file-name = registerutdrag
person-extract-path = Var registerutdraget ska sparas (ZIP-fil)
person-extract-save-as = Spara som …
person-extract-save = Gör registerutdraget
person-extract-running = Gör registerutdraget …
person-extract-no-dialog = Ingen fil valdes. Skriv sökvägen i fältet och klicka på Gör registerutdraget.
person-extract-no-path = Skriv var registerutdraget ska sparas.
person-extract-done = Registerutdraget sparades i { $path } ({ $files } filer). Det är registrerat som utlämnat till den registrerade, och följebrevet finns i det senaste ärendet.
person-extract-nothing-left-out = Inget utelämnades.
person-extract-left-out = Utelämnat ur utdraget:
person-left-out = { $case }: { $what } – { $reason }
person-left-out-notes = { $count ->
        [one] en intern anteckning
       *[other] { $count } interna anteckningar
    }
person-left-out-attachments = { $count ->
        [one] en bilaga
       *[other] { $count } bilagor
    }
person-left-out-letters = { $count ->
        [one] ett brev
       *[other] { $count } brev
    }
person-left-out-power-of-attorney = fullmakten
person-left-out-reason-not-their-data = inte personens egna uppgifter enligt din granskning
person-left-out-reason-representative = innehåller ombudets uppgifter
person-rectify-open = Rätta en uppgift …
person-rectify-title = Rätta en uppgift om personen (artikel 16)
person-rectify-help = Uppgiften rättas i alla personens ärenden. Den gamla uppgiften sparas i ärendets historik med vem som rättade den och när; personen får ett bekräftelsebrev.
person-rectify-value = Det rätta värdet
person-rectify-address-hint = Som på ett kuvert: gatan först, sedan postnummer och ort, till exempel ”Storgatan 12 B, 413 19 Göteborg”.
person-rectify-remove-hint = Lämna fältet tomt för att ta bort en felaktig uppgift.
person-rectify-reason = Varför, till exempel ”Personen meddelade ny adress per e-post 2026-12-01” (sparas i historiken)
person-rectify-confirm = Rätta och skriv bekräftelsen
person-rectify-letter-kept = Bekräftelsebrevet är sparat i det senaste ärendet som ändrades. Öppna det och skicka det till personen.
person-rectify-show-letter = Visa brevet
person-rectify-letter-name = rattelsebesked
person-erase-title = Radera personens uppgifter (artikel 17)
person-erase-planning = Tar fram vad som skulle raderas …
person-erase-would = Detta skulle raderas ur { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    } (namn, personnummer, adress, e-post, telefon och fritexter; statistiken finns kvar):
person-erase-counts = { $case }: { $messages ->
        [one] 1 meddelande
       *[other] { $messages } meddelanden
    }, { $attachments ->
        [one] 1 bilaga
       *[other] { $attachments } bilagor
    }, { $notes ->
        [one] 1 anteckning
       *[other] { $notes } anteckningar
    }, { $letters ->
        [one] 1 brev
       *[other] { $letters } brev
    }, { $files ->
        [one] 1 fil
       *[other] { $files } filer
    }{ $representative ->
        [0] {""}
       *[other] , ombudet
    }
person-erase-held = Radering är inte möjlig. Dessa ärenden omfattas av ett rättsligt hinder:
person-erase-hold = { $case }: { $reason }
person-erase-held-some = Dessa ärenden omfattas av ett rättsligt hinder och raderas inte nu; brevet säger varför:
person-erase-all-held = Inget ärende kan raderas nu. Brevet till personen blir ett avslag med skälen och rätten att klaga hos IMY; det sparas i det senaste ärendet.
person-erase-letter-path = Var brevet till personen ska sparas (PDF); det skrivs innan något raderas
person-erase-letter-name = raderingsbesked
person-erase-refuse = Skriv avslaget
person-erase-no-path = Skriv var brevet till personen ska sparas. Utan brevet raderas ingenting.
person-erase-no-dialog = Ingen fil valdes. Skriv sökvägen i fältet och klicka på knappen igen.
person-erase-letter-written = Brevet till personen skrevs till { $path }. Skicka det till personen; det sparas inte i arkivet, eftersom det innehåller de raderade uppgifterna.
person-erase-refused = Inget raderades. Avslaget skrevs till { $path } och sparades i ärendet.
person-erase-notify = Meddela dem som har fått uppgifter om personen (artikel 19): { $recipients }.
person-erase-warning = Raderingen går inte att ångra. Kontrollera att ärendena ovan gäller rätt person.
person-erase-confirm = { $cases ->
        [one] Radera personens uppgifter ur ett ärende
       *[other] Radera personens uppgifter ur { $cases } ärenden
    }
person-erase-running = Raderar och skriver om arkivfilen, det kan ta en stund …
person-erase-none = Ingen klagande matchar längre. Inget raderades.
person-erased = Personens uppgifter raderades ur { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    }. Statistiken finns kvar. Detta raderades:

## Officers and roles

role-officer = handläggare
role-manager = klagomålsansvarig
role-admin = administratör

## Officers on the command line

cli-officer-about = Handläggarna som loggar in i arkivet, deras roller och lösenfraser
cli-officer-add-about = Lägg till en handläggare med en första lösenfras (från KLAGOMAL_NEW_PASSPHRASE eller frågas efter två gånger). Kräver rollen administratör
cli-officer-add-name = Handläggarens fullständiga namn, som det ska stå i brev och väljas vid inloggningen
cli-officer-add-roles = En roll: officer (handläggare), manager (klagomålsansvarig) eller admin (administratör). Kan anges flera gånger; utan den blir det handläggare
cli-officer-add-title = Titel, till exempel Handläggare
cli-officer-list-about = Visa handläggarna med roller och om de är aktiva
cli-officer-list-json = Skriv ut som JSON
cli-officer-remove-about = Ta bort en handläggare: handläggaren kan inte längre logga in, och arkivet får en ny nyckel. Kräver rollen administratör
cli-officer-remove-name = Handläggarens namn
cli-officer-roles-about = Ange en handläggares roller. Kräver rollen administratör
cli-officer-roles-name = Handläggarens namn
cli-officer-roles-roles = En roll: officer, manager eller admin. Anges en gång per roll
cli-officer-passwd-about = Byt din egen lösenfras (den nya från KLAGOMAL_NEW_PASSPHRASE eller frågas efter två gånger)
cli-key-about = Arkivets nyckel
cli-key-export-about = Skriv ut arkivets datanyckel i hex, så att ett annat SQLCipher-program kan öppna arkivet. Kräver rollen administratör
cli-officer-added = { $name } lades till som { $roles }.
cli-officer-row = { $name }: { $roles }
cli-officer-row-removed = { $name }: { $roles } (borttagen)
cli-officer-removed = { $name } är borttagen och kan inte längre logga in. Arkivet har fått en ny nyckel, så äldre kopior av nyckelfilen öppnar det inte.
cli-officer-roles-set = { $name } har nu rollerna { $roles }.
cli-passphrase-changed = Lösenfrasen för { $name } är bytt.
cli-officer-not-found = Det finns ingen aktiv handläggare ”{ $officer }”. Handläggare: { $officers }.
cli-officer-not-given = Flera handläggare kan logga in i arkivet. Ange vem du är med --officer NAMN eller KLAGOMAL_OFFICER. De som kan logga in: { $officers }.
cli-officer-cannot-sign-in = Ingen handläggare med det namnet kan logga in i arkivet. De som kan logga in: { $officers }.
cli-key-export-warning = VARNING: Den här nyckeln öppnar hela arkivet utan lösenfras, för den som har en kopia av arkivfilen. Förvara den som arkivet självt (till exempel i ett kassaskåp eller en lösenordshanterare), skicka den aldrig med e-post, och ta bort den när den inte längre behövs. Nyckeln slutar gälla när en handläggare tas bort. Exporten är loggad.
cli-officer-passphrase-warning = Lämna över lösenfrasen personligen. Glöms den kan en administratör ta bort handläggaren och lägga till hen på nytt; ingenting i arkivet går förlorat.
cli-no-new-passphrase = Ingen ny lösenfras angiven. Sätt KLAGOMAL_NEW_PASSPHRASE eller kör kommandot i en terminal.
cli-new-passphrase-mismatch = Lösenfraserna stämmer inte överens. Ingenting ändrades.

## Settings: officers and passphrases

settings-officers = Handläggare
settings-officers-help = Varje handläggare loggar in med sitt eget namn och sin egen lösenfras. Rollerna styr vad var och en får göra: klagomålsansvarig granskar slutliga besked, administratör hanterar handläggare, inställningar och brevmallar. Den som inte kan logga in (ett namn att tilldela ärenden) får en lösenfras om du lägger till handläggaren under samma namn.
settings-officer-new = Lägg till en handläggare
settings-officer-new-name = Namn (som det står i brev)
settings-officer-new-title = Titel
settings-officer-new-passphrase = Första lösenfras
settings-officer-new-hint = Lämna över lösenfrasen personligen; handläggaren byter den själv under Inställningar.
settings-officer-name-needed = Skriv handläggarens namn.
settings-officer-add = Lägg till
settings-officer-added = { $name } lades till. Lämna över lösenfrasen personligen.
settings-officer-remove = Ta bort
settings-officer-remove-confirm = Ta bort { $name }? Handläggaren kan inte längre logga in, men namnet finns kvar i ärendenas historik. Arkivet får en ny nyckel, vilket kan ta en stund.
settings-officer-removed = { $name } är borttagen. Arkivet har fått en ny nyckel.
settings-officer-inactive = Borttagen
settings-officer-no-sign-in = Kan inte logga in
settings-officers-busy = Sparar …
settings-passphrase = Din lösenfras
settings-passphrase-new = Ny lösenfras
settings-passphrase-hint = Den nya lösenfrasen gäller från nästa inloggning. Den gamla slutar gälla.
settings-passphrase-change = Byt lösenfras
settings-passphrase-changed = Din lösenfras är bytt.

## Retention (gallring)

audit-retention-swept = En gallring kördes: ärenden som avslutades för mer än lagringstiden sedan anonymiserades
cli-retention-about = Gallring: ärenden som avslutades för mer än lagringstiden sedan anonymiseras
cli-retention-sweep-about = Kör gallringen: anonymisera alla ärenden som avslutades för mer än lagringstiden sedan, utom de som har ett rättsligt anspråk (kräver administratör eller klagomålsansvarig)
cli-retention-sweep-dry-run = Visa bara vad som skulle gallras, med ärendenummer; ingenting ändras
cli-retention-sweep-json = Skriv rapporten som JSON
cli-settings-retention-about = Visa lagringstiden, eller ange en ny (i månader efter att ärendet avslutades)
cli-settings-retention-months = Lagringstiden i hela månader, 1–120 (standard 36)
retention-months-bad = ”{ $input }” är ingen lagringstid: ange hela månader, 1–120.
retention-months-show = Lagringstid: { $months } månader efter att ärendet avslutades.
retention-months-saved = Lagringstiden är nu { $months } månader efter att ärendet avslutades.
retention-would = Gallringen skulle anonymisera { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    } som avslutades för mer än { $months } månader sedan.
retention-done = Gallringen anonymiserade { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    } som avslutades för mer än { $months } månader sedan. Statistiken (typ, kategori, utfall, datum) finns kvar.
retention-nothing = Inget ärende har passerat lagringstiden på { $months } månader.
retention-year-row = Avslutade { $year }: { $anonymised } anonymiseras, { $held } behålls
retention-year-done = Avslutade { $year }: { $anonymised } anonymiserade, { $held } behölls
retention-held-heading = Behålls, trots att lagringstiden har passerat:
retention-case-row = { $number }, avslutat { $closed }
retention-held-row = { $number }, avslutat { $closed }: { $hold }
retention-case-numbers = Ärenden: { $numbers }
inbox-retention-due = { $cases ->
        [one] Ett ärende
       *[other] { $cases } ärenden
    } avslutades för mer än { $months } månader sedan och ska gallras.
inbox-retention-open = Till gallringen
settings-retention = Gallring
settings-retention-help = Vid gallring anonymiseras ärenden som avslutades för mer än lagringstiden sedan: den klagandes uppgifter, meddelanden, bilagor, anteckningar och brev raderas, statistiken (typ, kategori, utfall, datum) finns kvar. Ärenden med rättsligt anspråk behålls.
settings-retention-months = Lagringstid (månader)
settings-retention-last = Senaste gallring { $date }: { $cases ->
        [one] ett ärende anonymiserades
       *[other] { $cases } ärenden anonymiserades
    }.
settings-retention-never = Ingen gallring har körts i det här arkivet.
settings-retention-run = Kör gallring…
settings-retention-confirm = Gallringen anonymiserar { $cases ->
        [one] ett ärende
       *[other] { $cases } ärenden
    } för gott. Det går inte att ångra.
settings-retention-confirm-run = Anonymisera
settings-retention-running = Gallringen pågår…
settings-retention-role = Bara en administratör eller klagomålsansvarig kan köra gallring.
