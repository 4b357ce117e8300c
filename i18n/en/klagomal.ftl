## Case status

status-new = New
status-under-investigation = Under investigation
status-awaiting-information = Awaiting information
status-awaiting-review = Awaiting review
status-answered = Answered
status-closed = Closed
status-referred = Referred to customer service
status-escalated = Under external review

## Kind, category, channel, outcome

kind-complaint = Complaint
kind-objection = Objection to the debt
kind-personal-data = Personal data request
category-treatment = Treatment
category-handling-error = Handling error
category-fees = Fees and costs
category-disputed-claim = Disputed claim
category-payment-plan = Payment plan
category-communication = Reachability and communication
category-personal-data = Personal data
category-other = Other
channel-email = E-mail
channel-letter = Letter
channel-phone = Phone
channel-other = Other
outcome-upheld = Upheld
outcome-partly-upheld = Partly upheld
outcome-rejected = Rejected
outcome-referred = Referred
outcome-withdrawn = Withdrawn
language-sv = Swedish
language-en = English

## Notes, messages, letters

note-kind-note = Note
note-kind-phone-call = Phone call
note-kind-decision = Decision
direction-inbound = Inbound
direction-outbound = Outbound
letter-kind-acknowledgement = Acknowledgement of receipt
letter-kind-request-for-information = Request for information
letter-kind-delay-notice = Delay notice
letter-kind-referral = Referral to customer service
letter-kind-final-answer = Final answer
letter-kind-access-report = Access report
letter-kind-rectification = Rectification notice
letter-kind-erasure = Erasure notice
letter-kind-arn-statement = Statement

## Deadlines

deadline-acknowledgement = Acknowledgement
deadline-final-answer = Final answer
deadline-arn-window = Last day to file with ARN

## History (the audit log)

audit-store-created = The store was created
audit-settings-updated = The settings were changed
audit-officer-added = An officer was added
audit-officer-updated = An officer was changed
audit-officer-removed = An officer was removed
audit-officer-roles-changed = An officer's roles were changed
audit-officer-passphrase-changed = An officer changed their passphrase
audit-store-rekeyed = The store was given a new key
audit-store-key-exported = The store's key was exported
audit-case-created = The case was registered
audit-case-updated = The case was edited
audit-case-status-changed = The status changed
audit-case-assigned = The case was assigned
audit-note-added = A note was added
audit-message-added = A message was added
audit-letter-created = A letter was created
letter-submit = Submit for review
letter-submitted = The letter now awaits review. A complaints manager approves it or returns it with a comment.
audit-actor-system = the system

## Fields

field-received-at = Received
field-subject = Subject
field-description = Description
field-complainant-name = Complainant's name
field-id-number = Personal or organisation number
field-email = E-mail
field-representative-name = Representative's name
field-representative-email = Representative's e-mail
field-amount = Amount
field-first-complaint = First complaint
field-power-of-attorney-until = Power of attorney valid until

## Validation problems

problem-date = is not a date of the form YYYY-MM-DD
problem-required = must be filled in
problem-invalid-email = is not a valid e-mail address
problem-in-future = lies in the future
problem-after-receipt = cannot be after the complaint was received
problem-negative = cannot be negative
problem-id-format = is not of the form YYMMDD-NNNN or YYYYMMDD-NNNN
problem-id-date = does not contain a valid date
problem-id-birth-number = has the birth number 000, which is never used
problem-id-checksum = has the wrong check digit
problem-money-format = is not an amount in kronor (e.g. 1 234,50)
problem-money-decimals = has more than two decimals
problem-money-too-large = is too large

## Errors

error-no-store = There is no case store at { $path }. Create one with “klagomal init”.
error-already-exists = A file already exists at { $path }. It is not overwritten.
error-wrong-passphrase = Wrong passphrase. The store is unchanged.
error-not-a-store = The file is not a Klagomål store.
error-newer-version = The store was written by a newer version of Klagomål (schema version { $found }; this version knows up to { $supported }). Update the program; the store has not been changed.
error-locked = The store is in use by another program right now. Try again in a moment.
error-read-only = The store cannot be written to (read-only file or folder).
error-disk-full = The disk is full. Nothing was saved; free some space and try again.
error-corrupt = The store is damaged. Restore it from a backup.
error-case-not-found = The case does not exist.
error-case-number-not-found = There is no case { $number }.
error-row-not-found = What was asked for is no longer in the store.
error-transition-not-allowed = A case cannot go from “{ $from }” to “{ $to }”.
error-transition-reason = Going from “{ $from }” to “{ $to }” needs a reason.
error-letter-needs-review = This letter goes out only after a complaints manager has reviewed and approved it. Submit it for review.
error-review-nothing-pending = The case has no letter waiting for review.
error-review-already-pending = The case already has a letter waiting for review. It must be approved or returned first.
error-review-own-draft = You wrote this letter yourself and cannot approve it. Another complaints manager must review it. A company with a single officer can allow self-approval in Settings.
error-review-not-independent = You handled collection case { $number } yourself, which the complaint is about. Let another complaints manager review the letter. If you approve anyway, with an explicit confirmation, it is recorded in the history.
error-review-draft-waiting = A final answer awaits review. The case becomes answered when a complaints manager approves the letter.
error-review-comment-required = Write what needs to change before returning the letter.
error-transition-already = The case is already “{ $status }”.
error-letter-already = The case is already “{ $status }”. Another letter of this kind needs the case reopened first (status “{ $reopen }”, with a reason); the earlier letter stays on the case.
error-invalid-case = The case cannot be saved: { $problems }.
error-not-permitted = This needs the role “{ $role }”, which you do not have. Ask an administrator.
error-no-such-officer = No officer of that name can sign in to this store.
error-officer-not-given = Several officers can sign in to this store. Say who you are.
error-slot-not-recognised = The passphrase is right, but the key slot file does not belong to this store (it may be old, changed or from another store). Restore the key slot file from the backup, or ask an administrator. The store is unchanged.
error-key-slots-unreadable = The key slot file { $path } cannot be read: it is damaged, not a key slot file, or made by a newer version of Klagomål. Restore it from the backup. The store is unchanged.
error-last-administrator = The store must have at least one administrator. Give someone else the role first.
error-cannot-remove-self = You cannot remove yourself. Ask another administrator.
error-officer-name-taken = There is already an officer with that name. Names are used to sign in and must differ.
error-officer-name-missing = The officer needs a name.
error-not-encrypted = The store is not encrypted and has no keys.
error-empty-passphrase = The passphrase must not be empty.
error-database = An unexpected database error occurred: { $detail }
error-file = The file could not be read or written: { $detail }
error-data = Stored data could not be read: { $detail }
error-no-passphrase = No passphrase given. Set KLAGOMAL_PASSPHRASE or run the command in a terminal.
error-passphrase-mismatch = The passphrases do not match. No store was created.
error-no-data-dir = No data folder found for this user. Give the store's path with --store.
error-bad-case-number = “{ $input }” is not a case number (for example K-2026-00042).
error-bad-code = “{ $input }” is not a valid value for { $arg }. Choose from: { $choices }.

## Command line

cli-about = Klagomål – complaints handling for debt collection companies. Without a command it opens the window.
cli-arg-store = Path to the case store (otherwise KLAGOMAL_STORE or the user's data folder)
cli-arg-lang = Language of the output: sv or en
cli-arg-officer = Who you are: your name as an officer (else KLAGOMAL_OFFICER; not needed when only one can sign in). With init: the first officer's name, as it is signed on letters
cli-init-about = Create a new, encrypted case store
cli-init-title = Your title, e.g. Complaints manager
cli-seed-about = Add made-up but realistic cases (for demos and benchmarks)
cli-seed-cases = Number of cases
cli-seed-seed = Random seed; the same seed gives the same cases
cli-list-about = Show the inbox, what falls due first on top
cli-list-status = Only cases with this status
cli-list-kind = Only cases of this kind
cli-list-category = Only cases in this category
cli-list-overdue = Only overdue cases
cli-list-mine = Only cases assigned to me
cli-list-search = Full-text search
cli-list-sort = Sort by: due, received or number
cli-list-limit = At most this many rows
cli-list-json = Print as JSON
cli-show-about = Show one case with its complainant, deadlines, notes, correspondence and letters
cli-show-case = Case number, e.g. K-2026-00042
cli-show-json = Print as JSON
cli-note-about = Add an investigation note
cli-note-case = Case number, e.g. K-2026-00042
cli-note-text = The note's text
cli-note-kind = Kind of note: note, phone_call or decision
cli-audit-about = The audit log
cli-audit-verify-about = Check that the audit log's hash chain is unbroken
cli-passphrase-prompt = Passphrase:
cli-passphrase-new = Choose a passphrase:
cli-passphrase-repeat = Repeat the passphrase:
cli-passphrase-warning = The passphrase cannot be recovered. If it is forgotten, the store is lost.
cli-created = Created a new encrypted case store: { $path }
cli-seeded = Added { $count } cases. The store now holds { $total } cases.
cli-note-added = The note was added to { $number }.
cli-audit-ok = The audit log is unbroken: { $events } events checked.
cli-audit-broken = The audit log is broken at event { $seq } ({ $events } events read).
cli-list-empty = No cases match.
cli-list-more = … there are more; use --limit to see more.
cli-search-capped = The search had { $hits } hits; the { $shown } newest were searched.
cli-col-number = Case
cli-col-received = Received
cli-col-status = Status
cli-col-due = Due
cli-col-complainant = Complainant
cli-col-subject = Subject
cli-overdue = OVERDUE
show-number = Case
show-status = Status
show-kind = Kind
show-category = Category
show-channel = Channel
show-received = Received
show-first-complaint = First complaint
show-outcome = Outcome
show-assignee = Officer
show-complainant = Complainant
show-id-number = Personal/organisation number
show-address = Address
show-email = E-mail
show-phone = Phone
show-language = Language
show-representative = Representative
show-power-of-attorney = power of attorney received
show-no-power-of-attorney = no power of attorney
show-debt-cases = Collection cases
show-creditor = Creditor
show-amount = Amount in dispute
show-remedy = The complainant asks for
show-subject = Subject
show-description = Description
show-deadlines = Deadlines
show-next = next
show-notes = Notes
show-no-notes = No notes yet.
show-none = –
cli-demo-about = Open the app on a temporary demo store with made-up cases
cli-demo-cases = Number of made-up cases in the demo store
cli-demo-ready = The demo store with { $count } made-up cases is ready. The passphrase is shown in the window.
demo-passphrase = demo-klagomal-2026
error-no-display = No graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run the program in a desktop session, or use the commands (see klagomal --help).
error-window = The window could not be opened: { $detail }
error-not-an-image = The logo must be a PNG or JPEG image of at most 2 MB.
error-legal-hold = Erasure refused: the person's data is under a legal hold in { $cases }.
error-not-an-identifier = Give an identity number, e-mail address or phone number. A name is not enough to identify the person with certainty.
error-hold-reason-missing = Give the reason for the legal claim.
hold-marked = legal claim: { $reason }
hold-open-escalation = external review by { $body } without a decision
hold-open-case = the case is not finished (status: { $status })

## The window

app-name = Klagomål
window-title = Klagomål – { $store }
window-title-case = { $case } – Klagomål – { $store }
top-settings = Settings
top-lock = Lock (Ctrl+L)
action-back = ← Back
action-cancel = Cancel
action-confirm = Confirm
action-dismiss = Close
action-edit = Edit
action-save = Save
value-none = –

## First run and unlocking

first-run-title = Create a new case store
first-run-intro = All cases are kept encrypted in a single file on this computer. Choose a passphrase that only you and your colleagues know.
first-run-warning = The passphrase cannot be recovered. If it is forgotten, the cases cannot be read – not even by us. Keep it safe.
first-run-passphrase = Passphrase
first-run-repeat = Repeat the passphrase
first-run-strength = Strength: { $score } of 4
first-run-hint = Several words work well, for example four words that do not belong together.
first-run-too-weak = The passphrase is too easy to guess. Make it longer or add more words.
first-run-repeat-hint = Type the passphrase once more.
first-run-mismatch = The passphrases do not match.
first-run-ready = The passphrase is strong enough.
first-run-create = Create the store
unlock-intro = The case store is locked. Type the passphrase to open it.
unlock-passphrase = Passphrase
unlock-intro-officers = The case store is locked. Choose or type your name and type your passphrase.
unlock-officer = Your name
unlock-name-needed = Choose or type your name first.
unlock-submit = Unlock
unlock-busy = Opening the store …
unlock-demo = Demo store – the passphrase is: { $passphrase }

## The inbox

inbox-new-case = + New case (Ctrl+N)
inbox-all = All cases
inbox-mine = My cases
inbox-overdue = Overdue
inbox-by-status = By status
inbox-search = Search (Ctrl+F): names, case numbers, words or parts of words, category, status, officer …
inbox-count = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
inbox-search-capped = { $hits } hits – the { $shown } newest are shown. Refine the search.
inbox-prisbasbelopp-ask = Ask an administrator to add it.
inbox-search-counting = At least { $shown } hits – the { $shown } newest are shown. Counting …
inbox-prisbasbelopp-add = Add the prisbasbelopp
inbox-empty = No cases match.
inbox-col-number = Case
inbox-col-received = Received
inbox-col-complainant = Complainant
inbox-col-subject = Subject
inbox-col-kind = Kind
inbox-col-category = Category
inbox-col-status = Status
inbox-col-assignee = Officer
inbox-col-due = Due
inbox-nothing-due = –
inbox-due-today = Due today
inbox-empty-hint = Esc clears the search, then the filters.
inbox-all-officers = All officers
inbox-all-categories = All categories
inbox-all-kinds = All kinds
inbox-clear-filters = Show all cases
inbox-mark-hint = Ctrl-click to select several cases, Shift-click or Shift+↑/↓ for a run of them.
inbox-marked = { $count ->
    [one] 1 case selected
   *[other] { $count } cases selected
}
inbox-assign-to = Assign to …
inbox-assign = Assign
inbox-unmark = Clear selection
inbox-assigned = { $count ->
    [one] 1 case was assigned to { $officer }.
   *[other] { $count } cases were assigned to { $officer }.
}

## The case form

new-case-title = New case
new-case-refused = The case was not saved. Correct the fields marked in the form.
form-section-case = The case
form-section-complainant = The complainant
form-section-representative = Representative
form-section-claim = The claim
form-received-at = Received (YYYY-MM-DD HH:MM)
form-channel = Channel
form-kind = Kind
form-category = Category
form-choose = Choose …
form-subject = Subject
form-description = Description
form-name = Name
form-id-number = Personal, coordination or organisation number
form-street = Street address
form-postal-code = Postal code
form-city = City
form-country = Country (empty for Sweden)
form-email = E-mail
form-phone = Phone
form-language = Language of letters
form-has-representative = The complainant has a representative
form-representative-name = Representative's name
form-representative-email = Representative's e-mail
form-representative-phone = Representative's phone
form-power-of-attorney = A power of attorney has been received
form-representative-firm = Firm or organisation (if any)
form-representative-street = Representative's street address
form-representative-postal-code = Representative's postal code
form-representative-city = Representative's town
form-representative-country = Representative's country (empty for Sweden)
form-power-of-attorney-scope = What the power of attorney covers
form-power-of-attorney-until = Power of attorney valid until (YYYY-MM-DD, empty if no end date)
form-power-of-attorney-file = The power of attorney as a file (PDF or image)
form-power-of-attorney-choose = Choose file …
form-power-of-attorney-path = Path to the file
form-power-of-attorney-attached = Kept on the case: { $name } ({ $size })
form-power-of-attorney-pending = Kept on the case when you save: { $name }
mandate-scope-all-matters = All matters with us
mandate-scope-this-complaint = This complaint
mandate-scope-debt-cases = The collection cases this complaint concerns
form-debt-cases = Collection cases (comma-separated)
form-creditor = Creditor
form-amount = Amount in dispute (kr)
form-remedy = What the complainant asks for
form-first-complaint = First complaint (YYYY-MM-DD)
form-complainant-type = Consumer or company
complainant-type-consumer = Consumer
complainant-type-company = Company
form-complainant-type-inferred = Follows the identity number: { $choice }
form-identity-verified = We have checked that the request comes from the person themselves

## The case

case-tab-overview = Overview
case-tab-notes = Notes ({ $count })
case-tab-correspondence = Correspondence ({ $count })
case-tab-history = History
case-move-to = Move to:
case-assignee = Officer:
case-unassigned = Nobody
case-reason-prompt = Reason for “{ $status }”
case-new-note = New note
case-add-note = Add note
case-notes-immutable = Notes cannot be changed afterwards. A correction is written as a new note.
case-no-notes = No notes yet.
case-no-messages = No correspondence yet.
case-attachment = Attachment: { $name } ({ $size })
history-status = Status changed from “{ $from }” to “{ $to }”
detail-field-received-at = date received
detail-field-channel = channel
detail-field-kind = kind
detail-field-category = category
detail-field-subject = subject
detail-field-description = description
detail-field-complainant = complainant
detail-field-representative = representative
detail-field-debt-case-numbers = collection cases
detail-field-creditor = creditor
detail-field-amount-in-dispute = amount
detail-field-requested-remedy = request
detail-field-first-complaint-on = first complaint
detail-field-outcome = outcome
detail-field-acknowledged-on = acknowledgement
detail-field-answer-due-override = new answer date
detail-field-logo = logo

## Settings

settings-title = Settings
settings-company = The company
settings-company-name = Company name
settings-org-number = Organisation number
settings-web = Website
settings-inkassonamnden = Member of Svensk Inkasso (Inkassonämnden is named in final answers)
settings-customer-service = Customer service (in letters about objections to the debt)
settings-customer-service-phone = Customer service phone
settings-customer-service-email = Customer service e-mail
settings-customer-service-hours = Opening hours, e.g. weekdays 9–16
settings-logo = Logo for the letterhead
settings-logo-none = No logo chosen.
settings-logo-set = Logo chosen ({ $kb } kB).
settings-logo-choose = Choose image …
settings-logo-remove = Remove
settings-logo-path = … or type the path of a PNG or JPEG file
settings-logo-load = Load
settings-me = You as an officer
settings-officer-name = Your name (as signed on letters)
settings-officer-title = Your title
settings-language = Language of the program
settings-rules = Deadlines and locking
settings-ack-days = Acknowledge receipt within (working days)
settings-answer-days = Final answer within (calendar days)
settings-gdpr-months = Answer personal data requests within (months)
settings-arn-months = Complainant's time to file with ARN (months)
settings-auto-lock = Lock automatically after (minutes without activity, 0 = never)
settings-number-range = Enter a whole number between { $min } and { $max }.
settings-saved = The settings are saved.
history-assigned = The case was assigned to { $name }
history-unassigned = The case was unassigned

## The case header's deadlines, the history's details, registering correspondence (issue 11)
case-deadline-due = { $deadline } by { $date }
case-deadline-overdue = { $deadline } by { $date } – late
case-deadline-acknowledged = Acknowledgement sent { $date }
case-deadline-answered = Answered { $date }
case-deadline-met = { $deadline } done { $date }
case-deadline-done = { $deadline } done
case-deadline-moot = { $deadline } no longer needed
case-deadline-arn = { $deadline } { $date }
history-letter = Letter created: { $kind }
history-message = Correspondence registered: { $channel }, { $direction }
history-changed = { $action }: { $changes }
history-changed-value = { $field } → { $value }
register-title = Register an incoming letter or phone call
register-date = Date (YYYY-MM-DD)
register-subject = Subject
register-choose-file = Choose the scanned letter …
register-path = … or type the path to the PDF file or image
register-letter-text = Comment (optional)
register-call-text = What the call was about
register-save = Register
register-letter-done = The letter was registered and is in the correspondence below.
register-call-done = The call was registered and is in the correspondence below.
register-bad-date = Write the date as YYYY-MM-DD.
register-future-date = The date is in the future.
register-no-text = Write what the call was about.
register-no-file = Choose the scanned letter, or type the path to the file.
letter-save-path = Path to save the letter to
letter-save-path-hint = No file dialog opened. Type where to save the letter and press Save.
import-new-cases = New cases
import-open-case = Open { $number }
settings-invalid = The settings were not saved: correct the marked values.
language-autonym-sv = Svenska
language-autonym-en = English
case-no-viewer = There is no program on this computer that can show the file. It has been saved here: { $path }

## Letters

letter-closing = Kind regards
letter-label-date = Date
letter-label-our-reference = Our case number
letter-label-your-reference = Your reference
letter-label-court-case = Case no.
letter-label-collection-cases = { $count ->
    [one] Our collection case
   *[other] Our collection cases
}
letter-label-page = Page { $page } of { $pages }
letter-label-org-number = Reg. no.
letter-label-phone = Phone
letter-label-email = E-mail
letter-label-web = Web
letter-calibration-title = Test print for window envelopes
letter-calibration-help = Print this page at actual size (100 %), fold it and put it in a window envelope. The whole frame should show in the window. If not, adjust the distances in Settings.
missing-name = { $to ->
    [representative] the full name of the person you represent
   *[complainant] your full name
}
missing-contact = a phone number or an e-mail address where we can reach you
missing-postal-address = { $to ->
    [representative] the postal address of the person you represent
   *[complainant] your postal address
}
missing-reference = { $to ->
    [representative] our case number (on our letter) or the personal identity number of the person you represent
   *[complainant] our case number (on the letter you received from us) or your personal identity number
}
missing-description = { $to ->
    [representative] what the complaint is about and what you think we did wrong
   *[complainant] what you are dissatisfied with and what you think we did wrong
}
missing-remedy = what you would like us to do
missing-power-of-attorney = { $to ->
    [representative] a power of attorney showing that you may act for the complainant
   *[complainant] a power of attorney showing that your representative may act for you
}
missing-proof-of-identity = { $to ->
    [representative] the power of attorney and something that shows who the person you represent is, such as a copy of an identity document
   *[complainant] something that shows the request comes from you, such as a copy of an identity document
}
audit-template-updated = A letter template was changed
cli-letter-about = Write a letter on a case from its template, keep it on the case and (with --out) as a PDF file
cli-letter-case = Case number, e.g. K-2026-00042
cli-letter-kind = Kind of letter
cli-letter-lang = Language of the letter: sv or en (otherwise the complainant's language)
cli-letter-out = Also write the letter to this PDF file
cli-letter-outcome = Final answer: upheld, partly_upheld or rejected
cli-letter-reasons = Final answer: the reasons for the decision; delay notice: the reason for the delay
cli-letter-date = The letter's date (YYYY-MM-DD), otherwise today
cli-print-about = Print a PDF file on a printer
cli-print-file = The PDF file to print
cli-print-printer = The printer's name (otherwise the default printer)
cli-print-copies = Number of copies
cli-letter-created = { $kind } was created in { $number } ({ $size } kB) and kept on the case.
cli-letter-submitted = { $kind } in { $number } ({ $size } kB) now awaits review. A complaints manager approves it with klagomal review approve { $number } or returns it with a comment.
cli-letter-eml-after-review = The letter can be e-mailed once it has been approved.
cli-letter-written = A copy was written to { $path }.
cli-review-about = The complaints manager's review of final answers and statements before they go out
cli-review-submit-about = Write a final answer from the template and submit it for review
cli-review-submit-case = Case number, e.g. K-2026-00042
cli-review-submit-lang = Language of the letter: sv or en (otherwise the complainant's language)
cli-review-submit-outcome = Outcome: upheld, partly_upheld or rejected
cli-review-submit-reasons = The reasons for the decision
cli-review-submit-date = The letter's date (YYYY-MM-DD), otherwise today
cli-review-submit-out = Also write the draft to this PDF file
cli-review-submit-recipient = Recipient: representative (requires a valid power of attorney) or complainant
cli-review-approve-about = Approve the letter awaiting review: it becomes final and is kept on the case
cli-review-approve-case = Case number, e.g. K-2026-00042
cli-review-approve-override-independence = Approve although you handled one of the collection cases yourself (recorded in the history)
cli-review-approve-out = Also write the approved letter to this PDF file
cli-review-return-about = Return the letter awaiting review, with a comment for the officer
cli-review-return-case = Case number, e.g. K-2026-00042
cli-review-return-comment = What needs to change
cli-review-list-about = List the letters awaiting review, oldest first
cli-review-approved = { $kind } in { $number } has been reviewed and approved. The letter is final and kept on the case, signed by { $author }.
cli-review-approved-self = { $kind } in { $number } was approved by the person who wrote it (self-approval is allowed in the settings). The letter, the history and the dossier say so.
cli-review-returned = { $kind } in { $number } was returned to { $author } with your comment.
cli-review-none = No letters await review.
cli-settings-about = Settings shared by everyone who uses the store
cli-settings-prisbasbelopp-about = List the prisbasbelopp per year, or set one year's figure
cli-settings-prisbasbelopp-year = The year, e.g. 2027
cli-settings-prisbasbelopp-amount = The prisbasbelopp in whole kronor, e.g. 59200
prisbasbelopp-row = { $year }: { $amount } (småmål up to { $limit })
prisbasbelopp-saved = The prisbasbelopp for { $year } is { $amount }. The småmål limit is { $limit }.
prisbasbelopp-missing = There is no prisbasbelopp for { $year }. Final answers name no småmål limit until it is added.
prisbasbelopp-bad-year = “{ $input }” is not a year between 2000 and 2100.
prisbasbelopp-bad-amount = “{ $input }” is not a positive amount in whole kronor.
cli-prisbasbelopp-needs-amount = Give both the year and the amount, e.g. klagomal settings prisbasbelopp 2027 60000.
cli-printed = The print job was sent ({ $job }).
error-no-file = The file { $path } does not exist.
error-template = The letter could not be created: { $problem }. Correct the template in Settings or restore the default text.
template-syntax = the template has a syntax error on line { $line } ({ $detail })
template-unknown-field = the template uses an unknown field on line { $line } ({ $detail })
template-empty = the template produced no text
template-other = the template could not be used on line { $line } ({ $detail })
error-pdf = The PDF file could not be created: { $detail }
pdf-problem-font = the built-in font could not be read
pdf-problem-logo = the logo cannot be read as a PNG or JPEG image
pdf-problem-write = the file could not be written
error-not-composable = This kind of letter is not written from a template.
error-no-printer = No printer is set up on this computer. Save the letter as PDF or open it and print from there.
error-print-unavailable = Printing is not available on this computer (CUPS is missing). Save the letter as PDF or open it and print from there.
error-print-refused = The printer did not accept the job: { $detail }
case-tab-letters = Letters ({ $count })
letter-fill = Fill in from the template
letter-fill-hint = The text can be edited freely before the letter is created. The first line is the subject.
letter-create = Create PDF and keep it on the case
letter-creating = Creating the letter …
letter-created = The letter was created and kept on the case. It cannot be changed afterwards.
letter-saved = The letter was saved as { $path }.
letter-printed = The letter was sent to the printer ({ $job }). It is recorded as sent by post today.
letter-reasons = The reasons for the decision
letter-remedy = What we will do (leave empty if nothing)
letter-delay-reason = Why the answer is late
letter-new-date = New date for the answer (YYYY-MM-DD)
letter-long-address = The address line “{ $line }” is longer than { $max } characters and may not show in the envelope window.
letter-stale = The kind or language changed after the text was filled in. Fill in again if the text should follow.
letter-preview = Preview of the first page
letter-kept = Letters on the case
letter-none = No letters yet.
letter-open = Open
letter-save-as = Save as …
letter-print = Print
letter-email = E-mail
letter-emailed = The letter is now a new e-mail in the mail program, with the PDF attached. It is recorded as sent by e-mail today.
letter-emailed-no-program = There is no mail program on this computer that can open the message. It was saved here: { $path }. The letter is recorded as sent by e-mail today.
letter-statement-escalation = The external review this statement answers
letter-statement-choice = { $body } { $reference }, received { $received }
letter-statement-no-escalation = Register the external review under the External review tab first. The statement is written from the complainant’s claims there.
letter-statement-claim = Point { $number }: { $claim }
letter-statement-answer = Our answer to point { $number }
letter-statement-amount = Amount claimed: { $amount }
letter-statement-amount-answer = Our answer on the amount
letter-statement-progress = { $answered } of { $total ->
    [one] { $total } point answered
   *[other] { $total } points answered
}
letter-statement-nothing-claimed = The external review has no claims registered. Add them under the External review tab.
letter-statement-address = The recipient’s address under the name, one line per line
letter-statement-address-unknown = The program has no address for this recipient. Type the address in the field, or it must be added by hand before the statement is sent.
letter-statement-position = The company’s position on the claim
letter-statement-position-admits = Admits
letter-statement-position-admits-partly = Admits in part
letter-statement-position-disputes = Disputes
letter-statement-admitted = Amount the company admits, in kronor
letter-statement-enclosures = Enclosures (one per line)
letter-statement-enclosures-help = The list is filled with the documents in the dossier when the text is filled in. Edit it to match what is sent.
statement-enclosure-summary = Case summary with a timeline of events
statement-enclosure-inbound = Message from the complainant { $date }: { $subject }
statement-enclosure-outbound = Our message { $date }: { $subject }
statement-enclosure-attachment = { $name } (attached to the message of { $date })
statement-enclosure-letter = Our letter { $date }: { $kind }
statement-body-arn = Allmänna reklamationsnämnden (the National Board for Consumer Disputes)
statement-body-district-court = the district court
statement-body-fi = Finansinspektionen
statement-body-inkassonamnden = Inkassonämnden
statement-body-imy = Integritetsskyddsmyndigheten (the Swedish Authority for Privacy Protection)
statement-unanswered-claim = point { $number }
statement-unanswered-amount = the amount
statement-unanswered-position = the position (admits, admits in part or disputes)
statement-unanswered-admitted = the amount admitted (more than 0 kr and less than the claim)
error-statement-no-escalation = The statement cannot be created: the case has no external review registered to answer.
error-statement-unanswered = The statement was not created. Every point must be answered and the position on the claim given first. Missing: { $points }.
settings-letters = Letters
settings-template-help = The text is a template: {"{{ case_number }}"} and similar fields are filled in from the case. The first line becomes the subject. A template that does not work is not saved.
settings-template-custom = Own text
settings-template-default = Default text
settings-template-save = Save the template
settings-template-restore = Restore the default text
settings-template-saved = The template is saved.
settings-template-restored = The default text is restored.
settings-prisbasbelopp = Prisbasbelopp (price base amount)
settings-prisbasbelopp-help = Final answers state the limit for a small claim (småmål) in the district court: half the prisbasbelopp of the year the answer is written. The government sets next year's figure each autumn; add it here once it is decided.
settings-prisbasbelopp-year = Year
settings-prisbasbelopp-amount = Amount (kr)
settings-self-approval = Allow self-approval: the author of a final answer may approve it (only for a company with a single officer; each such approval is marked)
settings-handled-cases = Collection cases I have handled myself (case numbers, separated by commas) – I am warned before deciding a complaint about them
settings-envelope = Position of the envelope window (mm from the sheet's edge)
settings-envelope-left = From the left
settings-envelope-top = From the top
settings-calibration = Test print for window envelopes …
settings-calibration-opened = The test page was opened. Print it at actual size and hold it against an envelope.
letter-copies = Copies when printing:
letter-due-passed = The answer date { $date } has already passed. Send a delay notice with a new date instead.
letter-no-prisbasbelopp = The settings have no prisbasbelopp for { $year }. The letter therefore names no småmål limit, only “half a prisbasbelopp”. Add this year’s figure with klagomal settings prisbasbelopp { $year } AMOUNT.
letter-representative-no-address = The letter goes to the representative, but their postal address is missing from the case. Fill it in among the case's details before the letter is posted.
letter-recipient = Recipient
recipient-complainant = The complainant
recipient-representative = The representative
letter-to-representative = The letter goes to the representative { $name }, who holds a valid power of attorney. The complainant is named in the subject line.
letter-to-complainant = The letter goes to the complainant { $name }.
letter-to-complainant-no-poa = The letter goes to the complainant { $name }: no power of attorney for the representative is recorded on the case.
letter-to-complainant-expired = The letter goes to the complainant { $name }: the representative's power of attorney was valid only until { $date }.
letter-to-complainant-chosen = The letter goes to the complainant { $name }, although the representative holds a valid power of attorney.
error-recipient-no-representative = The letter cannot go to a representative: the case has none.
error-recipient-no-power-of-attorney = The letter cannot go to the representative: no power of attorney is recorded on the case. Record it first.
error-recipient-expired = The letter cannot go to the representative: the power of attorney was valid only until { $date }.
settings-template-refused = The template was not saved: { $problem }.
case-letter-sent = Outgoing letter
cli-import-about = Import complaints from e-mail files (.eml), mailboxes (.mbox) or folders
cli-import-paths = Files or folders (folders are searched with their subfolders)
cli-import-json = Print the summary as JSON
cli-import-failed = { $count ->
    [one] 1 message could not be imported.
   *[other] { $count } messages could not be imported.
}
import-summary = New cases: { $new }. Added to existing cases: { $added }. Duplicates skipped: { $duplicates }. Failed: { $failed }.
import-attachment-left-out = the attachment “{ $name }” ({ $mb } MB) is above the limit and was left out
import-unknown-charset = the character set “{ $charset }” is unknown; the text was read with replacement characters
import-reason-unreadable = the file could not be read
import-reason-empty = the file is empty
import-reason-not-a-message = the file is not an e-mail message (no header lines, cut off, or binary data)
import-reason-store = the message could not be saved in the store
inbox-import = Import e-mail …
import-title = Import e-mail
import-intro = Choose saved e-mail messages (.eml), an exported mailbox (.mbox) or a folder. Each message becomes a new case, or is added to its case when it is a reply. Messages already imported are skipped.
import-choose-files = Choose files …
import-choose-folder = Choose folder …
import-drop-hint = You can also drag files and folders onto the window.
import-path = … or type the path of a file or folder
import-start = Import
import-progress = { $done } of { $total } messages
import-cancel = Cancel the import
import-cancelled = The import was cancelled. What was imported is kept.
import-to-inbox = To the inbox
case-suggestion = Suggested by the e-mail: { $kind }.
case-suggestion-phrase = Suggested by the e-mail: { $kind } (because of “{ $phrase }”). Change the kind under Edit if the suggestion is wrong.
case-suggestion-category = Category suggested by the e-mail: { $category } (because of “{ $phrase }”).
case-missing = Missing for the investigation: { $items }. A request for information lists them.
missing-short-name = name
missing-short-contact = phone or e-mail
missing-short-postal-address = postal address
missing-short-reference = case number or personal identity number
missing-short-description = what the complaint is about
missing-short-remedy = what the complainant asks for
missing-short-power-of-attorney = power of attorney for the representative
missing-short-proof-of-identity = proof of identity
settings-attachment-mb = Largest attachment kept when importing (MB)
settings-reference-pattern = Pattern for collection case numbers in e-mail (regular expression; the first group is the number)
settings-reference-pattern-invalid = The pattern is not a valid regular expression.
problem-before-receipt = cannot be before the date of receipt
field-escalation-received = Received from the board or court
field-statement-due = Last day for the statement
field-amount-claimed = Amount claimed
field-decision = Decision and its date
field-court = District court
audit-escalation-added = The case was taken to external review
audit-escalation-updated = The external review was changed
deadline-statement = Statement
case-tab-escalation = External review ({ $count })
escalation-none = The case has not been taken to a board, a court or a supervisor.
escalation-new = Register an external review …
escalation-reference = Their reference (e.g. ARN's case number)
escalation-court = Which district court (e.g. Stockholms tingsrätt)
escalation-court-case = Case no. (mål nr)
escalation-claims = The complainant's claims there (one per line)
escalation-dates = Received { $received } · last day for our statement { $due }
escalation-amount = Amount claimed: { $amount }
escalation-decision = Decision:
escalation-decided-on = Date of decision (YYYY-MM-DD)
escalation-decided = Decision: { $decision } ({ $date })
escalation-body-arn = National Board for Consumer Disputes (ARN)
escalation-body-district-court = District court
escalation-body-fi = Finansinspektionen (FI)
escalation-body-inkassonamnden = Inkassonämnden
escalation-body-imy = Swedish Authority for Privacy Protection (IMY)
escalation-body-other = Other
escalation-decision-in-favour = In the complainant's favour
escalation-decision-partly = Partly in the complainant's favour
escalation-decision-rejected = Rejected
escalation-decision-dismissed = Dismissed
escalation-decision-withdrawn = Withdrawn
summary-title = Case summary
summary-section-case = The case
summary-section-parties = Parties
summary-section-claim = The claim
summary-section-timeline = Events in time order
summary-footnote = This summary was made on { $date }. { $ids ->
        [full] Personal identity numbers are shown in full.
       *[masked] Personal identity numbers are masked.
    } { $notes ->
        [included] Internal investigation notes are included.
       *[left-out] Internal investigation notes are left out.
    }
timeline-received = The complaint was received ({ $channel })
timeline-letter = Letter created: { $kind }
timeline-letter-approved = Letter created: { $kind }, reviewed and approved by { $by } { $at }
timeline-letter-self-approved = Letter created: { $kind }, approved by { $by } themselves { $at } (self-approval)
timeline-letter-sent = Letter sent ({ $via }): { $kind }
timeline-escalated = The case was taken to { $body } (their reference: { $reference }; our statement due { $due })
timeline-decision = Decision from { $body }: { $decision } ({ $date })
cli-print-case-about = Print the whole case as a PDF (a summary with the events in time order)
cli-print-case-case = Case number, e.g. K-2026-00042
cli-print-case-out = The PDF file to write
cli-print-case-include-notes = Include the internal investigation notes
cli-print-case-unmask = Show personal identity numbers in full
case-print = Print the case …
summary-file-name = summary

## The dossier (export of a case for ARN, a court or a supervisor)
case-export = Export dossier …
dossier-title = Export the dossier
dossier-intro = The dossier is a ZIP file with the statement, the case summary, every message (original and PDF), the letters sent, the attachments and a table of contents (manifest.json) with checksums.
dossier-language = Language of the documents
dossier-recipient = Recipient
dossier-include-notes = Include the internal investigation notes
dossier-unmask = Show personal identity numbers in full
dossier-redaction-help = By default personal identity numbers are masked and internal notes are left out, because ARN's documents are mostly public.
dossier-no-statement = No statement has been written yet. The dossier gets the summary and all documents, but no statement.
dossier-flagged-heading = Originals that cannot be masked
dossier-flagged-help = E-mails, attachments and letters sent go in as they are. Check these before you send the dossier:
dossier-flagged-none = No original contains a personal identity number.
dossier-found = contains a personal identity number
dossier-not-searched = could not be searched (image, PDF or document)
dossier-count = { $files } files in the dossier.
dossier-path = Save as (path)
dossier-choose = Choose …
dossier-save = Export
dossier-cancel = Cancel
dossier-close = Close
dossier-progress = { $done } of { $total } files
dossier-scanning = Reading the case and searching the originals for personal identity numbers …
dossier-done = The dossier was saved: { $path } ({ $files } files, { $size }).
dossier-no-path = Say where to save the dossier.
dossier-message-inbound = Inbound message
dossier-message-outbound = Outbound message
dossier-file-statement = statement
dossier-file-summary = case-summary
dossier-folder-documents = documents
dossier-file-message = message
dossier-folder-attachments = attachments
dossier-file-letter = letter
message-from = From
message-to = To
message-date = Date
message-attachments = Attachments
dossier-attachment-file = { $name } ({ $size }), in the dossier: { $path }
message-no-text = (The message has no text.)
error-export-disk-full = The dossier could not be saved in { $path }: the disk is full. No file was saved.
error-export-not-writable = The dossier could not be saved in { $path }: the folder cannot be written to.
error-export-no-folder = The dossier could not be saved: the folder for { $path } does not exist.
error-export-other = The dossier could not be saved in { $path } ({ $detail }).
error-export-pdf = A document in the dossier could not be made ({ $detail }). No file was saved.
error-export-cancelled = The export was cancelled. No file was saved.
history-exported = The dossier was exported for { $recipient } ({ $redaction })
history-export-redacted = identity numbers masked, no internal notes
history-export-unredacted = with identity numbers in full or internal notes
dossier-show-folder = Show the folder
audit-case-exported = The dossier was exported
audit-case-file-added = A file was kept on the case
cli-export-about = Export the case's dossier as a ZIP for ARN, a court or a supervisor
cli-export-case = Case number, e.g. K-2026-00042
cli-export-to = Recipient: arn, court (district court), fi, inkassonamnden, imy or other
cli-export-out = The ZIP file to write, or a folder (the file then gets its default name)
cli-export-include-notes = Include the internal investigation notes
cli-export-unmask = Show personal identity numbers in full
cli-exported = The dossier was saved: { $path } ({ $files } files, { $size }, SHA-256 { $sha256 })
cli-export-flagged = Originals that go in unmasked:

## The command line: registering and moving cases (new, edit, status, assign, escalate, correspondence)

cli-help = Show this help
cli-version = Show the version
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-see-help = See klagomal --help, or --help after the command.
error-bad-value = { $arg }: “{ $input }” { $detail }.
error-missing-argument = Required values are missing: { $args }.
error-argument-conflict = { $arg } cannot be given together with { $other }.
error-unknown-argument = Unknown option: { $arg }.
error-unknown-command = Unknown command: { $command }.
problem-date-time = is not a date of the form YYYY-MM-DD or YYYY-MM-DD HH:MM

cli-new-about = Register a new case, from options (as in the case form) or from a JSON file. The case number is printed.
cli-new-json = Read the case's details from a JSON file (the form of “details” in show --json)
cli-new-received = Received: YYYY-MM-DD HH:MM or a date alone (otherwise now)
cli-new-channel = How the complaint came in: email, letter, phone or other (otherwise letter)
cli-new-kind = Kind of case: complaint, objection or personal_data
cli-new-category = Category: treatment, handling_error, fees, disputed_claim, payment_plan, communication, personal_data or other
cli-new-subject = Subject
cli-new-description = Description: what the complainant is dissatisfied with
cli-new-name = The complainant's name, or the company's
cli-new-id-number = Personnummer, samordningsnummer or organisationsnummer
cli-new-email = The complainant's e-mail address
cli-new-phone = The complainant's phone number
cli-new-street = Street address
cli-new-postal-code = Postal code
cli-new-city = City
cli-new-country = Country (empty for Sweden)
cli-new-language = Language of the letters: sv or en
cli-new-representative = The representative's name (empty removes the representative)
cli-new-representative-email = The representative's e-mail address
cli-new-representative-phone = The representative's phone number
cli-new-power-of-attorney = Whether there is a power of attorney: yes or no (without a value: yes)
cli-new-representative-firm = The representative's firm or organisation
cli-new-representative-street = The representative's street address
cli-new-representative-postal-code = The representative's postal code
cli-new-representative-city = The representative's town
cli-new-representative-country = The representative's country (empty for Sweden)
cli-new-power-of-attorney-scope = What the power of attorney covers: all_matters, this_complaint or debt_cases (the collection cases this complaint concerns)
cli-new-power-of-attorney-until = The last day the power of attorney is valid (YYYY-MM-DD; empty: no end date)
cli-new-power-of-attorney-file = Keep the power of attorney (PDF or image) on the case; it then counts as received
cli-new-complainant-type = Consumer or company: consumer or company (otherwise from the identity number)
cli-new-debt-cases = The collection case numbers, separated by commas
cli-new-creditor = The creditor
cli-new-amount = Amount in dispute, in kronor (e.g. 1 234,50)
cli-new-remedy = What the complainant asks for
cli-new-first-complaint = The day of the first complaint (YYYY-MM-DD), if it was before this one was received
cli-edit-about = Change a case's details: only the options given change, or everything from a JSON file
cli-edit-case = Case number, e.g. K-2026-00042
cli-edit-json = Replace the case's details with a JSON file's (the form of “details” in show --json)
cli-edit-received = { cli-new-received }
cli-edit-channel = How the complaint came in: email, letter, phone or other
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
cli-status-about = Move a case to its next status (only the steps the rules allow)
cli-status-case = Case number, e.g. K-2026-00042
cli-status-to = New status: new, under_investigation, awaiting_information, awaiting_review, answered, closed, referred or escalated
cli-status-reason = Reason (needed to reopen a finished case or to close an open one early)
cli-assign-about = Assign a case to an officer
cli-assign-case = Case number, e.g. K-2026-00042
cli-assign-officer = The officer's name (upper or lower case does not matter) or number
cli-escalate-about = Register that the complainant has gone on to ARN, a court or a supervisor (external review)
cli-escalate-case = Case number, e.g. K-2026-00042
cli-escalate-to = Who: arn, court (district court), fi, inkassonamnden, imy or other
cli-escalate-reference = Their case number or reference
cli-escalate-statement-due = The last day for our statement (YYYY-MM-DD)
cli-escalate-claims = One claim the complainant makes there (the option may be given several times)
cli-escalate-amount = The amount the complainant claims, in kronor
cli-escalate-received = The day their letter came in (YYYY-MM-DD), otherwise today
cli-escalate-court = The court’s name for a district court, e.g. "Stockholms tingsrätt"
cli-correspondence-about = The correspondence of a case
cli-correspondence-add-about = Register a letter that came by post (the scanned file is kept as an attachment) or a phone call
cli-correspondence-add-case = Case number, e.g. K-2026-00042
cli-correspondence-add-file = The scanned letter (PDF or image)
cli-correspondence-add-phone = What was said in the phone call
cli-correspondence-add-subject = Subject
cli-correspondence-add-date = When the letter came in or the call took place (YYYY-MM-DD or YYYY-MM-DD HH:MM), otherwise now
cli-correspondence-add-from = Sender (otherwise the complainant's name)

cli-case-created = Case { $number } was registered.
cli-case-updated = Case { $number } was changed.
cli-case-unchanged = Nothing changed in { $number }.
error-json-unreadable = The file { $path } could not be read: { $detail }
error-json-case = The file { $path } cannot be read as a case's details (line { $line }, column { $column }): { $detail }. Nothing was saved.
cli-status-changed = Case { $number } is now “{ $status }”.
cli-status-reason-hint = Give the reason with --reason.
cli-status-step = { $code } ({ $label })
cli-status-step-reason = { $code } ({ $label }, needs a reason)
cli-status-allowed = Allowed next steps from “{ $from }”: { $steps }.
cli-assigned = Case { $number } is now assigned to { $officer }.
cli-officer = { $id } { $name }
error-unknown-officer = There is no officer “{ $officer }”. Officers: { $officers }.
error-ambiguous-officer = Several officers are called “{ $officer }”. Give the number instead: { $officers }.
cli-escalated = The external review by { $body } was registered on { $number }. The statement is due by { $due }.
cli-letter-registered = The letter was registered on { $number } with the attachment { $file }.
cli-call-registered = The phone call was registered on { $number }.
error-scan-too-large = The file { $path } is too large ({ $size }); the limit for attachments is { $limit }. Nothing was saved.
show-correspondence = Correspondence
show-no-correspondence = No correspondence yet.
show-letters = Letters
show-no-letters = No letters yet.
show-letter-dated = dated { $date }
show-letter-approved = Reviewed and approved by { $by } on { $at }
show-letter-self-approved = Approved by { $by } themselves on { $at } (self-approval)
show-attachments = Attachments: { $files }

## Backups and restore

cli-backup-about = Make a backup of the store (encrypted, verified, with the key slots), or list and verify the backups
cli-backup-to = The folder the copy is written to (another disk, a network share, a USB stick); otherwise the folder in the settings
cli-backup-list-about = List the backups in the folder, oldest first
cli-backup-list-folder = The folder; otherwise the folder in the settings
cli-backup-list-json = Print the list as JSON
cli-backup-verify-about = Verify a backup: open a copy of it with your passphrase and test it (integrity, the audit chain); nothing changes
cli-backup-verify-file = The backup (.db), with its key slots (.slots) beside it
cli-restore-about = Restore the store from a backup: first shows what it holds; the current store is kept aside (renamed), not deleted. Close the program's window first.
cli-restore-file = The backup (.db), with its key slots (.slots) beside it
cli-restore-dry-run = Only show what the backup holds; nothing changes
cli-backup-no-folder = No backup folder is chosen. Give --to FOLDER, or choose a folder under Settings → Backups.
cli-backup-made = The backup was written to { $path } and verified: { $cases } cases, { $size }.
cli-backup-rotated = { $count ->
    [one] One older copy was removed
   *[other] { $count } older copies were removed
} (daily, weekly and monthly copies are kept as the settings say).
cli-backup-none = There are no backups in { $folder }.
cli-backup-line = made { $made }, { $cases } cases, { $size }
cli-backup-no-manifest = without a description (.json missing)
cli-backup-holds = { $cases } cases, { $events } audit events, the newest { $last }
cli-backup-verified = The backup is whole: it opens with your passphrase, the database is intact and the audit chain holds.
cli-restore-would = The backup holds (nothing has changed):
cli-restored = The store { $path } was restored from the backup:
cli-restore-aside = The store that was there before is kept as { $path }.
error-too-many-attempts = Too many wrong passphrases in a row. Wait and try again at { $time }. The store is unchanged.
settings-backup = Backups
settings-backup-help = A backup is a complete, encrypted and verified copy of the store with the officers' key slots. It is made by itself when the program locks or closes and at most once a day otherwise, and when you ask. Choose a folder on another disk, a network share or a USB stick. Restore with "klagomal restore".
settings-backup-folder = Backup folder
settings-backup-folder-show = Backup folder: { $folder }
settings-backup-pick = Choose folder …
settings-backup-keep = Keep
settings-backup-daily = daily,
settings-backup-weekly = weekly and
settings-backup-monthly = monthly copies.
settings-backup-warn = Warn after
settings-backup-days = days without a copy.
settings-backup-bad-number = The number of copies must be 0–99 and the days 1–90.
settings-backup-no-folder = No backup folder is chosen. An administrator chooses it here.
settings-backup-now = Back up now
settings-backup-running = Making and verifying the backup …
settings-backup-last = Last backup: { $at }
settings-backup-never = No backup has been made yet.
inbox-backup-overdue = { $days ->
    [0] No backup of the store has been made.
   *[other] No backup of the store has been made for { $days } days.
} A broken or stolen computer can take every case with it.
inbox-backup-unset = No backup folder is chosen, so no copies are made.
inbox-backup-failed = The last backup failed: { $reason }
inbox-backup-open = Backups …
inbox-backup-ok = Backup { $at }
error-backup-folder = The backup folder, { $path }, cannot be reached. Is the disk or USB stick connected, and does the folder exist?
error-backup-not-verified = The backup did not pass the check (database integrity, the audit chain or the number of cases) and was not kept. The store is unchanged.
audit-store-backed-up = A backup was made and verified
audit-store-restored = The store was restored from a backup

## Rectification, erasure and their letters (Articles 16, 17 and 19)

rectified-field-name = Name
rectified-field-id-number = Personal or organisation number
rectified-field-address = Address
rectified-field-email = E-mail address
rectified-field-phone = Phone number
letter-id-kind = { $kind ->
    [samordningsnummer] Coordination number
    [organisationsnummer] Organisation number
   *[personnummer] Personal identity number
}
audit-case-rectified = A detail of the complainant was rectified
error-person-not-found = No complainant matches by personal or coordination number, e-mail address or phone number.
error-correction-empty = Type the new value.
error-correction-email = The new value is not a valid e-mail address.
error-correction-address = Write the address as on an envelope: the street first, then postcode and town, for example "Storgatan 1, 413 19 Göteborg". An address abroad: street, postcode and town, country.
error-correction-unchanged = The detail is already right in all of the person's cases. Nothing was changed.
erasure-letter-hold-marked = we need the data for a legal claim ({ $reason })
erasure-letter-hold-escalation = { $body ->
    [arn] the National Board for Consumer Disputes (ARN) is reviewing the matter
    [district_court] a court is hearing the matter
    [fi] Finansinspektionen is reviewing the matter
    [inkassonamnden] Inkassonämnden is reviewing the matter
    [imy] the Swedish Authority for Privacy Protection (IMY) is reviewing the matter
   *[other] a board or authority is reviewing the matter
}, and we need the data to show how we handled it
erasure-letter-hold-open = { $escalated ->
    [1] a board, court or authority is reviewing the matter, and we need the data while it does
   *[other] the case is not closed, and we need the data to investigate and answer it
}
cli-person-rectify-about = Rectify a detail of a person (Art. 16) in every case where they are the complainant; the old value is kept in the case's history
cli-person-rectify-person = Personal or coordination number, e-mail address or phone number (a name is not enough)
cli-person-rectify-field = Which detail: name, id_number, address, email or phone
cli-person-rectify-value = The correct value; an address as on an envelope: "Storgatan 1, 413 19 Göteborg". An empty e-mail or phone removes a wrong one
cli-person-rectify-reason = Why, e.g. "New address given by e-mail on 2026-12-01" (kept in the history)
cli-person-rectify-letter = Also write a copy of the confirmation letter (PDF) to this file; the letter is always kept in the case
cli-person-erase-letter = The PDF file the letter to the person is written to before anything is erased (required except with --dry-run); the letter is not kept in the register when anything is erased
cli-person-rectified = Rectified in { $cases ->
    [one] one case
   *[other] { $cases } cases
}: { $numbers }. { $field }: { $value }
cli-person-rectified-unchanged = Already right in: { $numbers }.
cli-person-notify = Tell those who have received data about the person (Art. 19): { $recipients }.
cli-person-letter-written = The letter to the person was written to { $path } and kept in case { $number }.
cli-person-erasure-letter-written = The letter to the person was written to { $path }. It is not kept in the register, as it holds the erased data.
cli-person-no-letter = No letter to the person was written (give --letter FILE.pdf).
error-erasure-letter-not-saved = Nothing was erased: the letter to the person could not be saved. { $problem }
cli-person-partly-erased = The cases under a legal hold were not erased: { $cases }.

## GDPR: extended time to answer (Article 12(3))

error-extension = The delay notice was not created: the time to answer a personal data request may only be extended as Article 12(3) of the GDPR allows. { $problems }
extension-problem-too-late = The extension must be notified within one month of receiving the request, by { $date } at the latest.
extension-problem-too-long = The new date may be at most three months after the request was received, { $date } at the latest.
extension-problem-no-reason = The reason for the delay must be stated.

## Letters by e-mail (an unsent e-mail with the letter as a PDF)

eml-body =
    Hello,

    Here is a letter from us about case { $number }: { $kind }. You will find the letter as a PDF file attached.
audit-letter-sent = A letter was sent
audit-review-submitted = A letter was submitted for review
audit-review-approved = A letter was reviewed and approved
audit-review-returned = A letter was returned after review
note-kind-review = Review
review-state-pending = Awaiting review
review-state-approved = Approved
review-state-returned = Returned
sent-via-email = e-mail
sent-via-post = post
cli-letter-eml = Also write the letter as an unsent e-mail (.eml) with the PDF attached, to open and send in the mail program
cli-letter-eml-written = The e-mail to { $to } was written to { $path }. The letter is recorded as sent by e-mail on { $date }.
cli-letter-recipient = Recipient: representative (needs a valid power of attorney) or complainant; otherwise the representative when they hold a valid power of attorney, else the complainant
error-eml-no-address = The letter cannot be sent by e-mail: neither the complainant nor the representative has an e-mail address on the case.
error-eml-not-for-email = A statement goes to the board, court or authority through their own channels, not by e-mail from here.
error-eml-write = The e-mail could not be written ({ $detail }). The letter is not recorded as sent.
review-waiting = { $kind } awaits review – written by { $author } { $at }
review-own-draft = You wrote this letter yourself. Another complaints manager must review and approve it.
review-self-approval = You wrote this letter yourself. The settings allow self-approval; the approval is marked in the history and the dossier.
review-override = I handled collection case { $number } but approve anyway (recorded in the history)
review-open-pdf = Show PDF
review-comment = Comment for the officer: what needs to change?
review-return = Return
review-approve = Approve
review-pdf-opened = The draft was opened in the PDF viewer.

## The disclosure log

field-disclosed-to = Recipient's name
field-disclosed-what = What was disclosed
field-disclosed-on = Date of disclosure
audit-disclosure-recorded = A disclosure of personal data was recorded
audit-case-erased = The complainant's personal data was erased from the case
audit-case-legal-hold-set = The case was marked with a legal claim (may not be erased)
audit-case-legal-hold-released = The legal claim's mark was taken off the case
disclosure-recipient-creditor = The creditor
disclosure-recipient-kronofogden = The Swedish Enforcement Authority (Kronofogden)
disclosure-recipient-police = The police
disclosure-recipient-fi = Finansinspektionen (the supervisor)
disclosure-recipient-imy = The Swedish Authority for Privacy Protection (IMY)
disclosure-recipient-court = A court
disclosure-recipient-arn = The National Board for Consumer Disputes (ARN)
disclosure-recipient-data-subject = The data subject
disclosure-recipient-other = Another recipient
legal-basis-legal-obligation = Legal obligation (Art. 6(1)(c))
legal-basis-contract = Contract with the creditor (Art. 6(1)(b))
legal-basis-legitimate-interests = Legitimate interests, such as defending a legal claim (Art. 6(1)(f))
legal-basis-consent = Consent (Art. 6(1)(a))
legal-basis-access-request = The data subject's right of access (Art. 15)
disclosure-source-manual = recorded by an officer
disclosure-source-dossier = dossier exported for external review
disclosure-source-register-extract = register extract
cli-disclosure-about = The log of disclosed personal data: to whom, what, when and on what legal basis
cli-disclosure-add-about = Record that data in a case was disclosed
cli-disclosure-add-case = Case number, e.g. K-2026-00042
cli-disclosure-add-to = Recipient: creditor, kronofogden, police, fi, imy, court, arn, data_subject or other
cli-disclosure-add-name = The recipient's name (required for other, e.g. a law firm; otherwise optional, e.g. which district court)
cli-disclosure-add-what = What was disclosed, e.g. "name, address and the case documents"
cli-disclosure-add-basis = Legal basis: legal_obligation, contract, legitimate_interests, consent or access_request
cli-disclosure-add-date = The day the data was disclosed (YYYY-MM-DD), otherwise today
cli-disclosure-list-about = List the disclosures in a case, or in all cases
cli-disclosure-list-case = Case number (left out: all cases)
cli-disclosure-list-json = Write the list as JSON
cli-disclosure-added = The disclosure to { $to } was recorded in { $number }.
cli-disclosure-none = No disclosures are recorded.
history-disclosure = Personal data was disclosed to { $to } – { $basis }

## A person across cases

person-match-id-number = same personal or coordination number
person-match-email = same e-mail address
person-match-phone = same phone number
person-match-name = same name
cli-person-about = One person across all cases: search, notes to review, register extract, rectification and erasure
cli-person-find-about = Find the cases in which a person is the complainant: by personnummer, samordningsnummer, e-mail address, phone number or name
cli-person-find-query = Personnummer or samordningsnummer (any written form), e-mail address, phone number or name
cli-person-find-json = Write the matches as JSON
cli-person-none = No complainant in any case matches.
cli-person-to-confirm = { $how } – confirm that it is the same person
cli-person-extract-about = Make a register extract (Art. 15) for a person: cover letter, the data as JSON and the correspondence, in a ZIP file
cli-person-extract-person = Personnummer or samordningsnummer, e-mail address or phone number (a name is not enough)
cli-person-extract-out = The ZIP file to write
cli-person-extract-include-note = An internal note that is personal data about the person themselves and goes in (the id from person notes). May be given more than once; the other notes are left out and listed
cli-person-notes-about = List the internal notes of the person's cases, so that you can choose which go into the register extract
cli-person-notes-person = Personnummer or samordningsnummer, e-mail address or phone number (a name is not enough)
cli-person-notes-json = Write the notes as JSON
cli-person-notes-none = The person's cases have no internal notes.
cli-person-notes-hint = The columns: case, id, date, author, kind, first line. Include a note in the register extract with --include-note ID, but only if it is personal data about the person themselves and not about someone else. The other notes are left out and listed with the reason.
cli-person-note-not-theirs = Note { $id } is not on the person's cases. See person notes for the ids.
cli-person-extract-none = No complainant matches by personal or coordination number, e-mail address or phone number. A name is not enough for a register extract.
cli-person-extracted = The register extract was written to { $path }: { $cases ->
        [one] one case
       *[other] { $cases } cases
    }, { $left_out ->
        [0] nothing left out
       *[other] { $left_out } left out (see left_out in the JSON file)
    }. It is recorded as disclosed to the data subject.
cli-person-erase-about = Erase a person (Art. 17): the letter to the person is written first, then every case where they are the complainant that no legal hold keeps is anonymised; the statistics (kind, category, outcome, dates) stay
cli-person-erase-person = Identity number (personnummer, samordningsnummer), e-mail address or phone number (a name is not enough)
cli-person-erase-dry-run = Only show what would be erased; nothing changes
cli-person-erase-none = No complainant matches by identity number, e-mail address or phone number. Nothing was erased.
cli-person-erase-would = This would be erased from { $cases ->
        [one] one case
       *[other] { $cases } cases
    }:
cli-person-erased = The person's data was erased from { $cases ->
        [one] one case
       *[other] { $cases } cases
    } (name, identity number, address, e-mail, phone and free texts). The statistics stay.
cli-person-erase-counts = { $messages } messages, { $attachments } attachments, { $notes } notes, { $letters } letters, { $files } files{ $representative ->
        [0] {""}
       *[other] , the representative
    }
cli-hold-about = Mark a legal claim on a case: its complainant's data may then not be erased
cli-hold-case = Case number, e.g. K-2026-00042
cli-hold-reason = The reason, e.g. "Dispute in the district court" (shown when an erasure is refused)
cli-hold-set = Case { $number } is marked with a legal claim and cannot be erased.
cli-release-about = Take the legal claim's mark off a case
cli-release-case = Case number, e.g. K-2026-00042
cli-hold-released = The legal claim's mark is off case { $number }.
show-disclosures = Disclosed personal data
show-no-disclosures = No disclosures recorded.


## The person view: the data subject's rights (register extract, erasure, legal claim)

top-people = Data subjects
case-show-person = Everything about this person
person-title = Data subjects
person-search = Personnummer, samordningsnummer, e-mail address, phone number or name
person-search-button = Search
person-search-help = Search by a personnummer, an e-mail address or a phone number to find every case in which the person is the complainant. A name alone is not enough: cases that only share the name are shown for you to confirm.
person-searching = Searching …
person-none = No complainant in any case matches.
person-cases = The person's cases ({ $count })
person-no-cases = No cases chosen yet. Confirm below which cases with the same name are the person's.
person-column-case = Case
person-column-kind = Kind
person-column-status = Status
person-column-received = Received
person-column-messages = Messages
person-column-letters = Letters
person-column-matched = Match
person-column-hold = Legal claim
person-column-date = Date
person-column-recipient = Recipient
person-column-what = What data
person-column-basis = Legal basis
person-hold-mark = Mark a claim …
person-hold-reason = Reason, e.g. Dispute in the district court
person-hold-prompt = Legal claim on { $case }:
person-hold-set = Mark
person-hold-marked = Marked: { $reason }
person-hold-release = Release
person-to-confirm = To confirm: same name ({ $count })
person-to-confirm-help = A name is not enough to know that it is the same person. Tick only the cases you have checked are the person's; they then join the list above and the register extract.
person-to-confirm-case = { $case } · { $name } · received { $received } · { $status }
person-disclosures = Personal data disclosed ({ $count })
person-disclosure-to-named = { $to } ({ $name })
person-extract-open = Register extract …
person-erase-open = Erase the person's data …
person-erase-role = Only a complaints manager or an administrator can erase a person's data and release a legal claim.
person-erase-identifier = To erase, search by personnummer, e-mail address or phone number. A name is not enough.
person-extract-title = Register extract (Article 15)
person-extract-notes-help = Internal notes go in only if they are personal data about this person and not about someone else. Read each note and tick those that go in. Those not ticked are left out and listed in the extract with the reason.
person-extract-no-notes = The person's cases have no internal notes.
person-extract-note = { $case } · { $date } · { $author } · { $kind }
person-extract-chosen = { $count ->
        [0] No note goes in.
        [one] One note goes in.
       *[other] { $count } notes go in.
    }
person-extract-file-name = register-extract
person-extract-path = Where to save the register extract (ZIP file)
person-extract-save-as = Save as …
person-extract-save = Make the register extract
person-extract-running = Making the register extract …
person-extract-no-dialog = No file was chosen. Type the path in the field and click Make the register extract.
person-extract-no-path = Type where to save the register extract.
person-extract-done = The register extract was saved in { $path } ({ $files } files). It is recorded as disclosed to the data subject, and the cover letter is kept on the newest case.
person-extract-nothing-left-out = Nothing was left out.
person-extract-left-out = Left out of the extract:
person-left-out = { $case }: { $what } – { $reason }
person-left-out-notes = { $count ->
        [one] one internal note
       *[other] { $count } internal notes
    }
person-left-out-attachments = { $count ->
        [one] one attachment
       *[other] { $count } attachments
    }
person-left-out-letters = { $count ->
        [one] one letter
       *[other] { $count } letters
    }
person-left-out-power-of-attorney = the power of attorney
person-left-out-reason-not-their-data = not the person's own data, as you judged it
person-left-out-reason-representative = holds the representative's data
person-rectify-open = Rectify a detail …
person-rectify-title = Rectify a detail of the person (Article 16)
person-rectify-help = The detail is rectified in all of the person's cases. The old value is kept in each case's history with who rectified it and when; the person gets a confirmation letter.
person-rectify-value = The right value
person-rectify-address-hint = As on an envelope: the street first, then postcode and town, for example "Storgatan 12 B, 413 19 Göteborg".
person-rectify-remove-hint = Leave the field empty to remove a wrong detail.
person-rectify-reason = Why, for example "New address given by e-mail on 2026-12-01" (kept in the history)
person-rectify-confirm = Rectify and write the confirmation
person-rectify-letter-kept = The confirmation letter is kept in the newest case that changed. Open it and send it to the person.
person-rectify-show-letter = Show the letter
person-rectify-letter-name = rectification-notice
person-erase-title = Erase the person's data (Article 17)
person-erase-planning = Working out what would be erased …
person-erase-would = This would be erased from { $cases ->
        [one] one case
       *[other] { $cases } cases
    } (name, identity number, address, e-mail, phone and free texts; the statistics stay):
person-erase-counts = { $case }: { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    }, { $attachments ->
        [one] 1 attachment
       *[other] { $attachments } attachments
    }, { $notes ->
        [one] 1 note
       *[other] { $notes } notes
    }, { $letters ->
        [one] 1 letter
       *[other] { $letters } letters
    }, { $files ->
        [one] 1 file
       *[other] { $files } files
    }{ $representative ->
        [0] {""}
       *[other] , the representative
    }
person-erase-held = Erasure is not possible. These cases are under a legal hold:
person-erase-hold = { $case }: { $reason }
person-erase-held-some = These cases are under a legal hold and are not erased now; the letter says why:
person-erase-all-held = No case can be erased now. The letter to the person becomes a refusal with the reasons and the right to complain to IMY; it is kept in the newest case.
person-erase-letter-path = Where the letter to the person is saved (PDF); it is written before anything is erased
person-erase-letter-name = erasure-notice
person-erase-refuse = Write the refusal
person-erase-no-path = Write where the letter to the person is saved. Without the letter nothing is erased.
person-erase-no-dialog = No file was chosen. Type the path in the field and click the button again.
person-erase-letter-written = The letter to the person was written to { $path }. Send it to the person; it is not kept in the store, as it holds the erased data.
person-erase-refused = Nothing was erased. The refusal was written to { $path } and kept in the case.
person-erase-notify = Tell those who have received data about the person (Article 19): { $recipients }.
person-erase-warning = The erasure cannot be undone. Check that the cases above are the right person's.
person-erase-confirm = { $cases ->
        [one] Erase the person's data from one case
       *[other] Erase the person's data from { $cases } cases
    }
person-erase-running = Erasing and rewriting the store file, this can take a while …
person-erase-none = No complainant matches any more. Nothing was erased.
person-erased = The person's data was erased from { $cases ->
        [one] one case
       *[other] { $cases } cases
    }. The statistics stay. This was erased:

## Officers and roles

role-officer = officer
role-manager = complaints manager
role-admin = administrator

## Officers on the command line

cli-officer-about = The officers who sign in to the store, their roles and passphrases
cli-officer-add-about = Add an officer with a first passphrase (from KLAGOMAL_NEW_PASSPHRASE or asked for twice). Needs the role administrator
cli-officer-add-name = The officer's full name, as it is signed on letters and chosen at sign-in
cli-officer-add-roles = A role: officer, manager (complaints manager) or admin (administrator). May be given several times; without it, officer
cli-officer-add-title = Title, e.g. Complaints officer
cli-officer-list-about = List the officers with their roles and whether they are active
cli-officer-list-json = Print JSON
cli-officer-remove-about = Remove an officer: they can no longer sign in, and the store gets a new key. Needs the role administrator
cli-officer-remove-name = The officer's name
cli-officer-roles-about = Set an officer's roles. Needs the role administrator
cli-officer-roles-name = The officer's name
cli-officer-roles-roles = A role: officer, manager or admin. Given once per role
cli-officer-passwd-about = Change your own passphrase (the new one from KLAGOMAL_NEW_PASSPHRASE or asked for twice)
cli-key-about = The store's key
cli-key-export-about = Print the store's data key in hex, so that another SQLCipher program can open the store. Needs the role administrator
cli-officer-added = { $name } was added as { $roles }.
cli-officer-row = { $name }: { $roles }
cli-officer-row-removed = { $name }: { $roles } (removed)
cli-officer-removed = { $name } is removed and can no longer sign in. The store has a new key, so older copies of the key slot file do not open it.
cli-officer-roles-set = { $name } now has the roles { $roles }.
cli-passphrase-changed = The passphrase of { $name } is changed.
cli-officer-not-found = There is no active officer “{ $officer }”. Officers: { $officers }.
cli-officer-not-given = Several officers can sign in to this store. Say who you are with --officer NAME or KLAGOMAL_OFFICER. Those who can sign in: { $officers }.
cli-officer-cannot-sign-in = No officer of that name can sign in to this store. Those who can sign in: { $officers }.
cli-key-export-warning = WARNING: This key opens the whole store without a passphrase, for anyone with a copy of the store file. Keep it as you keep the store itself (in a safe or a password manager), never send it by e-mail, and delete it when it is no longer needed. The key stops working when an officer is removed. The export is logged.
cli-officer-passphrase-warning = Hand the passphrase over in person. If it is forgotten, an administrator can remove the officer and add them again; nothing in the store is lost.
cli-no-new-passphrase = No new passphrase given. Set KLAGOMAL_NEW_PASSPHRASE or run the command in a terminal.
cli-new-passphrase-mismatch = The passphrases do not match. Nothing was changed.

## Settings: officers and passphrases

settings-officers = Officers
settings-officers-help = Each officer signs in with their own name and passphrase. The roles say what each may do: a complaints manager reviews final answers, an administrator manages officers, settings and letter templates. Someone who cannot sign in (a name to assign cases to) gets a passphrase when you add the officer under the same name.
settings-officer-new = Add an officer
settings-officer-new-name = Name (as signed on letters)
settings-officer-new-title = Title
settings-officer-new-passphrase = First passphrase
settings-officer-new-hint = Hand the passphrase over in person; the officer changes it under Settings.
settings-officer-name-needed = Type the officer's name.
settings-officer-add = Add
settings-officer-added = { $name } was added. Hand the passphrase over in person.
settings-officer-remove = Remove
settings-officer-remove-confirm = Remove { $name }? They can no longer sign in, but the name stays in the cases' history. The store gets a new key, which may take a moment.
settings-officer-removed = { $name } is removed. The store has a new key.
settings-officer-inactive = Removed
settings-officer-no-sign-in = Cannot sign in
settings-officers-busy = Saving …
settings-passphrase = Your passphrase
settings-passphrase-new = New passphrase
settings-passphrase-hint = The new passphrase counts from your next sign-in. The old one stops working.
settings-passphrase-change = Change passphrase
settings-passphrase-changed = Your passphrase is changed.

## Retention (gallring)

audit-retention-swept = A retention sweep ran: cases closed longer ago than the retention period were anonymised
cli-retention-about = Retention: cases closed longer ago than the retention period are anonymised
cli-retention-sweep-about = Run the retention sweep: anonymise every case closed longer ago than the retention period, except those under a legal claim (needs an administrator or complaints manager)
cli-retention-sweep-dry-run = Only show what the sweep would do, with case numbers; nothing changes
cli-retention-sweep-json = Write the report as JSON
cli-settings-retention-about = Show the retention period, or set a new one (in months after the case was closed)
cli-settings-retention-months = The retention period in whole months, 1–120 (default 36)
retention-months-bad = "{ $input }" is no retention period: give whole months, 1–120.
retention-months-show = Retention period: { $months } months after the case was closed.
retention-months-saved = The retention period is now { $months } months after the case was closed.
retention-would = The sweep would anonymise { $cases ->
        [one] one case
       *[other] { $cases } cases
    } closed more than { $months } months ago.
retention-done = The sweep anonymised { $cases ->
        [one] one case
       *[other] { $cases } cases
    } closed more than { $months } months ago. The statistics (kind, category, outcome, dates) remain.
retention-nothing = No case is past the retention period of { $months } months.
retention-year-row = Closed in { $year }: { $anonymised } to anonymise, { $held } kept
retention-year-done = Closed in { $year }: { $anonymised } anonymised, { $held } kept
retention-held-heading = Kept although past the retention period:
retention-case-row = { $number }, closed { $closed }
retention-held-row = { $number }, closed { $closed }: { $hold }
retention-case-numbers = Cases: { $numbers }
inbox-retention-due = { $cases ->
        [one] One case was
       *[other] { $cases } cases were
    } closed more than { $months } months ago and should be swept.
inbox-retention-open = To the retention sweep
settings-retention = Retention
settings-retention-help = A retention sweep anonymises the cases closed longer ago than the retention period: the complainant's data, messages, attachments, notes and letters are erased, the statistics (kind, category, outcome, dates) remain. Cases under a legal claim are kept.
settings-retention-months = Retention period (months)
settings-retention-last = Last sweep { $date }: { $cases ->
        [one] one case anonymised
       *[other] { $cases } cases anonymised
    }.
settings-retention-never = No retention sweep has run in this store.
settings-retention-run = Run retention sweep…
settings-retention-confirm = The sweep anonymises { $cases ->
        [one] one case
       *[other] { $cases } cases
    } for good. It cannot be undone.
settings-retention-confirm-run = Anonymise
settings-retention-running = The sweep is running…
settings-retention-role = Only an administrator or complaints manager can run a retention sweep.
