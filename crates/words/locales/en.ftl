# guichet — English
# Texts written for busy people: short sentences, plain words.

## Layout
skip-to-content = Skip to content
nav-label = Main menu
lang-label = Language
sign-out = Sign out
error-prefix = Error:
error-summary-title = There is a problem
nav-home = Home
nav-teams = Teams
nav-access-rights = Access rights
nav-accounts = Accounts
nav-sites = Sites
nav-services = Services and teams
nav-organisation = Organisation
nav-account = My account

## Roles
role-reception = Reception
role-social-worker = Social worker
role-health-worker = Health worker
role-coordinator = Coordination
role-dpo = Data protection officer
role-admin = Administration
role-volunteer = Volunteer

## Days
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday

## Errors
error-title = This page cannot be shown
error-go-home = Back to the home page
error-code = Code:
error-not-found = This page does not exist, or you do not have access to it.
error-forbidden = Your role does not give you access to this page. If you need it, ask the administrator.
error-signed-out = Your session has ended. Please sign in again.
error-csrf = This form has expired or did not come from guichet. Go back, reload the page and try again.
error-too-large = The form you sent is too large.
error-unavailable = guichet cannot reach its database right now. Try again in a minute. If the problem continues, tell the IT department.

## Sign in
login-title = Sign in
login-username = Username
login-password = Password
login-submit = Sign in
login-help = Forgotten your password? Ask the guichet administrator for a one-time link.
login-username-missing = Enter your username
login-password-missing = Enter your password
login-failed = The username or password is incorrect
login-throttled = { $minutes ->
    [one] Too many attempts. Wait { $minutes } minute, then try again.
   *[other] Too many attempts. Wait { $minutes } minutes, then try again.
}
login-expired = You were inactive for a while, so your session has ended. Please sign in again.
login-password-set = Your password has been saved. You can now sign in.

## Password
password-set-title = Choose a password
password-set-for = Account: { $username }
password-new = New password
password-confirm = Repeat the new password
password-rule = At least 12 characters. A sentence of a few words is easier to remember.
password-set-submit = Save password
password-link-invalid = This link no longer works: it has already been used or it has expired. Ask the administrator for a new link.
password-too-short = The password must be at least 12 characters long
password-too-long = The password must be 128 characters or fewer
password-same-as-username = The password cannot be your username
password-mismatch = The two passwords do not match

## Home
home-title = Home
home-greeting = Hello { $name }.
home-today = Today
home-site-open = Open: { $hours }.
home-site-walkin = Drop-in (no appointment): { $hours }.
home-site-open-no-walkin = Open: { $hours }. No drop-in today.
home-site-closed-weekday = Closed today.
home-site-closed-today = Closed today: { $reason }
home-site-phone = Phone:
home-persons = People supported by your teams
home-persons-none = Your teams are not supporting anyone yet.
home-persons-count = { $count ->
    [one] Your teams follow { $count } person.
   *[other] Your teams follow { $count } people.
}
home-my-teams = Your teams
home-no-team = You are not in any team.
home-see-teams = See all teams
home-dpo = Data protection
home-dpo-accounts = { $count ->
    [one] { $count } staff account.
   *[other] { $count } staff accounts.
}
home-dpo-review = Review who has access to what
home-admin = Administration
home-admin-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
home-admin-sites = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
home-admin-teams = { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
home-admin-no-person-data = An administration account manages accounts and settings. It never sees people's case files.

## Person
person-title = Case file
person-why-followed = You can see this case file because your team supports this person: { $teams }.

## My account
account-title = My account
account-name = Name
account-username = Username
account-roles = Roles
account-teams = Teams
account-no-team = None
account-lang-title = Language for guichet
account-lang-label = Language
account-lang-submit = Save language
account-lang-saved = Your language has been saved.
account-lang-invalid = Choose a language from the list
account-password-title = Change my password
account-current-password = Current password
account-current-missing = Enter your current password
account-current-wrong = The current password is incorrect
account-password-submit = Change password
account-password-saved = Your password has been changed. Your other sessions have been closed.
account-everywhere-title = Sign out everywhere
account-other-sessions = { $count ->
    [0] You are not signed in anywhere else.
    [one] You are also signed in on { $count } other device.
   *[other] You are also signed in on { $count } other devices.
}
account-everywhere-submit = Sign out on all devices

## Accounts (administration)
users-title = Staff accounts
users-new = Create an account
users-back = Back to accounts
users-col-name = Name
users-col-roles = Roles
users-col-teams = Teams
users-col-status = Status
home-failed-sign-ins-title = Attempts to sign in to your account
home-failed-sign-ins = { $count ->
    [one] Since your last visit, someone tried once to sign in to your account, without success.
   *[other] Since your last visit, someone tried { $count } times to sign in to your account, without success.
}
home-failed-sign-ins-last = Last attempt: { $date } at { $time }.
home-failed-sign-ins-advice = If it was not you, tell guichet's administrator: they can give you a link to choose a new password.
home-failed-sign-ins-seen = I have read this
users-col-failed = Refused sign-ins
users-failed-counts = { $recent } since yesterday, { $month } in 30 days
users-failed-since = { $count ->
    [one] (one since the last successful sign-in)
   *[other] ({ $count } since the last successful sign-in)
}
users-status-active = Active
users-status-disabled = Disabled
users-status-no-password = No password yet
user-new-title = Create an account
user-edit-title = Edit an account
user-username = Username
user-username-hint = Lower-case letters, numbers, full stop, hyphen. For example: m.dubois
user-display-name = Full name
user-lang = Language for guichet
user-lang-default = Same as the browser
user-roles = Roles
user-roles-hint = Tick everything this person does. An administration account cannot see any case files.
user-teams = Teams
user-teams-hint = Reception and frontline staff see the people supported by their teams.
user-create = Create account
user-save = Save
user-saved = The changes are saved.
user-username-missing = Enter a username
user-username-length = The username must be between 3 and 64 characters long
user-username-characters = The username can only contain lower-case letters without accents, numbers, full stops and hyphens
user-username-taken = This username already exists
user-display-name-missing = Enter the full name
user-display-name-long = The full name must be 120 characters or fewer
user-roles-missing = Tick at least one role
user-roles-admin-frontline = Administration cannot be combined with reception or frontline work. Create two separate accounts.
user-roles-keep-own-admin = You cannot remove your own Administration role
user-teams-missing = Choose at least one team for a reception or frontline role
user-access-title = Access
user-reset-explain = A one-time link lets the person choose a new password. The link is shown here, so you can print it or hand it over in person.
user-reset-submit = Create a password link
user-disable-explain = A disabled account can no longer sign in. Its sessions are closed straight away.
user-disabled-explain = This account is disabled.
user-disable = Disable account
user-enable = Enable account again
user-cannot-disable-self = You cannot disable your own account

## One-time link
link-title = Link to choose a password
link-for = For: { $name }
link-username = Username:
link-open = Open this address in the browser you use for guichet:
link-valid = { $hours ->
    [one] This link works only once, for { $hours } hour.
   *[other] This link works only once, for { $hours } hours.
}
link-once = Print or copy this link now: it will not be shown again.
link-back = Back to the account

## Sites
sites-title = Sites
sites-new = Add a site
sites-none = No sites yet.
sites-back = Back to sites
site-new-title = Add a site
site-edit-title = Edit a site
site-name = Site name
site-street = Street and number
site-postcode = Postcode
site-municipality = Municipality
site-phone = Phone
site-phone-hint = For example: 010 23 45 67
site-hours = Opening hours
site-hours-hint = For example: 9:00-12:00, 13:30-16:00. Leave empty if closed.
site-day = Day
site-open = Open
site-walkin = Drop-in (no appointment)
site-closing = Closing days
site-closing-hint = One day per line: the date, then the reason. For example: 2026-12-24 Christmas Eve
site-save = Save site
site-name-missing = Enter the site name
site-street-missing = Enter the street and number
site-postcode-invalid = Enter a 4-digit Belgian postcode
site-municipality-missing = Enter the municipality
site-phone-invalid = Enter a phone number, for example 010 23 45 67
site-hours-invalid = { $day }: write the hours like this: 9:00-12:00, 13:30-16:00
site-closing-invalid = Closing days, line { $line }: write the date like this: 2026-12-24 or 24/12/2026

## Services and teams
services-title = Services and teams
services-none = No services yet.
services-new = Add a service
services-site = Site
services-name = Service name
services-name-hint = For example: General social service, Debt advice
services-create = Add service
service-name-missing = Enter the service name
service-site-missing = Choose a site
teams-new = Add a team
teams-service = Service
teams-name = Team name
teams-create = Add team
team-name-missing = Enter the team name
team-service-missing = Choose a service
teams-title = Teams
teams-intro = Teams, their service and their site. No data about the people supported.
teams-col-team = Team
teams-col-service = Service
teams-col-site = Site
teams-col-members = Members
teams-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

## Organisation
org-title = Organisation
org-name = Organisation name
org-name-hint = As it appears on letters. For example: CPAS of Wavre
org-save = Save
org-saved = The name has been saved.
org-name-missing = Enter the organisation name (200 characters at most)

## Access rights (data protection officer)
access-title = Who has access to what
access-intro = Every staff account, with its roles and teams. This list does not show what anyone has done. It is for checking access rights.
access-col-persons = People's case files
access-persons-followed = People supported by their teams
access-persons-none = None

## Persons
nav-persons = People
persons-title = People
persons-search-label = Find a person
persons-search-hint = A name (in any order, accents optional), a phone number or a national number.
persons-search-submit = Search
persons-results = { $count ->
    [0] Nobody found in your teams' files.
    [one] { $count } person found.
   *[other] { $count } people found.
}
persons-new = Register a new person
persons-new-from-search = Not found: register this person
person-new-title = Register a person
person-new-intro = A name and one way to reach the person are enough. The rest can wait.
person-given-names = Given name(s)
person-family-name = Family name
person-family-name-hint = If the person has only one name, write it here.
person-usual-name = Usual name
person-usual-name-hint = The name the person goes by, if different.
person-birth = Date of birth
person-birth-hint = If known. You can give only the year, or the month and year.
person-birth-day = Day
person-birth-month = Month
person-birth-year = Year
person-niss = National number or BIS number
person-niss-hint = Optional. 11 digits, for example 85.07.30-033.28
person-reach = How to reach the person
person-reach-hint = Any one of these is enough: a phone, an email, a postal or contact address, “comes to the desk”, or a trusted person.
person-phone = Phone
person-phone-holder = Whose phone is it?
person-phone-holder-hint = Leave empty if it is the person's own. For example: her daughter
person-email = Email address
person-team = Team that supports the person
person-new-submit = Register the person
person-name-missing = Enter at least one name
person-birth-invalid = This date of birth does not exist. Give only the year if you are not sure of the day.
person-niss-invalid = These 11 digits are not a valid national number: a digit is probably mistyped
person-phone-invalid = Give a phone number with all its digits, for example 0470 12 34 56, 010 23 45 67 or +33 6 12 34 56 78
person-email-invalid = Enter an email address like name@example.be
person-contact-missing = Give at least one way to reach the person: a phone, an email, an address (or a contact address), “comes to the desk”, or a trusted person
person-team-missing = Choose one of your teams
person-matches-title = Is this the same person?
person-matches-intro = These files look like the person you are registering. If it is the same person, open their file: nobody should be entered twice.
person-matches-open = Open this file
person-matches-hidden = { $count ->
    [one] { $count } more similar file exists in a team that is not yours. Ask a colleague before creating a new file.
   *[other] { $count } more similar files exist in teams that are not yours. Ask a colleague before creating a new file.
}
person-matches-create = None of these: create a new file
person-matches-edit = Correct what I typed
match-same-niss = same national number
match-same-name = same name
match-similar-name = similar name
match-same-birth-date = same date of birth
match-same-phone = same phone
person-created = The file is created.
person-unknown = Unknown
person-phone-mobile = mobile
person-phone-landline = landline

## How to reach the person
channel-paper-letter = paper letter
channel-landline = call the landline
channel-mobile = call the mobile
channel-sms = text message (SMS)
channel-email = email
channel-walk-in-only = only at the desk (the person comes in)
channel-trusted-third = through a trusted person
need-reading-difficulty = Reads with difficulty: use the easy-read version
need-large-print = Large print
need-visual-impairment = Sees poorly
need-hearing-impairment = Hears poorly: prefer writing or the desk
need-interpreter = Needs an interpreter
need-no-smartphone = No smartphone
need-no-computer = No computer
need-no-internet-at-home = No internet at home
need-no-card-reader = No ID card reader
need-no-itsme = No itsme
language-fr = French
language-nl = Dutch
language-en = English
language-de = German
language-unknown = Not known yet
language-other = Another language
pref-none = No preference yet: ask the person how to reach them.
pref-first = First: { $channel }.
pref-then = Otherwise: { $channel }.
pref-fallback = The file does not allow "{ $wanted }" yet: messages will go by { $used }.
pref-unusable = The file allows none of these ways: messages will be handed over at the desk.
pref-language = Language: { $language }.
pref-language-other = Language: { $language }. Book an interpreter.
person-reach-title = How to reach this person
person-reach-change = Change how to reach them or their address
person-address = Postal address
person-address-unknown = Not known
contact-title = How to reach the person
contact-back = Back to the file of { $name }
contact-intro = Ask { $name } how they prefer to be contacted. Every message will follow this order.
contact-channels = Ways to make contact, in order of preference
contact-channels-hint = The first choice is used normally; the next ones if the first does not work.
contact-channel-1 = First choice
contact-channel-2 = Second choice
contact-channel-3 = Third choice
contact-channel-none = —
contact-trusted-third = Trusted person
contact-trusted-third-hint = Their name and phone, if the person wants us to go through them.
contact-trusted-third-missing = Enter the trusted person's name
contact-language = The person's language
contact-language-other = Other language
contact-language-other-hint = Only if you chose "Another language". An interpreter will be booked.
contact-language-other-missing = Say which language
contact-needs = Needs
contact-letter-needs-address = To send paper letters, a postal address is needed
contact-save = Save
address-title = Postal address
address-kind = Where to send post
address-kind-unknown = Not known yet
address-kind-belgian = An address in Belgium
address-kind-foreign = An address abroad
address-kind-no-fixed = No fixed address: a contact address
address-fill-hint = Fill in only the fields that match your choice.
address-street = Street and number
address-street-missing = Enter the address
address-foreign-lines = Address abroad (street, town, postcode)
address-country = Country
address-country-missing = Enter the country
address-contact = Contact address
address-contact-hint = For example the service's address, where the person collects their post.
address-contact-missing = Enter the contact address
address-municipality-hint = Leave it empty and guichet fills it in from the postcode.
address-municipality-choose = Postcode { $postcode } covers several places: { $places }. Enter the one of this address.
address-municipality-mismatch = This municipality does not go with postcode { $postcode } ({ $places }). Correct the postcode or the municipality, or tick the box if the address is right.
address-municipality-confirm = The address is right as I wrote it

## Requests
nav-queue = Request queue
arrival-walk-in = At the desk
arrival-phone = By phone
arrival-voicemail = Voicemail message
arrival-letter = By letter
arrival-email = By email
arrival-online-form = Through the online form
arrival-referral = Referred by another service
arrival-home-visit = During a home visit
urgency-urgent = Urgent
urgency-normal = Normal
urgency-can-wait = Can wait
status-new = New
status-acknowledged = Acknowledgement sent
status-in-progress = In progress
status-waiting-for-person = Waiting for the person
status-done = Done
status-redirected = Referred to another service
status-withdrawn = Withdrawn
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
person-requests = Requests
person-requests-none = No request yet.
person-request-promised = answer promised by { $date }
person-request-new = New request
request-new-title = New request
request-new-for = For { $name }. Only the topic is required.
request-description = What the person is asking for
request-description-hint = In their own words, if possible.
request-topic = Topic
request-topic-choose = Choose a topic
request-topic-missing = Choose the topic of the request
request-channel = How the request arrived
request-urgency = Urgency
request-team = Team handling it
request-assigned = Handled by
request-assigned-nobody = Nobody yet
request-assign-title = Who follows this request
request-assign-to = Give the request to
request-assign-save = Assign
request-team-missing = Choose a team
request-create = Save the request
request-title = Request
request-person = Person
request-status = Status
request-promised = Answer promised by { $date } at the latest.
request-overdue = Late: the answer was promised for { $date }.
request-ack-print = The person is at the desk: print the acknowledgement and hand it over.
request-ack-no-channel = No recorded way of contact can carry the acknowledgement. Print it to hand over or post, and ask the person how to reach them.
request-ack-queued = Waiting to be sent — { $channel }:
request-ack-open = Print the acknowledgement
request-ack-open-large = Large-print version
request-status-change = Follow-up
request-status-new = New status
request-status-save = Change the status
request-history = History
ack-title = Acknowledgement
ack-back = Back to the request
ack-print-hint = Print this page with the browser's print command (Ctrl+P).
ack-hello = Hello { $name }.
ack-topic = We have received your request: { $topic }.
ack-service = The service "{ $service }" is dealing with it.
ack-date = You will get an answer by { $date } at the latest.
ack-no-internet = You do not need the internet to reach us.
ack-phone = Phone: { $phone }.
ack-walkin = Without an appointment: { $hours }.
ack-address = Address: { $address }.
queue-title = Request queue
queue-open = { $count ->
    [0] No open request.
    [one] { $count } open request.
   *[other] { $count } open requests.
}
queue-overdue = { $count ->
    [0] None late.
    [one] { $count } late.
   *[other] { $count } late.
}
queue-col-promised = Answer promised
queue-late = late

## Appointments
person-appointments = Appointments
person-appointments-none = No appointment.
person-appointment-new = Book an appointment
appointment-new-title = Book an appointment
appointment-new-for = For { $name }.
appointment-worker = With whom
appointment-worker-missing = Choose with whom
appointment-date = Date
appointment-time = Time
appointment-time-hint = For example 10:00 or 14h30
appointment-duration = Length
appointment-minutes = { $minutes } minutes
appointment-place = Where
appointment-place-site = At our offices
appointment-place-phone = By phone
appointment-place-home = At the person's home
appointment-site = Site
appointment-site-missing = Choose a site
appointment-room = Office or room
appointment-room-hint = Optional. Prevents two appointments in the same room.
appointment-bring = What to bring
appointment-bring-hint = For example: identity card, latest energy bill
appointment-create = Save the appointment
appointment-date-invalid = Enter a date that exists, for example 7 4 2026
appointment-time-invalid = Enter a time, for example 10:00
appointment-in-the-past = This date and time have already passed
appointment-clash-worker = Already an appointment at that time: { $span }
appointment-clash-room = The room is already taken: { $span }
appointment-title = Appointment
appointment-status-is = Status: { $status }
appointment-status-planned = planned
appointment-status-arrived = the person has arrived
appointment-status-done = done
appointment-status-cancelled = cancelled
appointment-status-missed = the person did not come
appointment-print-card = Print the card for the fridge
appointment-reminders = Planned reminders
appointment-reminders-none = No reminder: the contact preferences allow none.
appointment-reminder-line = { $when }
appointment-call-line = Call the person on { $day }
appointment-what-happened = What happened
appointment-no-penalty = A missed appointment is noted, with no consequence at all for the person.
appointment-mark-arrived = The person has arrived
appointment-mark-done = Appointment done
appointment-mark-missed = The person did not come
appointment-mark-cancelled = Cancelled
card-title = Appointment card
card-back = Back to the appointment
card-print-hint = Print on A5 (or A4 folded in two) with Ctrl+P.
card-heading = Your appointment
card-time = at { $time }
card-with = With: { $worker }
card-where-site = Where: { $address }
card-where-phone = We will phone you.
card-where-home = At your home.
card-room = Office: { $room }
card-bring = Bring: { $things }
card-cancel = To cancel or change: { $phone }

## Today
nav-today = Today
today-title = Today at the desk
today-appointments = Today's appointments
today-appointments-none = No appointments today for your teams.
today-calls = People to call back
today-calls-none = Nobody to call back today.
today-call-about = To remind them of their appointment on { $when }.
today-call-done = Call made
today-walk-ins = Walk-in arrivals
today-walk-ins-none = Nobody is waiting.
today-walk-in-label = To recognise the person
today-walk-in-hint = Optional: a first name, or a few words.
today-walk-in-give = Give a ticket
today-ticket-given = Ticket number { $ticket }.
today-ticket = Ticket
today-arrived-at = Arrived at
today-call-ticket = Call
today-ticket-called = Called.
today-ticket-done = Done

## Editing a file
identity-title = Identity of { $name }
identity-niss-hint = Optional. 11 digits, for example 85.07.30-033.28. Empty the field to remove the number: it stays in the history below.
identity-niss-taken = This number is already on the file of { $name }. If it is the same person, merge the two files instead.
identity-niss-taken-open = Open the file of { $name }
identity-niss-taken-hidden = This number is already on another file, which you cannot open. Check the number; if it is right, ask the coordination to look at both files.
identity-save = Save
identity-history-title = National numbers recorded for this file
identity-history-none = No national number recorded yet.
identity-history-recorded = recorded on { $date }
identity-history-current = (current number)
phones-title = Phone numbers of { $name }
phones-none = This file has no phone number.
phones-order-hint = Try the first number first.
phones-add-title = Add a phone number
phones-kind = Kind of phone
phones-kind-guess = Tell from the number (04… is a mobile)
phones-kind-mobile = Mobile
phones-kind-landline = Landline
phones-add = Add this number
emails-title = Email addresses of { $name }
emails-none = This file has no email address.
emails-order-hint = Use the first address first. Several people may share one address.
emails-add-title = Add an email address
emails-holder = Whose address is it?
emails-holder-hint = Leave empty if it is the person's own. For example: her son
emails-add = Add this address
lines-up = Move up
lines-remove = Remove
person-identity-change = Change the name, date of birth or national number
person-phones-change = Add, remove or reorder phone numbers
person-emails-change = Add, remove or reorder email addresses

## Coordination: response times, topics, closing days
nav-response-times = Response times
nav-topics = Topics
home-response-times = Response times promised by each service
home-topics = Our organisation's own topics
settings-times-title = Response times
settings-times-intro = The date promised to the person falls this many working days after their request arrives. Weekends, public holidays and the site's closing days do not count.
settings-times-no-service = No service yet: an administrator must create them first.
settings-times-days = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
settings-times-change = Change
settings-times-change-of = Change the times: { $service }
settings-times-hint = In working days, from 0 to 120. An urgent request cannot wait longer than a normal one, and a normal one not longer than one that can wait.
settings-times-urgent = Urgent (working days)
settings-times-normal = Normal (working days)
settings-times-can-wait = Can wait (working days)
settings-times-save = Save the times
settings-times-saved = Times saved for { $service }. They apply to new requests.
settings-times-not-a-number = { $urgency }: enter a whole number of working days, from 0 to 120
settings-times-urgent-longer = An urgent request cannot wait longer than a normal one: shorten the urgent time or lengthen the normal one
settings-times-normal-longer = A normal request cannot wait longer than one that can wait: shorten the normal time or lengthen the other one
settings-topics-title = Request topics
settings-topics-intro = Every request gets a topic. The shared list (data·inclusion) is always offered; add here the topics that are your organisation's own. An archived topic is no longer offered, but old requests keep it.
request-topic-ours = Our organisation's topics
settings-topics-none = No topic added yet.
settings-topics-label-fr = Name in French
settings-topics-label-nl = Name in Dutch
settings-topics-label-en = Name in English
settings-topics-state = State
settings-topics-is-active = Offered
settings-topics-is-archived = Archived
settings-topics-archive = Archive
settings-topics-restore = Offer again
settings-topics-add = Add a topic
settings-topics-add-hint = Give at least one name. In a language without a name, the other name is shown.
settings-topics-add-button = Add the topic
settings-topics-added = Topic added. It is offered in the request form.
settings-topics-archived = Topic archived. It is no longer offered for new requests.
settings-topics-restored = The topic is offered again.
settings-topics-label-missing = Give the topic a name, in at least one language
settings-topics-label-long = The name is too long: 80 characters at most
settings-topics-exists = This topic already exists: { $topic }
settings-topics-exists-archived = This topic already exists but is archived: { $topic }. Offer it again instead of creating it anew
appointment-public-holiday = { $day } is a public holiday ({ $holiday }): the site is closed. Choose another day
appointment-site-closed-day = The site is closed on { $day }. Choose another day
appointment-site-closed-because = The site is closed on { $day } ({ $reason }). Choose another day
holiday-new-year = New Year's Day
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension = Ascension Day
holiday-whit-monday = Whit Monday
holiday-national-day = National Day
holiday-assumption = Assumption Day
holiday-all-saints = All Saints' Day
holiday-armistice = Armistice Day
holiday-christmas = Christmas
## Journal
note-journal = Journal
note-journal-of = Journal of { $name }
note-none = No notes to show.
note-add = Add a note
note-see-all = See the whole journal
note-added = The note is saved.
note-private = Private note
note-tags = Tags:
note-about-request = Request:
note-author-gone = Deleted account
note-filter-label = Choose which notes to show
note-filter-all = All notes
note-filter-tag = Notes with the tag ‘{ $tag }’.
note-filter-clear = See all notes
note-compartment-administrative = Administrative
note-compartment-social = Social
note-compartment-health = Health
note-compartment-digital = Digital help
note-new-title = New note
note-new-for = For { $name }. Only the text is required.
note-body = Note
note-body-hint = Write freely, in your own words.
note-body-missing = Write the text of the note
note-body-too-long = This note is too long: 20,000 characters at most
note-compartment-legend = Who may read this note?
note-choice-administrative = Administrative: the social workers and health workers of the teams following the person
note-choice-social = Social: the social workers of the teams following the person
note-choice-health = Health: the health workers of the teams following the person
note-choice-digital = Digital help: the social workers and health workers of the teams following the person
note-compartment-missing = Choose who may read this note
note-tags-label = Tags
note-tags-hint = Optional. Separate them with commas, for example: rent, energy
note-tags-too-many = Use 10 tags at most
note-tags-too-long = A tag cannot be longer than 40 characters
note-request = Which request it is about
note-request-none = No request in particular
note-request-unknown = Choose one of this person's requests
note-private-legend = Private note
note-private-hint = Nobody else will be able to read it, not even in your team.
note-private-choice = Only for me
note-save = Save the note
note-request-notes = Notes about this request
note-add-for-request = Add a note about this request
## Household and merging files
household-title = Household of { $name }
household-members = Household and family
household-none = No household member is linked to this file yet.
household-change = Add or remove a household member
household-hidden-member = A person whose file you cannot open
household-relation-column = Relation
household-person-column = Person
household-actions-column = Actions
household-remove = Remove the link
household-add-title = Link another person
household-search-label = Find the person to link
household-search-none = No other person found. They need a file you can open.
household-choose = Which person?
household-relation = Who is this person to { $name }?
household-relation-choose = Choose
household-link = Link the two files
household-linked = The link is saved.
household-removed = The link is removed.
household-choose-missing = Choose the person to link
household-relation-missing = Choose how the two persons are related
household-already-linked = These two persons are already linked
household-not-oneself = A person cannot be linked to themselves
household-rel-partner = Partner
household-rel-child = Child
household-rel-parent = Parent
household-rel-sibling = Brother or sister
household-rel-other-relative = Other relative
household-rel-lives-with = Lives under the same roof, not family
merge-start = Does this person have another file? Merge the two files
merge-title = Another file for { $name }?
merge-intro = If the same person was registered twice, find the other file. You will see both files side by side before you decide.
merge-search-label = Find the other file
merge-search-none = No other file found among the files you can open.
merge-choose = Which file is the same person?
merge-compare = Compare the two files
merge-choose-missing = Choose the person's other file
merge-same-file = This is the same file: choose the person's other file
merge-confirm-title = Is this the same person?
merge-table-caption = The two files side by side
merge-kept = File kept
merge-merged = File merged, then deleted
merge-name = Name
merge-which-kept = The older file is kept: { $name }.
merge-what-happens = Everything in the other file moves to it: phones, email addresses, requests, appointments, household members and the teams supporting the person. The other file is then deleted. This cannot be undone.
merge-submit = Merge the two files
merge-cancel = It is not the same person: do nothing
merge-different-niss = These two files each have a different national number: they are two different persons. They were not merged.
merge-done = The two files are now one.

## Person's rights: report, export, erasure
person-rights-title = The person's rights
person-rights-report = Print the report "What we know about you"
person-rights-export = Download everything as a JSON file
person-rights-erase = Erase the person's data
person-anonymised = This file was anonymised on { $date }. Only the requests' topics, statuses and dates remain.
person-erased = The data was erased on { $date }. Only the requests' topics, statuses and dates remain.
report-page-title = Report for the person
report-back = Back to the file
report-print-hint = Print this page with the browser's print command (Ctrl+P) and give it to the person. It is written in the person's language.
report-title = What we know about you
report-anonymised = Your file is anonymised: we no longer know your name.
report-name = Your name: { $name }.
report-usual-name = The name you use: { $name }.
report-birth = Your date of birth: { $date }.
report-birth-unknown = We do not know your date of birth.
report-niss = Your national number: { $number }.
report-niss-earlier = We also noted this national number on { $date }: { $number }.
report-phone = Your phone: { $number }.
report-phone-of = A phone to reach you: { $number } ({ $holder }).
report-email = Your email: { $address }.
report-email-of = An email to reach you: { $address } ({ $holder }).
report-address = Your address: { $address }.
report-address-unknown = We do not have your address.
report-contact = How you want us to contact you:
report-household = In your household: { $name } ({ $relation }).
report-household-hidden = In your household: one person ({ $relation }). Their file is kept by another team.
report-request = Your request "{ $topic }", made on { $date }. Its reference: { $reference }.
report-request-status = Where it stands: { $status }. Team: { $team }.
report-appointment = Appointment on { $date }: { $status }.
report-note = Note of { $date } ({ $kind }):
report-compartment-administrative = paperwork
report-compartment-social = social help
report-compartment-health = health
report-compartment-digital = help with computers
report-notes-kept-health = { $count ->
    [one] { $count } health note, kept by the health team.
   *[other] { $count } health notes, kept by the health team.
}
report-notes-kept-social = { $count ->
    [one] { $count } social note, kept by the social team.
   *[other] { $count } social notes, kept by the social team.
}
report-notes-kept-administrative = { $count ->
    [one] { $count } note about paperwork, kept by the social and health teams.
   *[other] { $count } notes about paperwork, kept by the social and health teams.
}
report-notes-kept-digital = { $count ->
    [one] { $count } note about help with computers, kept by the social and health teams.
   *[other] { $count } notes about help with computers, kept by the social and health teams.
}
report-why-title = Why we keep it
report-why-help = We keep your file to answer your requests and to follow your situation.
report-why-teams = Only the teams that follow you can open it.
report-keep-files = When your file is closed, we remove your name from it { $duration } after the last activity.
report-keep-log = We keep the list of who looked at your file for { $duration }.
report-keep-messages = We keep the messages we sent you for { $duration }.
report-keep-walk-ins = We keep the words noted at the waiting-room desk for { $duration }.
duration-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
duration-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
report-since-title = Since when
report-since-opened = Your file was opened on { $date }.
report-since-team = { $team } follows you since { $date }.
report-looked-title = Who looked at your file
report-looked-none = No one is recorded yet.
report-looked-reason = Reason given: { $reason }
report-consents-title = Your consents
report-consents-none = You have not given any consent that we noted.
report-consent-given = { $purpose }: you said yes on { $when }.
report-consent-withdrawn = You took it back on { $when }.
report-purpose-sms = Reminders by text message
report-purpose-email = Messages by email
report-purpose-share = Sharing your file with another service
report-purpose-health = Keeping data about your health
report-purpose-other = Another use
report-how-desk = said at the desk
report-how-paper = signed on paper
report-how-phone = by phone
report-how-email = by email
report-how-other = another way
report-rights-title = Your rights
report-rights-see = You can ask for this report at any time.
report-rights-correct = Something is wrong? Tell us at the desk. We will correct it.
report-rights-erase = You can ask us to erase your data. Some data must be kept by law. We will tell you which.
report-rights-complaint = You can complain to the Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit).
erase-title = Erase the data
erase-back = Back to the file
erase-heading = Erase the data of { $name }
erase-already = This file is already anonymised. There is nothing more to erase.
erase-blocked-title = This file cannot be erased now.
erase-blocked-requests = { $count ->
    [one] It has { $count } open request.
   *[other] It has { $count } open requests.
}
erase-blocked-appointments = { $count ->
    [one] It has { $count } appointment to come.
   *[other] It has { $count } appointments to come.
}
erase-blocked-why = While a procedure is open, we need the person's name and contact details to reach them and to decide.
erase-blocked-what-to-do = What to do: close the requests (done, redirected or withdrawn) and cancel the appointments, with the person's agreement. Then come back to this page.
erase-refused = This file cannot be erased now: see why below.
erase-will-title = What will be erased
erase-will-identity = Names, date of birth, national number and its history.
erase-will-contact = Phones, emails, address, contact preferences and language.
erase-will-notes = Every note of the journal.
erase-will-household = Links with the members of the household.
erase-will-consents = Consents.
erase-will-messages = Messages waiting to be sent or already sent.
erase-kept-title = What must be kept, and why
erase-kept-requests = Requests keep their topic, status, team and dates, without the description: a CPAS must keep social aid files for the legal period.
erase-kept-appointments = Appointments keep their date and status, for the same reason.
erase-kept-log = The list of who looked at the file is kept whole: it is the proof of every access, and it is deleted by its own retention rule.
erase-reason = Why is the data erased?
erase-reason-hint = For example: the person asked for it at the desk on this day.
erase-reason-missing = Write why the data is erased
erase-confirm = Confirmation
erase-confirm-hint = Type { $word } to confirm. This cannot be undone.
erase-confirm-wrong = Type the confirmation word exactly
erase-word = ERASE
erase-submit = Erase the data

## retention
nav-retention = Retention
home-dpo-retention = How long data is kept, and the purge
retention-title = How long data is kept
retention-intro = Each kind of record is kept a number of months, then anonymised, removed or cleared by the purge that runs every night at 2:30. Type whole months (12 months = 1 year).
retention-closed-files = Closed files: anonymise after (months)
retention-closed-files-hint = A file with no open request and no appointment to come is anonymised this many months after its last activity: names, birth date, national number, address, phones, emails, notes, household links and consents are removed. Requests stay, without their description, for anonymous statistics. Default: 120 months (10 years). Between 12 and 1200.
retention-access-log = Access log: remove entries after (months)
retention-access-log-hint = Who opened which file, and when. Older entries are removed; the remaining log can still be checked for tampering. Default: 60 months (5 years). Between 12 and 1200.
retention-sent-messages = Sent messages: clear the text after (months)
retention-sent-messages-hint = Messages already sent or withdrawn lose their text and recipient; their kind, channel and dates stay. Default: 12 months. Between 1 and 1200.
retention-walk-in-labels = Walk-in tickets: clear the label after (months)
retention-walk-in-labels-hint = The few words typed at the desk to recognise a visitor waiting with a ticket. Default: 1 month. Between 1 and 120.
retention-save = Save the rules
retention-saved = The retention rules were saved.
retention-error-not-months = { $what }: type a whole number of months, for example 12
retention-error-too-short = { $what }: type at least { $count } months
retention-error-too-long = { $what }: type at most { $count } months
retention-preview-title = If the purge ran now
retention-preview-intro = Nothing has been changed yet. With the rules above, the purge would do this:
retention-preview-when = The purge runs by itself every night at 2:30. It can also be run with the command guichet purge (add --dry-run to only see what would go).
retention-would-files = { $count ->
    [one] { $count } closed file would be anonymised.
   *[other] { $count } closed files would be anonymised.
}
retention-would-log = { $count ->
    [one] { $count } access-log entry would be removed.
   *[other] { $count } access-log entries would be removed.
}
retention-would-messages = { $count ->
    [one] { $count } sent message would lose its text and recipient.
   *[other] { $count } sent messages would lose their text and recipient.
}
retention-would-walk-ins = { $count ->
    [one] { $count } walk-in label would be cleared.
   *[other] { $count } walk-in labels would be cleared.
}
retention-did-files = { $count ->
    [one] { $count } closed file anonymised.
   *[other] { $count } closed files anonymised.
}
retention-did-log = { $count ->
    [one] { $count } access-log entry removed.
   *[other] { $count } access-log entries removed.
}
retention-did-messages = { $count ->
    [one] { $count } sent message cleared.
   *[other] { $count } sent messages cleared.
}
retention-did-walk-ins = { $count ->
    [one] { $count } walk-in label cleared.
   *[other] { $count } walk-in labels cleared.
}
retention-file-numbers = File numbers: { $ids }.
retention-history-title = Past purges
retention-history-none = No purge has run yet.
retention-col-when = When
retention-col-kind = Kind
retention-col-what = What it did
retention-run-dry = Dry run (nothing changed)
retention-run-real = Purge
retention-anonymised-title = Anonymised file
retention-anonymised-back = Back to the home page

## consent
consents-title = Consents
consents-intro = { $name } decides, purpose by purpose. A consent can be withdrawn at any time; the withdrawal applies at once.
consents-now = Now
consents-purposes = What each consent is for
consents-withdraw-effect = If the person withdraws their consent to SMS or email, the messages waiting to go out that way are stopped at once, and appointment reminders go by the next way of contact on their list.
consents-record = Record a consent or a withdrawal
consents-history = History
consents-change = Record a consent or a withdrawal
consent-purpose = Which consent?
consent-action = What does the person say?
consent-how = How did the person tell you?
consent-save = Save
consent-purpose-sms = Text messages (SMS)
consent-purpose-email = Emails
consent-purpose-share-with-services = Sharing with another service
consent-purpose-health-data = Health notes
consent-explain-sms = Text messages (SMS): appointment reminders and messages sent by SMS to their mobile phone.
consent-explain-email = Emails: messages sent by email, for example to say that a request was received.
consent-explain-share-with-services = Sharing with another service: when we send the person to another service, we pass on only what that service needs.
consent-explain-health-data = Health notes: health workers may write down what the person tells them about their health.
consent-how-desk = orally at the desk
consent-how-paper = on signed paper
consent-how-phone = by phone
consent-how-email = by email
consent-action-give = They agree (give the consent)
consent-action-withdraw = They no longer agree (withdraw the consent)
consent-given = given on { $date }, { $how }
consent-withdrawn = withdrawn on { $date }, { $how }
consent-none = not asked yet
consent-line = { $purpose }: { $state }
consent-notice-sms-withdrawn = SMS was chosen, but the person withdrew consent on { $date }: no SMS will be sent.
consent-notice-email-withdrawn = Email was chosen, but the person withdrew consent on { $date }: no email will be sent.
consent-notice-sms-missing = SMS was chosen, but no consent of the person is recorded: no SMS will be sent.
consent-notice-email-missing = Email was chosen, but no consent of the person is recorded: no email will be sent.
consent-purpose-missing = Choose the consent
consent-action-missing = Choose whether the person gives or withdraws the consent
consent-how-missing = Choose how the person told you
consent-not-given = This consent is not given at the moment: there is nothing to withdraw.
contact-consent-hint = Tick a box only if the person says yes now. Choosing SMS or email as a way to reach them does not record any agreement, and changing the ways never removes one: withdrawals are recorded on the consents page.

## Break-glass and access log
nav-access-log = Access log
nav-break-glass = Files opened with a reason
home-dpo-access-log = Read the access log: who opened which file, and when
home-dpo-break-glass = See the files opened with a reason
person-why-break-glass = You opened this file with a reason, until { $until }.
break-glass-offer = Open this file with a reason
break-glass-title = Open a file with a reason
break-glass-file = File number { $number }
break-glass-intro = No team of yours supports this person. If you need this file for your work, write why you open it.
break-glass-logged = Your access is written in the access log, with your name and your reason.
break-glass-duration = You can read the file for 24 hours. After that, it closes again.
break-glass-shown = The data protection officer sees your reason, and so does the person when they ask what is held about them.
break-glass-reason = Why do you need to open this file?
break-glass-reason-hint = For example: the person is at the desk and their social worker is away. At least 10 characters.
break-glass-reason-missing = Write why you need to open this file
break-glass-reason-too-short = Write a little more: at least 10 characters
break-glass-reason-too-long = The reason is too long: 2000 characters at most
break-glass-submit = Open the file
break-glass-cancel = Do not open it: back to the home page
access-action-read = Read
access-action-print = Printed
access-action-export = Exported
access-action-erase = Erased
access-action-break-glass = Opened with a reason
access-action-other = Other
access-log-title = Access log
access-log-intro = Every time a staff member reads, prints or exports a person's file, it is written here. The log cannot be changed: guichet verify-log detects any change.
access-log-person = File number
access-log-person-hint = Leave empty to see all files.
access-log-person-invalid = Type a file number with digits only
access-log-action = What was done
access-log-action-all = Everything
access-log-filter = Show
access-log-latest = Latest entries
access-log-none = No entry.
access-log-col-when = When
access-log-col-who = Who
access-log-col-file = File
access-log-col-action = What was done
access-log-col-what = What was seen
access-log-col-reason = Reason
access-log-account-gone = Account deleted
access-log-see-break-glass = See the files opened with a reason
break-glass-list-title = Files opened with a reason
break-glass-list-intro = Staff members who opened a file no team of theirs supports, with the reason they wrote. Newest first.
break-glass-list-none = No file was opened with a reason.
break-glass-col-opened = Opened
break-glass-col-until = Until
break-glass-list-see-log = Back to the access log

## calendar
appointment-ics = Add to a calendar (.ics file)
ics-summary = Appointment: { $site }
feed-name = My appointments (guichet)
feed-summary = Appointment no. { $number }
feed-phone = By phone
feed-home = Home visit
account-calendar-title = My calendar on a phone or computer
account-calendar-intro = A private link shows your appointments in your calendar app, read-only. It shows the time, the place and the appointment's number, never the person's name.
account-calendar-make = Make my calendar link
account-calendar-renew = Make a new link (the old one stops)
account-calendar-stop = Stop my calendar link
account-calendar-link = Your calendar link
account-calendar-link-hint = Copy it now into your calendar app ("subscribe to a calendar"). It will not be shown again. Do not share it.
account-calendar-made = Your calendar link is ready.
account-calendar-since = You have had a calendar link since { $date }.
account-calendar-stopped = Your calendar link no longer works.

## paper tray
nav-paper-tray = Post to send
tray-title = Post to send
tray-intro = Today's letters print together, as one PDF file, for window envelopes. Once they are at the post office, say so here: they then count as sent.
tray-kind-acknowledgement = acknowledgement
tray-kind-reminder = appointment reminder
tray-kind-letter = letter
tray-batch-title = Printing prepared on { $made }
tray-batch-count = { $count ->
    [one] { $count } letter to put in an envelope.
   *[other] { $count } letters to put in envelopes.
}
tray-batch-withdrawn = { $count ->
    [one] { $count } letter was cancelled after printing: take it out of the pile.
   *[other] { $count } letters were cancelled after printing: take them out of the pile.
}
tray-take-out = take out, do not post
tray-print = Print the letters (PDF)
tray-mark-posted = These letters are posted
tray-posted = { $count ->
    [one] { $count } letter is recorded as posted.
   *[other] { $count } letters are recorded as posted.
}
tray-waiting-title = To print today
tray-waiting-none = No letters to print today.
tray-waiting-count = { $count ->
    [one] { $count } letter is waiting to be printed.
   *[other] { $count } letters are waiting to be printed.
}
tray-make-batch = Prepare the printing
tray-coming = { $count ->
    [one] { $count } more letter is planned for the next days.
   *[other] { $count } more letters are planned for the next days.
}
## outbox
person-undelivered-title = Messages not delivered
person-undelivered-intro = These messages could not be delivered. Let the person know another way.
person-undelivered-line = { $what } by { $channel }: not delivered
message-kind-acknowledgement = Acknowledgement
message-kind-reminder = Appointment reminder
message-kind-other = Message
## message templates
home-templates = Texts of the messages sent to people
tpl-list-title = Message texts
tpl-list-intro = The texts guichet sends to people: acknowledgement, appointments, fridge card, orientation slip. You can adapt them. The reading level is measured on an example.
tpl-col-kind = Message
tpl-col-variant = Version
tpl-col-language = Language
tpl-col-state = Text
tpl-col-band = Reading
tpl-col-action = Action
tpl-change = Change
tpl-back = Back to the list of texts
tpl-kind-acknowledgement = Acknowledgement
tpl-kind-appointment-confirmation = Appointment confirmation
tpl-kind-appointment-reminder = Appointment reminder
tpl-kind-fridge-card = Fridge card
tpl-kind-orientation-slip = Orientation slip
tpl-kind-referral-answer = Answer to a referral
tpl-variant-standard = Standard
tpl-variant-easy-read = Easy to read
tpl-variant-sms = Text message
tpl-state-edited = Changed by your organisation
tpl-state-shipped = Original text
tpl-state-fallback = Original text (in French)
tpl-state-fallback-long = This text does not exist in this language yet: this is the French text. You can translate it here.
tpl-band-easy = easy
tpl-band-fairly-easy = fairly easy
tpl-band-standard = standard
tpl-band-difficult = difficult
tpl-band-none = no measure in this language
tpl-edit-title = Change a text
tpl-edit-heading = { $kind } — { $variant }
tpl-subject = Subject
tpl-body = Text
tpl-body-hint = Put words between double braces, for example {"{{"} name {"}}"}, to replace them with the person's details.
tpl-variables = What you can use
tpl-preview-button = Preview
tpl-save-button = Save
tpl-reset-button = Back to the original text
tpl-preview-title = Preview
tpl-preview-hint = With made-up sample details.
tpl-preview-not-saved = Preview only: nothing is saved yet.
tpl-saved = Text saved. The next messages will use it.
tpl-reset-done = The original text is back.
tpl-meter-title = How easy to read
tpl-meter-band = This text is { $band } to read.
tpl-meter-score = Score: { $score } (70 or more: easy)
tpl-meter-sentences = { $count ->
    [one] { $count } sentence
   *[other] { $count } sentences
}
tpl-meter-words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
tpl-meter-hint = To make a text easier: short sentences, one idea per line, short and common words.
tpl-meter-none = No reading measure for German: have the text read by someone.
tpl-sms-title = Text message length
tpl-sms-count = { $count ->
    [one] { $count } text message
   *[other] { $count } text messages
}
tpl-sms-plain = { $count }, with no special character.
tpl-sms-because = { $count }, because of the character "{ $character }".
tpl-sms-left = { $count ->
    [one] { $count } character left before the next text message.
   *[other] { $count } characters left before the next text message.
}
tpl-sms-hint = A text message holds 160 characters. Some characters (ê, â, ç, emoji…) bring that down to 70.
tpl-error-empty = Write the text of the message
tpl-error-unknown = Line { $line }: "{ $name }" does not exist for this message. Use a word from the list "What you can use".
tpl-error-syntax = Line { $line }: a brace or a tag is not written right ({ $detail }).
tpl-error-too-much = Line { $line }: the text asks for too much work (a loop that never ends?).
tpl-error-other = Line { $line }: the text cannot be filled in ({ $detail }).
tpl-error-in-subject = In the subject: { $problem }
tpl-var-name = the person's name
tpl-var-topic = what the request is about
tpl-var-service = the service dealing with it
tpl-var-promised-date = the promised answer date, in words
tpl-var-promised-date-short = the promised answer date, in figures (16/03/2026)
tpl-var-phone = our phone number
tpl-var-walk-in-hours = our hours without an appointment
tpl-var-address = our address
tpl-var-organisation = your organisation's name
tpl-var-day = the day of the appointment, in words
tpl-var-day-short = the day of the appointment, in figures (07/04/2026)
tpl-var-time = the time of the appointment
tpl-var-place = where the appointment is
tpl-var-with = who the person will see
tpl-var-room = the office (may be empty)
tpl-var-what-to-bring = what to bring (may be empty)
tpl-var-service-name = the service to go to
tpl-var-service-address = that service's address
tpl-var-service-hours = that service's opening hours
tpl-var-service-phone = that service's phone number
letter-date = { $date }
letter-contact-phone = Phone: { $phone }
letter-contact-walkin = Without an appointment: { $hours }
letter-contact-address = Address: { $address }
letter-ref-appointment = Appointment no. { $number }
letter-ref-request = Request no. { $number }

## staff messages
account-notices-title = Messages from guichet to me
account-notices-intro = guichet can tell you by email, for example when a request is assigned to you. These messages never hold a name or any data about a person. Outside your working hours they wait: nothing reaches you in the evening, at the weekend or on days you do not work.
account-notices-held = { $count ->
    [one] { $count } message is waiting for your next working hours.
   *[other] { $count } messages are waiting for your next working hours.
}
account-notices-email = My work email address
account-notices-email-hint = Leave empty to get no email.
account-notices-email-invalid = Write a complete email address, for example first.last@cpas.be.
account-notices-hours = My working hours
account-notices-hours-hint = For example: 8:30-12:00, 13:00-16:30. Leave empty on days you do not work. If everything is empty, messages may arrive at any time.
account-notices-hours-col = Hours
account-notices-submit = Save
account-notices-saved = Your message preferences are saved.
assigned-subject = A request is assigned to you (no. { $number })
assigned-body = Hello { $worker },
    { $by } assigned request no. { $number } to you.
    Open guichet to see it: your team's queue shows it.
    This message holds no data about the person.
appointment-confirm = Send the person a confirmation
appointment-confirm-hint = If the person is not at the desk: a letter, an email or an SMS in their first way to be reached, or a call by the desk if they are reached by phone. At the desk, print the fridge card instead.
appointment-card-pdf = Fridge card (PDF)
tray-kind-confirmation = appointment confirmation
nav-templates = Message texts
person-rights-report-pdf = as a PDF letter for a window envelope
queue-range = Requests { $from } to { $to } of { $total }
queue-pages = Pages of the queue: { $team }
queue-previous = Previous page
queue-next = Next page

# --- issue 12: registration, search, person page, inputs (lead) ---
field-too-long = { $field }: at most { $max } characters (this one has { $got }).
field-too-many-lines = { $field }: at most { $max } lines (this one has { $got }).
field-control-character = { $field } holds an invisible control character (often pasted from another program). Type it again.
person-birth-not-a-number = Write the date of birth in figures, for example 30 / 7 / 1985, or only the year: 1985.
person-birth-incomplete = A day needs its month, and a month its year: for example 30 / 7 / 1985, 7 / 1985 or only 1985.
person-birth-future = This date of birth is in the future. Check the year.
person-birth-too-long-ago = This year is before 1880. Check it, or leave the date empty.
person-birth-two-digit-year = Write the year with its four digits, for example 1985.
person-niss-length = A national number has 11 digits, for example 85.07.30-033.28.
person-niss-date-part = The date part of this national number (the first 6 digits) is not possible: check the month and the day.
person-niss-birth-mismatch = This national number is for someone born { $number }, but the date of birth says { $birth }. Check both.
person-niss-confirm = Both are right as typed (keep the number and the date)
person-phone-hint = For example 0470 12 34 56, 010/23.45.67 or +33 6 12 34 56 78.
person-agrees-sms = The person agrees to receive text messages (SMS) from us
person-agrees-email = The person agrees to receive emails from us
person-address-kind = Where post reaches the person
person-address-none = No postal address (or not now)
person-walk-in = Comes to the desk: we tell them things when they come in
person-walk-in-hint = For someone with no phone and no address, or who prefers to come.
person-trusted-name = Trusted person: name
person-trusted-reach = How to reach the trusted person
person-trusted-reach-hint = A phone number or an address. For example: her neighbour, 0470 98 76 54
person-trusted-name-missing = Give the trusted person's name
person-trusted-reach-missing = Say how to reach the trusted person: a phone number or an address
contact-consent-legend = What the person agrees to
contact-agrees-sms = The person agrees now to receive text messages (SMS)
contact-agrees-email = The person agrees now to receive emails
contact-agreed-sms = Text messages (SMS): the person has agreed.
contact-agreed-email = Emails: the person has agreed.
person-unprintable = Letters cannot be printed as this file is written: no font of guichet has these characters of the name or the address: { $chars }. Write them otherwise (in Latin letters, for example).
pref-channel-detail = { $channel }: { $detail }
person-actions = What to do for this person
person-print-card = Print the card for { $when }
home-see-today = Today at the desk
persons-none-in-teams = Nobody found in the files your teams follow.
persons-all-offer-title = Not in your teams' files?
persons-all-offer = In an emergency you can search all files of the organisation, with a reason. You will see names and dates of birth only; the search and its reason are recorded.
persons-all-submit = Search all files, with this reason
persons-all-title = Search all files, with a reason
persons-all-back = Back to the search in your teams' files
persons-all-intro = Use this only when you need a file that no team of yours follows, for example to help someone in an emergency.
persons-all-shown = Only the name and the date of birth of each file found are shown.
persons-all-logged = Each file found is recorded in the access log with your reason; the data protection officer sees it, and so does the person on their report.
persons-all-none = No file of the organisation matches. You can register the person.
persons-all-open = Open this file with this reason (24 hours)
persons-all-query-missing = Type a name, a phone number or a national number to search for
similar-files-title = Similar files in other teams
similar-files-saved = Your choice is saved.
similar-files-intro = When the desk registers someone, guichet looks for files that may be the same person. Files of other teams are never shown; the desk can be told how many there are, so that it does not create a second file without knowing.
similar-files-legend = When a similar file exists in another team
similar-files-tell = Tell the desk how many there are (nothing else about them)
similar-files-silent = Say nothing
similar-files-save = Save this choice
input-review-title = Some characters could not be kept
input-review-removed = { $field }: { $count ->
    [one] { $count } invisible character was taken out.
   *[other] { $count } invisible characters were taken out.
}
input-review-intro = The form held invisible control characters, often pasted from another program. They were taken out; here is what remains. Nothing was saved yet: check it, then send the form again.
input-review-empty = (nothing left)
input-review-password = Type your password again
input-review-send = Send the form again without these characters
input-review-back = To change something first, go back with your browser: what you typed is still there.
phones-already = This number is already on the file, as { $number }.
error-conflict = This was changed at the same moment by someone else, or it already exists. Go back, reload the page and try again.
error-corrupt = A value stored in the database cannot be read, so this page cannot be shown. Nothing was changed. Tell the person in charge of guichet: the server log says which value.
error-log-not-written = The access log could not be written, so this page is not shown: a file is only opened once its opening is on record. Try again in a moment.
error-internal = Something went wrong on the server and nothing was changed. Try again; if it happens again, tell the person in charge of guichet.
error-cannot-print = This document cannot be laid out for printing. Check the person's name and address on the file (a very long line, or characters the printer's fonts do not have), then try again.
# --- issue 12: paper that always prints ---
tray-envelopes = { $letters ->
    [one] { $letters } letter
   *[other] { $letters } letters
} in { $envelopes ->
    [one] { $envelopes } envelope.
   *[other] { $envelopes } envelopes.
}
tray-envelopes-together = Letters marked "Envelope: letter 1 of 2" go together in the same envelope.
tray-set-aside-count = { $count ->
    [one] { $count } letter is set aside: it cannot be printed as it is.
   *[other] { $count } letters are set aside: they cannot be printed as they are.
}
tray-set-aside = Set aside:
tray-set-aside-fix = Open the file of { $name }
print-error-title = This cannot be printed
print-address-too-long = The address of { $name } has too many lines for the envelope window, even in small type. Shorten it on the file, then print again.
print-card-too-long = The appointment card of { $name } is too long for one A5 page. Shorten what to bring, then print again.
print-uncovered = In { $field } for { $name }, these characters cannot be printed: { $chars }. Write them another way on the file (in Latin letters, for example), then print again.
print-layout-failed = The letter for { $name } could not be laid out. Tell the guichet administrator.
print-stopped = Printing stopped. Try again; if it happens again, tell the guichet administrator.
print-open-file = Open the file of { $name }
print-field-recipient = the name and address
print-field-sender = the letterhead
print-field-place-date = the date
print-field-reference = the reference
print-field-subject = the subject
print-field-body = the text
print-field-contact = the contact details
card-for = For: { $name }
card-pdf-for-scripts = This card has Arabic or Ethiopic letters: print the PDF card, which carries its own fonts. Printed from the browser, it may show empty boxes.
# --- issue 12: booking ---
appointment-see-free = See free times
appointment-see-free-hint = Not sure when? See the free times for the choices above (with whom, where, how long), then pick one.
appointment-for-request = For the request: { $topic }
appointment-bring-in = write it in { $language }
appointment-bring-differs = The card and the messages for { $name } are written in { $language }, not in the language of this screen: write this in { $language }.
appointment-bring-unknown = The language of { $name } is not known yet: the card and the messages are in { $language }.
appointment-bring-other = The language of { $name } is { $other }; the card and the messages are in { $language }: write simply.
hours-and = and
hours-site-closed-day = { $site } is closed on { $day }s. Choose another day.
hours-site-outside = { $site } is open on { $day }s { $hours }. An appointment from { $from } to { $to } does not fit: choose another time.
hours-worker-off = { $worker } does not work on { $day }s. Choose another day or another person.
hours-worker-outside = { $worker } works on { $day }s { $hours }. An appointment from { $from } to { $to } does not fit: choose another time or another person.
booked-title = The appointment is saved.
booked-confirm-letter = A confirmation letter goes with today's post (post to send).
booked-confirm-email = A confirmation email is on its way.
booked-confirm-sms = A confirmation SMS is on its way.
booked-confirm-call = Nothing can be sent in writing to { $name }: a call to confirm is on today's list of people to call.
booked-confirm-call-trusted = { $name } is reached through a trusted person ({ $who }): a call to them to confirm is on today's list of people to call.
booked-confirm-walk-in = Nothing will be sent: { $name } is reached only when they come to the desk. Tell them the date and time when they come, and give them the card.
booked-confirm-none = Nothing will be sent: none of the ways to reach { $name } can be used ({ $why }). Complete the file, or tell them yourself.
booked-confirm-none-recorded = Nothing will be sent: no way to reach { $name } is recorded. Add one to the file, or tell them yourself.
missing-postal-address = no postal address
missing-email-address = no email address
missing-email-consent = no consent to emails
missing-mobile = no mobile number
missing-sms-consent = no consent to SMS
missing-landline = no landline number
missing-trusted = no name or number for the trusted person
skipped-letter-late = No reminder letter: even posted today, it would not arrive before the day of the appointment.
skipped-message-late = No reminder message: the time for it (two days before) has already passed.
skipped-call-late = No reminder call: the working day before the appointment has already passed.
skipped-letter-confirmed = No reminder letter: it would arrive with the confirmation, or just after it.
skipped-message-confirmed = No reminder message: it would arrive with the confirmation, or just after it.
skipped-call-confirmed = No reminder call: it would come with the confirmation, or just after it.
appointment-confirmation-line = Confirmation: { $when }
appointment-confirm-call-line = Call the person to confirm, on { $day }
week-title = Free times
week-for = For { $name }. Choose a free time: it fills in the booking form.
week-back = Back to the booking form
week-show = Show
week-nav = Weeks
week-previous = Previous week
week-next = Next week
week-legend = Every time shown as a link is free for the chosen length. “busy”: another appointment is planned (with whom is never shown here).
week-none-free = No free time this week.
week-caption = { $worker }, week from { $from } to { $to }
week-past = past
week-closed = closed
week-off-hours = not working
week-busy = busy
week-room-taken = room taken
week-too-short = too short
week-free = free
week-day-holiday = Public holiday ({ $holiday }): closed
week-day-closing-because = Closed: { $reason }
week-day-closing = Closing day
week-day-site-closed = The site is closed
week-day-worker-off = { $worker } does not work this day
request-appointments = Appointments for this request
request-appointments-none = No appointment yet.
request-book = Book an appointment for this request
today-call-confirm = To confirm their new appointment on { $when }.
today-call-trusted = Call their trusted person: { $who }.

# --- issue 13: lost updates (lead) ---
changed-title = This file changed while you were editing.
changed-intro = Someone saved it first; nothing of yours was saved yet. What it holds now is below, and what you typed is kept in the form: check both, then save again.
changed-list-intro = Someone changed it first, so nothing was done: the list below is as it is now. Check it, then do it again if it is still needed.
changed-name = Name: { $name }
changed-usual-name = Usual name: { $name }
changed-birth = Date of birth: { $date }
changed-birth-unknown = Date of birth: unknown
changed-niss = National number: { $number }
changed-address = Address: { $address }
# --- issue 12: words (the person's report in plain words, the acknowledgement as a receipt, names per language) ---
report-seen = On { $date }, { $who } { $did }.
report-seen-someone = a former staff member
report-seen-file = looked at your file
report-seen-contact = opened the page about how we contact you
report-seen-consents = opened the page about your consents
report-seen-notes = read the notes in your file
report-seen-note-new = opened the page to write a note in your file
report-seen-identity = opened the page with your name and date of birth
report-seen-phones = opened the page with your phone numbers
report-seen-emails = opened the page with your email addresses
report-seen-household = opened the page about your household
report-seen-household-remove = changed who is in your household
report-seen-merge = compared two files about you, to keep only one
report-seen-report = printed the report of what we know about you
report-seen-export = copied all your data into a file
report-seen-erase-page = opened the page to erase your data
report-seen-erased = erased your data, as you asked
report-seen-search-all = found your name and date of birth in a search of all files, without being in a team that follows you
report-seen-break-glass = opened your file in an exceptional way, without being in a team that follows you
report-seen-request-new = opened the page to record a new request for you
report-seen-appointment-new = opened the page to book an appointment for you
report-seen-request = looked at your request { $reference }
report-seen-acknowledgement = printed the acknowledgement of your request { $reference }
report-seen-appointment = looked at one of your appointments
report-seen-card = printed the card of one of your appointments
report-seen-calendar = made a calendar file of one of your appointments
report-seen-letter = printed a letter to you
report-seen-other-read = opened a page of your file
report-seen-other-print = printed a page of your file
report-seen-other-export = copied data from your file
report-pref-none = You have not told us yet how we can reach you.
report-pref-first = We contact you first { $channel }.
report-pref-then = If that does not work: { $channel }.
report-channel-paper-letter = by letter
report-channel-landline = with a call to your landline
report-channel-mobile = with a call to your mobile phone
report-channel-sms = by text message (SMS)
report-channel-email = by email
report-channel-walk-in-only = only when you come to the desk
report-channel-trusted-third = through your trusted person
report-pref-language = Your language: { $language }.
report-pref-language-other = Your language: { $language }. We can ask an interpreter to help.
report-need-reading-difficulty = You asked for texts that are easy to read.
report-need-large-print = You asked for large print.
report-need-visual-impairment = You told us that you see poorly.
report-need-hearing-impairment = You told us that you hear poorly: we write to you or see you at the desk.
report-need-interpreter = You asked for an interpreter.
report-need-no-smartphone = You do not have a smartphone.
report-need-no-computer = You do not have a computer.
report-need-no-internet-at-home = You do not have internet at home.
report-need-no-card-reader = You do not have an ID card reader.
report-need-no-itsme = You do not have itsme.
request-reference = Reference
request-ack-marks = Printing the acknowledgement (or sending it) marks the request as "Acknowledgement sent".
ack-printed-on = Date: { $date }.
ack-reference = Your reference: { $reference }. Give it when you call us.
queue-find-label = Open a request by its reference
queue-find-hint = As written on the acknowledgement, for example 2026-0042.
queue-find-open = Open
queue-find-format = Write the reference as on the acknowledgement: the year, a dash, the number (for example 2026-0042).
queue-find-none = No request with this reference among the files you may open. Check the number, or search for the person.
tpl-var-reference = the request's reference (for example 2026-0042), to quote on the phone
names-legend = The name in letters to persons, per language
names-hint = Letters and messages to a person use the name in their language. Leave empty to use the name above.
names-fr = In French
names-nl = In Dutch
names-en = In English
names-de = In German
names-too-long = { $language }: the name is too long (at most { $max } characters).
names-control = { $language }: the name must fit on one line, without tabs.
service-names-link = Names in other languages ({ $service })
service-names-title = A service's names in other languages
service-names-heading = { $service }: its name in other languages
service-names-back = Back to services and teams
service-names-save = Save the names

# --- issue 13: limits (lead) ---
error-too-many = { $seconds ->
    [one] Too many requests of this kind in a minute. Try again in { $seconds } second.
   *[other] Too many requests of this kind in a minute. Try again in { $seconds } seconds.
}
error-too-slow = The form took too long to arrive and was not saved. Go back and send it again.

## Directory of local services (J5)
nav-directory = Local services
dir-title = Find a service near you
dir-intro = Social, health and digital-help services in the area: what they do, when to go, the languages spoken. Open to everyone, no account needed.
dir-q = What are you looking for?
dir-q-hint = A few words, for example "smartphone", "rent" or "doctor".
dir-topic = Topic
dir-any = All
dir-topics-digital = Digital help
dir-topics-social = Social, health, work
dir-place = Postcode or municipality
dir-place-hint = With a postcode, the nearest services come first.
dir-language = Language spoken
dir-only = Only
dir-only-walk-in = without an appointment
dir-only-open-now = open now
dir-only-free = free
dir-only-wheelchair = wheelchair accessible
dir-submit = Search
dir-results = { $count ->
    [0] No service found.
    [one] { $count } service found.
   *[other] { $count } services found.
}
dir-none = Try fewer words or no filter.
dir-languages-label = Languages spoken:
dir-free = Free
dir-wheelchair = Wheelchair accessible
dir-pages = Pages of results
dir-page-of = Page { $page } of { $pages }
dir-previous = Previous page
dir-next = Next page
dir-back = Back to the search
dir-back-to-service = Back to the service
dir-checked-on = Information checked on { $date }.
dir-stale-since = Information last checked on { $date }: phone before you go.
dir-never-checked = Information never checked: phone before you go.
dir-print-slip = Print the orientation slip
dir-slip-title = Orientation slip
dir-slip-of = Orientation slip: { $name }
dir-slip-how-to-print = Print this page (Ctrl+P) and give it to the person.
dir-address = Address
dir-when = When to go
dir-how = How
dir-phone = Phone
dir-email = Email
dir-bring = What to bring
dir-spoken = Languages spoken
dir-cost = Cost
dir-who = Who for
dir-access = Access
dir-walk-in = Without an appointment: { $when }
dir-opens = Open: { $when }
dir-no-hours = Opening hours not given: phone before you go.
dir-closed-until = Closed until { $date }.
dir-closed-until-because = Closed until { $date } ({ $reason }).
dir-how-walk-in = without an appointment
dir-how-appointment = by appointment
dir-how-phone = by phone
dir-how-online = online
dir-how-referral = only when referred by a professional
dir-welcome-everyone = Everyone
dir-welcome-preferential = Everyone, first of all: { $audience }
dir-welcome-exclusive = Only: { $audience }
dir-open-until = open now, until { $time }
dir-today-from = today from { $time }
dir-tomorrow-from = tomorrow from { $time }
dir-weekday-from = { $day } from { $time }
dir-date-from = { $date } from { $time }

## Referrals (J5)
nav-referrals = Referrals received
ref-here = Refer the person to this service
ref-new-title = Refer to a service
ref-new-of = Refer to: { $service }
ref-back-to-file = Back to the file
ref-inside = This service works in guichet: the referral arrives in its list, it accepts or refuses it, and you see its answer in the file.
ref-outside = This service does not work in guichet: pass these details on yourself (phone, letter); the referral stays noted in the file.
ref-share = What you share
ref-share-hint = Nothing else is sent: not the file, not the notes. Tick only what is useful.
ref-share-name = Name: { $name }
ref-share-language = Language: { $language }
ref-share-phone = The number where the service can reach the person
ref-share-email = The email address where the service can reach the person
ref-share-none = None
ref-need = What the person needs
ref-need-hint = A few sentences, in the person's words if possible. The service will read them.
ref-need-missing = Write in a few words what the person needs
ref-consent = The person agrees that these details are shared with this service
ref-consent-missing = Ask the person's agreement before sharing their details
ref-send = Send the referral
ref-person-title = Referrals to other services
ref-person-none = No referrals.
ref-person-new = Refer to a service
ref-status-sent = waiting for an answer
ref-status-accepted = accepted
ref-status-refused = refused: { $reason }
ref-status-expired = no answer, expired
ref-queue-title = Referrals received
ref-queue-intro = People other teams refer to your services. Open a referral to read what was shared and to answer.
ref-queue-empty = No referrals received.
ref-col-service = Service
ref-col-from = Sent by
ref-col-waiting = Since
ref-col-status = Status
ref-waiting-days = { $days ->
    [0] today
    [one] for a day
   *[other] for { $days } days
}
ref-one-title = Referral received
ref-one-of = Referral to: { $service }
ref-back-to-queue = Back to the referrals received
ref-from = Sent by the team { $team }
ref-packet-name = Name
ref-packet-phone = Phone
ref-packet-email = Email
ref-packet-language = Language
ref-packet-need = Need
ref-accept = Accept
ref-refuse = Refuse
ref-reason = Reason for refusing
ref-reason-hint = The person and the team that referred them will read it.
ref-reason-missing = Write the reason for refusing
ref-already-answered = This referral was already answered or has expired
report-referrals-title = The services we referred you to
report-referrals-none = We have not referred you to any other service.
report-referral = On { $date }, to: { $service }.
report-referral-shared = Shared with your agreement: { $list }.
report-referral-shared-name = your name
report-referral-shared-language = your language
report-referral-shared-need = what you needed
report-referral-accepted = The service accepted.
report-referral-refused = The service refused: { $reason }
report-referral-expired = The service did not answer.
report-referral-waiting = The service has not answered yet.
report-seen-referral = sent your details to another service, with your agreement
report-seen-referral-read = read the details another service sent
report-seen-referral-new = prepared a referral to another service
dir-slip-for-person = Print the slip for the person (PDF, in their language)
report-seen-slip = printed a slip to go to another service

## Directory imports
nav-directory-imports = Import services
imp-title = Import local services
imp-intro = Add or update the directory's services from an Open Referral (HSDS 3.0) or data·inclusion file. Nothing is imported before you have read the report and chosen to import.
imp-source = Name of the source
imp-source-hint = For example "The province's social directory". Importing the same source again updates its services, without duplicates.
imp-source-missing = Give the source a name
imp-format = Format of the files
imp-format-missing = Choose the format of the files
imp-format-hsds-json = Open Referral HSDS 3.0, JSON
imp-format-hsds-csv = Open Referral HSDS 3.0, CSV files (services.csv, locations.csv…)
imp-format-data-inclusion = data·inclusion, JSON
imp-files = Files
imp-files-hint = One or more files, 64 MB at most in all.
imp-files-missing = Choose at least one file
imp-too-big = The files are over 64 MB in all: import them in several goes
imp-check = Read the files
imp-recent = Recent imports
imp-col-source = Source
imp-col-when = When
imp-col-status = Status
imp-status-checked = Read, waiting for your choice: nothing imported yet.
imp-status-applied = Imported: { $added } added, { $updated } updated.
imp-status-failed = The import failed: nothing was changed.
imp-status-discarded = Discarded: nothing was imported.
imp-one-title = Import
imp-one-of = Import: { $source }
imp-back = Back to the imports
imp-applying = Importing. This page updates itself.
imp-refresh = Update now
imp-counts = What the files hold that is valid
imp-col-kind = Kind
imp-col-count = Number
imp-kind-organizations = Organisations
imp-kind-services = Services
imp-kind-locations = Places
imp-kind-service-at-locations = Services at a place
imp-kind-taxonomies = Taxonomies
imp-kind-taxonomy-terms = Taxonomy terms
imp-problems = { $count ->
    [one] One record cannot be imported
   *[other] { $count } records cannot be imported
}
imp-col-file = File
imp-col-line = Line
imp-col-place = Field
imp-col-message = Problem
imp-apply-all = Import
imp-apply-valid = { $count ->
    [one] Import the only valid record
   *[other] Import the { $count } valid records
}
imp-discard = Discard
imp-already = This import was already applied or discarded, or it is running
ref-decision-missing = Choose to accept or to refuse
home-to-check-title = Directory listings to check
home-to-check-intro = Your teams keep these listings of local services. Check that the hours, the address and the phone are still right, then say so here.
home-to-check-since = last checked on { $date }
home-to-check-never = never checked
home-to-check-done = Checked today
ref-status-outside = to pass on to the service (it does not work in guichet)
ref-print-letter = print the letter for the service
ref-letter-subject = Referral to your service: { $service }
ref-letter-intro = Dear colleagues, we are referring to you a person we support ({ $organisation }). They agree that we pass on the details below to you, and nothing else.
ref-letter-name = Name:
ref-letter-phone = Phone:
ref-letter-email = Email:
ref-letter-language = Language:
ref-letter-need = What the person needs:
ref-letter-closing = Thank you for seeing them. For any question, you can reach us at the details below.
report-seen-referral-letter = printed a referral letter for another service, with your agreement

## Referral delays and email to an outside service
home-referral-delays = Referral delays
ref-delays-title = Referral delays
ref-delays-intro = A referral sent to a team in guichet waits a limited time for its answer; the receiving team is reminded before the end. New delays apply to referrals sent from now on.
ref-delays-expire = A referral without an answer expires after (days)
ref-delays-expire-hint = Between 7 and 90 days. Default: 30.
ref-delays-remind = Remind the receiving team after (days)
ref-delays-remind-hint = At least one day, and before the expiry. Default: 10.
ref-delays-save = Save the delays
ref-delays-saved = The delays are saved. They apply to the next referrals.
ref-delays-not-days = Type a whole number of days, for example 30.
ref-delays-range = Type a number of days between { $min } and { $max }.
ref-by-email = Also email the referral to the service ({ $email })
ref-by-email-hint = The service receives only what you ticked and the need. You can still print the letter.
ref-status-emailed = emailed to the service ({ $email })
report-seen-referral-email = emailed a referral to another service, with your agreement
report-keep-referrals = What we passed on for a referral is erased { $duration } after the service's answer, or after the time to answer ends.
retention-referral-packets = Referrals: erase what was passed on after (months)
retention-referral-packets-hint = The name, the way to reach the person, the language and the need passed on to a service; the service, the dates and the answer stay, for statistics. Counted from the answer or the expiry. Default: 12 months. Between 1 and 1200.
retention-would-packets = { $count ->
    [one] { $count } referral would lose what was passed on.
   *[other] { $count } referrals would lose what was passed on.
}
retention-did-packets = { $count ->
    [one] { $count } referral emptied of what was passed on.
   *[other] { $count } referrals emptied of what was passed on.
}
imp-problems-in-english = Each problem gives the file and the line to correct, with an explanation.

## Digital assistance and mandates (journey J4)
nav-assistance = Digital help
act-title = Digital help
act-title-for = Digital help for { $name }
act-title-anonymous = Digital help for a drop-in visitor
act-prepare-mandate = Prepare a mandate for signing
act-never-credentials = guichet never keeps a password, a PIN or an itsme code: do not write them down anywhere.
act-platform = Task or platform
act-platform-choose = — choose —
act-mode = Done
act-mode-with = with the person (they do it, we help)
act-mode-for = for the person (we do it on their behalf)
act-minutes = Time taken (minutes)
act-minutes-hint = For example 40.
act-outcome = Result
act-outcome-done = done
act-outcome-partly = partly done
act-outcome-not-possible = not possible
act-barriers = Problems met
act-barrier-itsme-required = itsme required
act-barrier-no-smartphone = no smartphone
act-barrier-no-card-reader-or-pin = no card reader, or no PIN for the identity card
act-barrier-platform-down = platform not working
act-barrier-forgotten-code = forgotten code or password
act-barrier-document-missing = missing document
act-barrier-language = language
act-barrier-too-complex = form too complicated
act-barrier-cost = cost
act-barrier-other = other
act-autonomy = How independently the person can do this task
act-autonomy-fully-accompanied = needs full support
act-autonomy-partly-autonomous = partly independent
act-autonomy-autonomous = independent
act-equipment = The person's devices
act-equipment-hint = Leave empty if you do not know.
act-equipment-none = none
act-equipment-phone = phone
act-equipment-computer = computer
act-equipment-tablet = tablet
act-redirect = Sent elsewhere
act-redirect-nowhere = no
act-redirect-public-digital-space = to a public computer space
act-redirect-social-service = to a social service
act-redirect-administration = to a public administration
act-redirect-association = to a voluntary organisation
act-redirect-family-or-friend = to family or a friend
act-redirect-other = somewhere else
act-day = Day
act-day-hint = Today, unless you change it. For example 03/12/2026.
act-note = Note (digital help)
act-note-hint = Optional. Only colleagues who support the person with digital help can read it.
act-note-checked = This is not a password or a code: save the note as it is
act-note-looks-like-code = The note looks like a password or a code. Remove it, or confirm that it is not one.
act-anonymous = The person (no case file)
act-anonymous-hint = No name is kept: only their age group, postcode and language, if they agree.
act-age = Age group
act-age-under-18 = under 18
act-age-18-25 = 18 to 25
act-age-26-45 = 26 to 45
act-age-46-64 = 46 to 64
act-age-65-79 = 65 to 79
act-age-80-plus = 80 and over
act-age-unknown = does not know
act-postcode = Postcode
act-language = Language spoken
act-language-hint = A two- or three-letter code, for example fr, nl, ar, tr.
act-save = Save the help
act-error-platform = Choose the task or platform.
act-error-mode = Say whether it was done with the person or for them.
act-error-minutes = Write the time in minutes, for example 40.
act-error-minutes-range = Write a time between 1 and 480 minutes.
act-error-outcome = Choose the result.
act-error-barriers = Choose the problems from the list.
act-error-autonomy = Choose how independent the person is.
act-error-equipment = Choose the devices from the list.
act-error-equipment-none = “None” cannot be ticked together with a device.
act-error-redirect = Choose where the person was sent.
act-error-day = Write the day, for example 03/12/2026.
act-error-day-future = The day cannot be in the future.
act-error-day-old = The day cannot be more than 31 days ago.
act-error-age = Choose an age group.
act-error-postcode = Write a 4-digit Belgian postcode, or leave it empty.
act-error-language = Write a two- or three-letter language code, or leave it empty.
act-refused-none = To do this task on the person's behalf, you need their mandate for “{ $area }”. They have not given one: prepare one for them to sign, or do the task with them.
act-refused-area = The person's mandate does not cover “{ $area }”: prepare a mandate for this area, or do the task with them.
act-refused-not-yet = The mandate for “{ $area }” only starts on { $date }.
act-refused-ended = The mandate for “{ $area }” ended on { $date }: prepare a new one, or do the task with the person.
act-refused-revoked = The person stopped their mandate for “{ $area }” on { $date }. Without a new mandate, the task can no longer be done on their behalf; it can still be done with them.
act-recorded-anonymous = { $count ->
    [one] Help saved. { $count } help session for a drop-in visitor today.
   *[other] Help saved. { $count } help sessions for drop-in visitors today.
}
act-person-title = Digital help
act-recorded = The help is saved.
act-person-none = No digital help recorded.
act-person-new = Record digital help
act-minutes-n = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
mandate-area-tax = taxes
mandate-area-social-security = social security
mandate-area-health-insurance = health insurance fund and health
mandate-area-pension = pension
mandate-area-unemployment = unemployment and work
mandate-area-housing = housing
mandate-area-energy = energy
mandate-area-banking = banking
mandate-area-municipal-counter = the municipality's online services
mandate-area-residence = residence and immigration
mandate-area-other = other
mandate-form-subject = Mandate for things online
mandate-form-intro = I am { $name }. I give { $organisation } the right to do things online for me.
mandate-form-areas = For these things:
mandate-form-period = From { $start } to { $end }.
mandate-form-may-title = What we can do:
mandate-form-may = Fill in and send the ticked things for you.
    Tell you what we have done.
    Write down each thing we do in your file.
mandate-form-never-title = What we never do:
mandate-form-never = Keep your passwords, PINs or itsme codes.
    Do anything other than the ticked things.
    Give your information to anyone else without your agreement.
mandate-form-stop = You can stop this mandate, or just one thing, at any time: at the desk, by phone or by letter.
mandate-form-signatures = Signature of the person: ______________________
    For { $organisation }: ______________________
mandate-form-reference = Mandate no. { $number }
mandate-new-title = New mandate
mandate-new-of = New mandate from { $name }
mandate-new-intro = The mandate is given to the organisation, not just to you. Prepare it with the person, print it and have it signed.
mandate-areas = Areas
mandate-areas-hint = Only tick what the person agrees to.
mandate-duration = Length
mandate-duration-one-day = one day
mandate-duration-one-month = one month
mandate-duration-three-months = three months
mandate-duration-six-months = six months
mandate-duration-one-year = one year
mandate-start = Start
mandate-start-hint = For example 03/12/2026.
mandate-elsewhere = Has the person already given a mandate elsewhere (to someone close to them, to another service)?
mandate-elsewhere-yes = yes
mandate-elsewhere-no = no
mandate-elsewhere-unknown = they do not know
mandate-error-areas = Tick at least one area.
mandate-error-duration = Choose the length.
mandate-error-start = Write the start day, for example 03/12/2026.
mandate-error-start-early = The start cannot be before { $date }.
mandate-error-start-late = The start cannot be after { $date }.
mandate-error-elsewhere = Say whether the person has already given a mandate elsewhere.
mandate-create = Save and prepare the form
mandate-title = Mandate
mandate-of = Mandate from { $name }
mandate-status = Status
mandate-status-active = current
mandate-status-not-yet-valid = not started yet
mandate-status-ended = ended
mandate-status-revoked = stopped by the person
mandate-period = from { $start } to { $end }
mandate-period-label = Period
mandate-team = Received by
mandate-fingerprint = Form fingerprint
mandate-area-revoked = stopped on { $date }
mandate-print = Print the form for signing (PDF)
mandate-recorded = The mandate is saved. Print the form and have it signed.
mandate-revoked = The stop is saved.
mandate-revoke-title = The person stops the mandate
mandate-revoke-intro = The stop applies from today.
mandate-revoke-what = What they are stopping
mandate-revoke-all = the whole mandate
mandate-how = How they told us
mandate-how-desk = at the desk
mandate-how-phone = by phone
mandate-how-letter = by letter
mandate-revoke = Save the stop
mandate-renew = Renew
mandates-ending-title = Mandates ending
mandates-ending-intro = Mandates of people your teams support that end within 30 days. Ask them if they want to renew.
mandates-ending-none = No mandates end within 30 days.
mandates-ending-person = Person
mandates-ending-ends = Ends
mandate-person-title = Mandates
mandate-person-none = No mandates.
mandate-person-new = Prepare a mandate
home-mandates-ending = Mandates ending soon
report-mandates-title = Your mandates
report-mandates-none = You have not given us any mandate.
report-mandate = Mandate for: { $areas }. From { $start } to { $end }. Received by: { $team }.
report-assistance-title = Help with your online tasks
report-assistance-none = We have not noted any help with online tasks.
report-assistance-with = { $date }: { $platform }, done with you ({ $minutes } minutes).
report-assistance-for = { $date }: { $platform }, done for you under your mandate ({ $minutes } minutes).
mandate-renewal-call = Call before the end to ask whether the person wants to renew
mandate-renewal-call-hint = A call appears in your team's calls of the day, two weeks before the end.
today-call-mandate = Ask whether the person wants to renew their mandate, which ends on { $date }.
home-platforms = Digital-help procedures and platforms
platforms-title = Digital-help procedures and platforms
platforms-intro = The list the digital-help screen offers. guichet ships the common Belgian platforms; add the ones your organisation meets. Each platform says which mandate area it falls under.
platforms-area = Mandate area
platforms-add = Add a procedure or platform
platforms-fr = Name in French
platforms-nl = Name in Dutch
platforms-en = Name in English
platforms-other-hint = Left empty, the French name is used.
platforms-save = Add
platforms-added = “{ $name }” is now in the list.
platforms-error-name = Type the name in French.
platforms-error-long = Type a name of 80 characters at most.
platforms-error-area = Choose the mandate area.
platforms-error-exists = This procedure is already in the list.
mandate-scan-title = The signed form
mandate-scan-none = No scan of the signed form is attached.
mandate-scan-attached = See the signed form ({ $kind }, { $size } KB, attached on { $date })
mandate-scan-file = Attach the signed form, scanned or photographed
mandate-scan-hint = PDF, JPEG or PNG, 5 MB at most. It replaces the one already attached. It is erased with the file.
mandate-scan-send = Attach
mandate-scanned = The signed form is attached.
mandate-scan-empty = Choose the file of the signed form.
mandate-scan-too-big = The file is larger than 5 MB: scan it at a lower resolution.
mandate-scan-not-a-scan = The file is not a PDF, a JPEG or a PNG.
report-seen-mandates = opened the page of one of your mandates (to prepare it, see it or stop it)
report-seen-assistance-new = opened the screen to note digital help for you
report-seen-mandate-form = printed the form of one of your mandates, to sign
report-seen-mandate-scan = opened the signed form of one of your mandates
act-redirect-to = to { $service } (directory)
act-sent-here = Note digital help that sends the person here

# Participatory audit (journey J7)
audit-title = Participatory audit
audit-home-coordinator = Participatory audit: open a round, print paper codes
audit-home-member = Participatory audit of your team
audit-intro = Once a year, the team looks together at how digital tools affect its work. Answers are anonymous: nobody, not even the coordinator, can tell who answered what. Results appear only once 5 members have answered.
audit-rounds = Rounds of your teams
audit-none = No round yet.
audit-col-title = Round
audit-col-team = Team
audit-col-opened = Opened on
audit-col-status = Status
audit-col-answers = Answers
audit-status-open = Open
audit-status-closed = Closed on { $date }
audit-answer-now = Answer the questionnaire
audit-answered = You have answered
audit-open-title = Open a round
audit-open-team = Team
audit-open-team-choose = Choose a team
audit-open-round-title = Name of the round
audit-open-title-hint = For example: Audit 2026
audit-open-submit = Open the round
audit-error-team = Choose one of the teams you coordinate.
audit-error-title = Give the round a name.
audit-error-title-long = The name is too long (120 characters at most).
audit-error-already-open = This team already has an open round: close it first.
audit-opened = The round is open. Members can answer now; print paper codes for colleagues without an account.
audit-closed = The round is closed.
audit-back = All rounds
audit-back-round = Back to the round
audit-round-title = { $title } — { $team }
audit-round-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
audit-you-answered = You have answered this round. Thank you.
audit-results = Results by theme
audit-hidden = { $count } of the { $needed } answers needed. The results appear once { $needed } members have answered, so that nobody's answer can be recognised.
audit-chart-title = Mean by theme, from 1 (not at all) to 5 (completely)
audit-no-rating = no rating
audit-col-theme = Theme
audit-col-mean = Mean (1 to 5)
audit-col-rated = Ratings
audit-col-dont-know = “I don't know”
audit-plan-link = Action plan
audit-compare = Compared with the previous round
audit-compare-title = This round and { $title }
audit-compare-desc = { $theme }: { $now } now, { $before } before
audit-compare-none = This is the team's first round: nothing to compare with yet.
audit-compare-hidden = The previous round ({ $title }) had fewer than 5 answers: its results are not shown, so there is nothing to compare with.
audit-col-now = This round
audit-col-before = Previous round
audit-col-change = Change
audit-comments = What members wrote
audit-comments-hint = In no particular order, without names.
audit-run-title = Running the round
audit-codes-count = Paper codes printed: { $printed }; used: { $used }.
audit-codes-label = How many paper codes to print
audit-codes-hint = One per colleague who will answer on paper. Each code gives one answer. Codes are not kept: they cannot be printed again.
audit-codes-submit = Print the codes (PDF)
audit-codes-file = the paper codes
audit-error-codes-count = Type a whole number from 1 to 100.
audit-error-codes-closed = This round is closed: no more codes can be printed.
audit-close-hint = Once closed, nobody can answer any more, online or on paper.
audit-close-submit = Close the round
audit-closed-notice = This round is closed.
audit-already = You have already answered this round.
audit-answer-title = Questionnaire: { $title }
audit-answer-intro = For each statement, say how far it is true of your team, or “I don't know”. Your answer is anonymous: it is kept without your name, without the time, and apart from the other answers.
audit-scale-1 = 1 – not at all
audit-scale-2 = 2 – rather not
audit-scale-3 = 3 – partly
audit-scale-4 = 4 – largely
audit-scale-5 = 5 – completely
audit-scale-dk = I don't know
audit-comment = A comment on this theme (optional)
audit-comment-hint = Name nobody: comments are shown to the whole team.
audit-answer-submit = Send my answer
audit-error-choose = Choose an answer, or “I don't know”: { $statement }
audit-error-comment-long = The comment is too long ({ $max } characters at most).
audit-thanks = Thank you: your answer is recorded. Nobody can tell which one is yours.
audit-code-title = Answer with a paper code
audit-code-intro = Type the code printed on your slip. It opens the questionnaire of your team, once.
audit-code-label = Your code
audit-code-hint = Eight letters and digits, for example ABCD-EFGH. Capitals, spaces and dashes do not matter.
audit-code-submit = Continue
audit-error-code-missing = Type the code printed on your slip.
audit-error-code-malformed = This is not a code: it has eight letters and digits, for example ABCD-EFGH.
audit-error-code-unknown = This code is unknown. Check it on your slip.
audit-error-code-used = This code has already been used: each code gives one answer.
audit-error-code-closed = This round is closed: answers are no longer accepted.
audit-plan-title = Action plan: { $title }
audit-plan-title-short = Action plan
audit-plan-hidden = The action plan opens once { $needed } members have answered.
audit-plan-intro = Recommendations for the weakest themes. Tick the ones the team takes up, then say what it will do, who sees to it and by when.
audit-plan-theme = { $theme } (mean { $mean })
audit-plan-chosen = The team takes this up
audit-plan-action = What we will do
audit-plan-owner = Who sees to it
audit-plan-due = By when
audit-plan-due-hint = For example 30/06/2026
audit-plan-save = Save the plan
audit-plan-saved = The plan is saved.
audit-plan-print = Print the plan (PDF)
audit-plan-empty = No recommendation taken up yet.
audit-error-action = Say what the team will do.
audit-error-action-long = This text is too long (1000 characters at most).
audit-error-owner-long = This name is too long (120 characters at most).
audit-error-due = Type a date as DD/MM/YYYY, for example 30/06/2026.
audit-plan-pdf-title = Action plan — { $title }
audit-plan-pdf-team = Team: { $team }
audit-plan-pdf-weakest = Weakest themes: { $themes }
audit-plan-pdf-action = What we will do: { $action }
audit-plan-pdf-owner = Who sees to it: { $owner }
audit-plan-pdf-due = By { $date }
audit-slip-title = Participatory audit “{ $title }” — { $team }
audit-slip-go = Answer at { $address }
audit-slip-once = This code gives one answer.
audit-slip-anonymous = Your answer is anonymous: nobody can link it to you.
audit-theme-quality = Quality and proximity of the service
audit-theme-wellbeing = Workers' mental health
audit-theme-relations = Relationships, with people and between colleagues
audit-theme-training = Continuous training
audit-theme-tools = Tools that fit the field
audit-theme-data = Data protection
audit-theme-person = The person at the centre
audit-theme-policy = A digital policy that strengthens rights
audit-st-quality-time = Typing data into our tools leaves us enough time for the people we meet.
audit-st-quality-reach = People can reach us without a computer: at the desk without an appointment, or by phone.
audit-st-quality-choice = Each person can choose how we get in touch with them.
audit-st-quality-autonomy = Our digital tools help people manage on their own rather than depend on us.
audit-st-wellbeing-pace = The pace the digital tools set for our work is bearable.
audit-st-wellbeing-mistakes = Here, mistakes are allowed while one learns a new tool.
audit-st-wellbeing-help = When a tool gets in my way, a colleague helps me without judging.
audit-st-wellbeing-meaning = Digital tasks leave the meaning of my job intact.
audit-st-relations-meet = As a team, we still meet in person often enough.
audit-st-relations-disconnect = Outside my working hours, nobody expects me to read work messages.
audit-st-relations-people = Screens do not stand between us and the people we help.
audit-st-training-offered = I am trained, during working time, on the tools I have to use.
audit-st-training-platforms = I hear in good time when a public platform we rely on changes.
audit-st-training-skill = Digital know-how is recognised as a skill in its own right in my job.
audit-st-tools-once = We type the same information only once.
audit-st-tools-equipment = I have the equipment I need, without using my own phone or subscription.
audit-st-tools-work = Our tools work when we need them, and someone helps when they fail.
audit-st-tools-cobuilt = The team had a say when our tools were chosen or changed.
audit-st-data-need = I see only the data of the people I have to help.
audit-st-data-consent = We keep about people only what their help needs, with their agreement.
audit-st-data-control = What we record is not used to check on workers.
audit-st-data-talk = We regularly take time to talk about confidentiality and professional secrecy.
audit-st-person-paper = Someone without a smartphone or an email address gets the same service as everyone.
audit-st-person-language = People who read little or speak another language understand our letters and messages.
audit-st-person-fit = We adapt our ways of working to the person, not the other way round.
audit-st-policy-evaluate = Before a new tool comes in, we ask whether it helps people get their rights.
audit-st-policy-review = We review our tools regularly and change them when they do not work.
audit-st-policy-field = Decisions about digital matters take account of what the field says.
audit-rec-quality-r-desk = Keep a free desk open without appointment, and a phone line with a clear recorded message.
audit-rec-quality-r-once = List what we type twice, and remove the duplicates.
audit-rec-quality-r-choice = Ask each person how they want to be contacted, and keep to it.
audit-rec-wellbeing-r-buddy = Pair colleagues so that those at ease with a tool coach the others, on working time.
audit-rec-wellbeing-r-delays = Agree on reply times we can keep, and tell people about them.
audit-rec-wellbeing-r-meaning = Hold a team meeting about what digital tasks do to the meaning of our work.
audit-rec-relations-r-disconnect = Write down our right to disconnect: no work messages outside working hours.
audit-rec-relations-r-meet = Plan regular moments together in person, formal and informal.
audit-rec-training-r-plan = Draw up a yearly training plan for the tools and platforms we use.
audit-rec-training-r-shoes = Try our own procedures as the people we help would, to see where they get stuck.
audit-rec-training-r-profile = Describe, level by level, the digital skills each job needs.
audit-rec-tools-r-guide = Write a short practical guide to every tool of the service.
audit-rec-tools-r-cobuild = Involve the team before a tool is chosen or changed.
audit-rec-tools-r-equipment = List the equipment we lack, and ask for it.
audit-rec-data-r-session = Once a year, with a lawyer or the data protection officer, review how we keep secrets and data.
audit-rec-data-r-minimum = Check that everything we keep about people is needed for their help and agreed by them.
audit-rec-data-r-nocontrol = State in writing that our records are not used to monitor workers.
audit-rec-person-r-channels = Offer every procedure in at least one way that needs no screen.
audit-rec-person-r-readable = Have our letters read, before sending them, by someone who reads little.
audit-rec-person-r-case = Decide with each person, case by case, which ways of being in touch suit them.
audit-rec-policy-r-before = Before adopting a tool, weigh what it adds against the hidden time it costs.
audit-rec-policy-r-review = Review our tools with the team once a year, and change what does not work.
audit-rec-policy-r-voice = Tell the decision-makers about the difficulties of the field, with examples.
## Observatory (J6)
obs-title = Observatory of digital barriers
obs-intro = Figures from the records, by team, service or site, never by worker. A figure under 5 shows as “< 5”.
obs-scope = For
obs-period = Period
obs-show = Show
obs-report-of = { $scope }
obs-period-quarter = Quarter { $quarter } { $year }
obs-subtitle = { $period }, compared with { $previous }
obs-hours = Hours of digital help
obs-hours-line = Hours of digital help: { $hours } ({ $previous }: { $before })
obs-hours-value = { $hours } h
obs-small = < 5
obs-masked = hidden
obs-total = Total
obs-none = Nothing in these two periods.
obs-summary = In short
obs-summary-hours = { $period }: { $hours } of digital help ({ $previous }: { $before }).
obs-summary-barriers = The barriers met most often: { $list }.
obs-summary-blocked = The platforms where the procedure most often could not be done: { $list }.
obs-summary-channels = Requests arrived mostly by: { $list }.
obs-summary-promises = Promised dates kept: { $kept } of { $total }.
obs-method = Method
obs-method-records = Every figure is counted from what the team recorded in guichet (digital help, requests, appointments, messages, referrals); nothing is typed again.
obs-method-small = A figure of 1 to 4 persons or acts shows as “< 5”. Another figure is “hidden” when it would let a small one be worked out from a total.
obs-method-workers = No figure is given per worker: the smallest level is the team.
obs-method-counted = Figures counted on { $date }.
obs-csv = Download as CSV
obs-pdf = Print the report (PDF)
obs-csv-section = Section
obs-csv-category = Category
obs-csv-period = Period
obs-csv-value = Value
obs-publish = Publish a read-only link
obs-publish-hint = The link shows the figures as they are today, frozen, for instance for the municipal council. You can withdraw it.
obs-published-title = Link published
obs-published-intro = The figures of this report are frozen. Anyone with the link can read them without signing in.
obs-published-link = Link to share
obs-published-once = Copy it now: guichet shows it only once.
obs-published-list = Published links
obs-published-line = { $period }, published on { $date }
obs-published-on = Published on { $date }
obs-withdraw = Withdraw
obs-withdrawn-mark = withdrawn
obs-withdrawn = This report was withdrawn by the service that published it.
obs-back = Back to the observatory
obs-no-team = You coordinate no team: there are no figures to show.
obs-bad-choice = This team or period does not exist.
obs-section-platform = Digital help by platform
obs-section-blocked = Platforms where the procedure could not be done
obs-section-barrier = Barriers met
obs-section-mode = With the person or for them
obs-section-autonomy = The person's autonomy
obs-section-outcome = Outcome of the help
obs-section-helped = Persons with a file and anonymous walk-ins
obs-section-channel = Requests by arrival channel
obs-section-topic = Requests by topic
obs-section-promise = Promised dates
obs-section-appointment = Appointments
obs-section-message = Letters, SMS and emails sent
obs-section-referral = Referrals sent
obs-helped-person = Person with a file
obs-helped-anonymous = Anonymous walk-in
obs-promise-kept = Kept
obs-promise-missed = Missed
obs-promise-open = Not due yet
obs-appointment-kept = Kept
obs-appointment-missed = Missed
obs-appointment-cancelled = Cancelled
obs-appointment-planned = Still planned
obs-message-letter = Paper letter
obs-message-sms = SMS
obs-message-email = Email
obs-referral-sent = No answer
obs-referral-accepted = Accepted
obs-referral-refused = Refused
obs-alert-title = Alert: a platform blocks more than usual
obs-alert = { $team }: { $count } procedures could not be done on { $platform } from { $from } to { $to }, against { $usual } on average per four-week period from { $usual_from } to { $usual_to }.
obs-alert-few = { $team }: { $count } procedures could not be done on { $platform } from { $from } to { $to }, against fewer than 5 in all from { $usual_from } to { $usual_to }.
home-observatory = Observatory of digital barriers
nav-observatory = Observatory

## Right to disconnect (issue 18)
nav-disconnect = Right to disconnect
account-leave-link = My leave
leave-title = My leave
leave-intro = While you are on leave, guichet sends you nothing: messages wait until you are back and you find them on your home page.
leave-list-title = Planned leave
leave-none = No leave recorded.
leave-line = From { $first } to { $last }
leave-remove = Remove
leave-add-title = Add a leave
leave-first = First day
leave-date-hint = For example 21/12/2026.
leave-last = Last day
leave-last-hint = Leave empty for a single day.
leave-add = Save the leave
leave-back = Back to my account
leave-added = Your leave is saved.
leave-removed = The leave is removed.
leave-first-missing = Enter the first day of the leave.
leave-first-not-a-date = The first day is not a date: write it like 21/12/2026.
leave-last-not-a-date = The last day is not a date: write it like 03/01/2027.
leave-ends-before-start = The last day comes before the first.
leave-too-long = A leave lasts at most a year: record a longer one again when it goes on.
leave-past = This leave is already over: it would hold nothing back.
login-outside-hours = You are outside your working hours: your organisation does not allow signing in now. If you are on call, ask your coordinator to add you to the on-call list.
outside-hours-title = You are outside your working hours
outside-hours-lead = You signed in outside your working hours or during a leave.
outside-hours-shipped = Your organisation respects your right to disconnect: nothing obliges you to work now. What comes in waits for your next working hours.
outside-hours-held = Messages from guichet to you are held until your next working hours.
outside-hours-continue = Continue anyway
outside-hours-sign-out = Sign out
disconnect-title = Right to disconnect
disconnect-intro = Outside their hours and during their leave, guichet sends nothing to staff members. Choose what happens when someone signs in at such a time.
disconnect-policy = Signing in outside working hours
disconnect-policy-remind = Recall the disconnection policy, then let them in
disconnect-policy-refuse = Refuse to sign in (except the on-call list)
disconnect-text = Your disconnection policy's text (optional)
disconnect-text-hint = Shown after signing in outside working hours. Left empty, guichet shows a general text.
disconnect-on-call = On-call list
disconnect-on-call-hint = These people can always sign in, without a reminder.
disconnect-save = Save
disconnect-saved = The disconnection policy is saved.
disconnect-policy-missing = Choose what happens when someone signs in outside working hours.
disconnect-text-too-long = The text is too long: { $max } characters at most.
disconnect-on-call-unknown = Someone chosen for the on-call list does not exist.
home-away-title = Arrived while you were away
home-away-line = { $when }: { $subject }
## Self-assessment and training log (issue 18)

skills-area-1 = 1. Information and data literacy
skills-area-2 = 2. Communication and collaboration
skills-area-3 = 3. Digital content creation
skills-area-4 = 4. Safety
skills-area-5 = 5. Problem solving
skills-c-1-1 = Browsing, searching and filtering data and digital content
skills-c-1-2 = Evaluating data and digital content
skills-c-1-3 = Managing data and digital content
skills-c-2-1 = Interacting through digital technologies
skills-c-2-2 = Sharing through digital technologies
skills-c-2-3 = Engaging in citizenship through digital technologies
skills-c-2-4 = Collaborating through digital technologies
skills-c-2-5 = Netiquette
skills-c-2-6 = Managing digital identity
skills-c-3-1 = Developing digital content
skills-c-3-2 = Integrating and re-elaborating digital content
skills-c-3-3 = Copyright and licences
skills-c-3-4 = Programming
skills-c-4-1 = Protecting devices
skills-c-4-2 = Protecting personal data and privacy
skills-c-4-3 = Protecting health and well-being
skills-c-4-4 = Protecting the environment
skills-c-5-1 = Solving technical problems
skills-c-5-2 = Identifying needs and technological responses
skills-c-5-3 = Creatively using digital technologies
skills-c-5-4 = Identifying digital competence gaps
skills-band-foundation = Foundation
skills-band-intermediate = Intermediate
skills-band-advanced = Advanced
skills-band-highly-specialised = Highly specialised
skills-title = My digital skills
skills-private = Only you can see this. Your coordinator sees only anonymous counts for the team, from five colleagues.
skills-saved = Your self-assessment is saved.
skills-summary-title = My levels by band
skills-intro = For each competence, choose the level that fits you today, or leave it not assessed. Nothing is compulsory.
skills-help-link = What do the levels mean?
skills-tools-title = Our tools
skills-submit = Save my self-assessment
skills-help-title = The levels
skills-help-levels = DigComp 2.2 describes each competence on eight levels, in four bands.
skills-help-foundation = Foundation (1–2): I do simple tasks, with help or on my own.
skills-help-intermediate = Intermediate (3–4): I do routine tasks on my own and solve simple problems.
skills-help-advanced = Advanced (5–6): I choose how to do varied tasks and I help others.
skills-help-highly-specialised = Highly specialised (7–8): I solve complex problems and bring new ways of doing things.
skills-help-more = The framework of the European Commission, with examples:
skills-coach = I can coach colleagues on this
skills-coach-hint = "I can coach colleagues on this" is not private: your colleagues see that you volunteer, in the tool guide. Your levels stay yours.
skills-not-assessed = Not assessed
skills-error-level = Choose a level from 1 to 8, or "not assessed", for { $subject }.
skills-error-unknown = The form held a rating for something that is not on it. Nothing was saved: check your choices and save again.
skills-needs-small = fewer than 5
skills-needs-hidden = hidden
skills-team-title = Team training needs
skills-team-intro = For each competence and tool: how many colleagues rated themselves at foundation level (1 or 2). Anonymous counts, shown only when at least five colleagues of the team have assessed themselves. Nothing is shown by person.
skills-team-none = You coordinate no team.
skills-team-subject = Competence or tool
skills-team-count = Colleagues at foundation level
skills-team-suppressed = Fewer than five colleagues have assessed themselves: nothing is shown.
skills-tr-title = My training log
skills-tr-private = Only you can see your training log. Print it to support a request for training time.
skills-tr-done-title = Trainings followed
skills-tr-wished-title = Trainings wished
skills-tr-none = None yet.
skills-tr-day = Day
skills-tr-training = Training
skills-tr-provider = Given by
skills-tr-hours = Hours
skills-tr-note = Note
skills-tr-delete = Remove
skills-tr-print-title = Print my training log
skills-tr-print-assessment = Include my self-assessment (levels by band)
skills-tr-print = Print (PDF)
skills-tr-add-title = Add a training
skills-tr-status = Followed or wished?
skills-tr-status-done = Followed
skills-tr-status-wished = Wished
skills-tr-provider-hint = An organisation, a colleague, an online course. Optional.
skills-tr-day-hint = For a training followed: the day, for example 14/02/2026.
skills-tr-hours-hint = Optional, for example 3.5.
skills-tr-add = Add to my log
skills-tr-added = The training is added to your log.
skills-tr-deleted = The training is removed from your log.
skills-tr-error-status = Say whether the training was followed or is wished.
skills-tr-error-title = Give the name of the training.
skills-tr-error-long = At most { $max } characters.
skills-tr-error-unreadable = This text holds an invisible character or too many lines: type it again.
skills-tr-error-day = Give the day the training was followed.
skills-tr-error-date = Give a date such as 14/02/2026.
skills-tr-error-future = This day is still to come: note the training as wished.
skills-tr-error-hours = Give a number of hours from 0.5 to 2000, such as 3.5.
skills-pdf-title = Training log — { $name }
skills-pdf-subtitle = On { $date }
skills-pdf-assessment = My self-assessment (DigComp 2.2)
skills-pdf-no-assessment = No self-assessment yet.
skills-pdf-band = Level
skills-pdf-subjects = Competence or tool
skills-pdf-request-title = Request for training time
skills-pdf-request = { $name } has followed { $done } training(s), { $hours } hour(s) in all, and wishes to follow { $wished } more. Digital tools change quickly and the persons we help depend on them: this log supports a request for time to train during working hours.
skills-account-title = Skills and training
skills-account-skills = My digital skills
skills-account-trainings = My training log
skills-account-team = Team training needs
## Tool guide and coaches (issue 18)
nav-guide = Tool guide
guide-title = Tool guide
guide-intro = The tools we use, what they are for, who to ask, and how-tos written by colleagues.
guide-coaches-link = Find a colleague who helps
guide-search-label = Search for a tool
guide-search-hint = A name, a word from a how-to: "mutual", "certificate", "itsme".
guide-search-button = Search
guide-due-count = { $count ->
    [one] { $count } tool to review: its page has not been reviewed for too long.
   *[other] { $count } tools to review: their pages have not been reviewed for too long.
}
guide-none = The guide has no tools yet.
guide-none-found = No tool matches "{ $q }".
guide-col-tool = Tool
guide-col-reviewed = Last reviewed
guide-to-review = To review
guide-add-title = Add a tool
guide-name = Name of the tool
guide-purpose = What it is for
guide-purpose-hint = In a sentence or two, for a colleague who does not know it.
guide-who-to-ask = Who to ask
guide-who-to-ask-hint = A colleague, a helpdesk, a phone number.
guide-review-months = Review the page every … months
guide-review-months-hint = Between 1 and 60 months. Default: 12.
guide-add-button = Add the tool
guide-back = Back to the tool guide
guide-back-tool = Back to the tool's page
guide-archived-notice = This tool is archived: it is no longer listed in the guide.
guide-review-due-notice = This page is due for review: its review was planned for { $date }.
guide-last-review = Last reviewed: { $date }.
guide-next-review = Next review: { $date }.
guide-print = Print this page (PDF)
guide-mark-reviewed = Mark as reviewed today
guide-edit-link = Edit the page
guide-howtos-heading = How-tos
guide-howtos-none = Nobody has written a how-to for this tool yet.
guide-howto-new-link = Write a how-to
guide-howto-by = Written by { $name } on { $date }.
guide-howto-on = Written on { $date }.
guide-coaches-heading = Colleagues who help
guide-coaches-none = Nobody has volunteered for this tool yet.
guide-coach-on = I can help colleagues with this tool
guide-coach-off = I no longer coach this tool
guide-done-howto = Your how-to was added.
guide-done-reviewed = The page is marked as reviewed today.
guide-done-saved = The page was saved.
guide-done-coach = Thank you: your colleagues see you among those who help.
guide-done-withdrawn = You are no longer listed among those who help.
guide-edit-title = Edit the page: { $tool }
guide-edit-save = Save the page
guide-archive-title = Archive the tool
guide-archive-hint = A tool we no longer use: it leaves the guide, its page stays readable.
guide-archive = Archive the tool
guide-restore-title = Put the tool back in the guide
guide-restore-hint = This tool is archived. Put it back if it is used again.
guide-restore = Put back in the guide
guide-howto-new-title = Write a how-to: { $tool }
guide-howto-title = Title
guide-howto-title-hint = What the how-to lets one do, for example "Download a certificate".
guide-howto-body = The steps
guide-howto-body-hint = One step per line. Leave an empty line between two paragraphs.
guide-alt = What the image shows
guide-alt-hint = Required when you add an image: for a colleague who cannot see it.
guide-image = A screenshot (optional)
guide-image-hint = A PNG or JPEG image of at most 1 MB.
guide-howto-save = Add the how-to
guide-error-name-missing = Enter the name of the tool.
guide-error-purpose-missing = Enter what the tool is for.
guide-error-who-missing = Enter who to ask about this tool.
guide-error-too-long = This text is too long: shorten it.
guide-error-months = Enter a number of months between 1 and 60.
guide-error-title-missing = Enter the title of the how-to.
guide-error-body-missing = Enter the steps of the how-to.
guide-error-image-type = This file is not a PNG or JPEG image. Choose a screenshot saved as PNG or JPEG, or add no image.
guide-error-image-size = This image is larger than 1 MB. Choose a smaller image (or shrink it), or add no image.
guide-error-alt-missing = Enter what the image shows.
guide-error-subject = Choose a competence.
guide-pdf-subtitle = Tool guide – page reviewed on { $date }
guide-pdf-image = Image: { $alt }.
guide-coaches-title = Colleagues who help
guide-coaches-intro = Colleagues volunteer to help others with a tool or a digital competence. Volunteering is visible to the whole organisation.
guide-coaches-by-tool = By tool
guide-coaches-by-competence = By digital competence (DigComp)
guide-coaches-empty = Nobody for now.
guide-mine-title = My help
guide-mine-none = You have not volunteered for anything yet.
guide-withdraw = I no longer help
guide-competence-label = I can help colleagues with this competence
guide-volunteer = Volunteer
home-guide-due = { $count ->
    [one] { $count } tool to review in the tool guide
   *[other] { $count } tools to review in the tool guide
}
