# guichet — Nederlands
# Teksten voor mensen die het druk hebben: korte zinnen, eenvoudige woorden.

## Opmaak
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
lang-label = Taal
sign-out = Afmelden
error-prefix = Fout:
error-summary-title = Er is een probleem
nav-home = Startpagina
nav-teams = Teams
nav-access-rights = Toegangsrechten
nav-accounts = Accounts
nav-sites = Locaties
nav-services = Diensten en teams
nav-organisation = Organisatie
nav-account = Mijn account

## Rollen
role-reception = Onthaal
role-social-worker = Maatschappelijk werker
role-health-worker = Zorgverlener
role-coordinator = Coördinatie
role-dpo = Functionaris voor gegevensbescherming
role-admin = Beheer
role-volunteer = Vrijwilliger

## Dagen
day-mon = Maandag
day-tue = Dinsdag
day-wed = Woensdag
day-thu = Donderdag
day-fri = Vrijdag
day-sat = Zaterdag
day-sun = Zondag

## Fouten
error-title = Deze pagina kan niet worden getoond
error-go-home = Terug naar de startpagina
error-code = Code:
error-not-found = Deze pagina bestaat niet, of u hebt er geen toegang toe.
error-forbidden = Uw rol geeft geen toegang tot deze pagina. Hebt u ze toch nodig? Vraag het aan de beheerder.
error-signed-out = Uw sessie is afgelopen. Meld u opnieuw aan.
error-csrf = Dit formulier is verlopen of komt niet van guichet. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-too-large = Het verzonden formulier is te groot.
error-unavailable = guichet kan zijn database nu niet bereiken. Probeer het over een minuut opnieuw. Blijft het probleem? Laat het dan weten aan de IT-dienst.

## Aanmelden
login-title = Aanmelden
login-username = Gebruikersnaam
login-password = Wachtwoord
login-submit = Aanmelden
login-help = Wachtwoord vergeten? Vraag de beheerder van guichet om een eenmalige link.
login-username-missing = Vul uw gebruikersnaam in
login-password-missing = Vul uw wachtwoord in
login-failed = De gebruikersnaam of het wachtwoord is niet juist
login-throttled = { $minutes ->
    [one] Te veel pogingen. Wacht { $minutes } minuut en probeer het dan opnieuw.
   *[other] Te veel pogingen. Wacht { $minutes } minuten en probeer het dan opnieuw.
}
login-expired = U was een tijd niet actief. Daarom is uw sessie afgelopen. Meld u opnieuw aan.
login-password-set = Uw wachtwoord is opgeslagen. U kunt zich nu aanmelden.

## Wachtwoord
password-set-title = Kies een wachtwoord
password-set-for = Account: { $username }
password-new = Nieuw wachtwoord
password-confirm = Herhaal het nieuwe wachtwoord
password-rule = Minstens 12 tekens. Een zin van een paar woorden onthoudt u makkelijker.
password-set-submit = Wachtwoord opslaan
password-link-invalid = Deze link werkt niet meer: hij is al gebruikt of hij is verlopen. Vraag de beheerder om een nieuwe link.
password-too-short = Het wachtwoord moet minstens 12 tekens hebben
password-too-long = Het wachtwoord mag hoogstens 128 tekens hebben
password-same-as-username = Het wachtwoord mag niet hetzelfde zijn als uw gebruikersnaam
password-mismatch = De twee wachtwoorden zijn niet hetzelfde

## Startpagina
home-title = Startpagina
home-greeting = Goedendag { $name }.
home-today = Vandaag
home-site-open = Open: { $hours }.
home-site-walkin = Zonder afspraak: { $hours }.
home-site-open-no-walkin = Open: { $hours }. Vandaag geen spreekuur zonder afspraak.
home-site-closed-weekday = Vandaag gesloten.
home-site-closed-today = Vandaag gesloten: { $reason }
home-site-phone = Telefoon:
home-persons = Personen begeleid door uw teams
home-persons-none = Uw teams begeleiden nog niemand.
home-persons-count = { $count ->
    [one] Uw teams begeleiden { $count } persoon.
   *[other] Uw teams begeleiden { $count } personen.
}
home-my-teams = Uw teams
home-no-team = U zit in geen enkel team.
home-see-teams = Alle teams bekijken
home-dpo = Gegevensbescherming
home-dpo-accounts = { $count ->
    [one] { $count } personeelsaccount.
   *[other] { $count } personeelsaccounts.
}
home-dpo-review = Nakijken wie toegang heeft tot wat
home-admin = Beheer
home-admin-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
home-admin-sites = { $count ->
    [one] { $count } locatie
   *[other] { $count } locaties
}
home-admin-teams = { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
home-admin-no-person-data = Een beheeraccount beheert de accounts en de instellingen. Het ziet nooit de dossiers van personen.

## Persoon
person-title = Dossier
person-why-followed = U ziet dit dossier omdat uw team deze persoon begeleidt: { $teams }.

## Mijn account
account-title = Mijn account
account-name = Naam
account-username = Gebruikersnaam
account-roles = Rollen
account-teams = Teams
account-no-team = Geen
account-lang-title = Taal van guichet
account-lang-label = Taal
account-lang-submit = Taal opslaan
account-lang-saved = De taal is opgeslagen.
account-lang-invalid = Kies een taal uit de lijst
account-password-title = Mijn wachtwoord wijzigen
account-current-password = Huidig wachtwoord
account-current-missing = Vul uw huidige wachtwoord in
account-current-wrong = Het huidige wachtwoord is niet juist
account-password-submit = Wachtwoord wijzigen
account-password-saved = Uw wachtwoord is gewijzigd. Uw andere sessies zijn afgesloten.
account-everywhere-title = Overal afmelden
account-other-sessions = { $count ->
    [0] U bent nergens anders aangemeld.
    [one] U bent ook aangemeld op { $count } ander toestel.
   *[other] U bent ook aangemeld op { $count } andere toestellen.
}
account-everywhere-submit = Afmelden op alle toestellen

## Accounts (beheer)
users-title = Personeelsaccounts
users-new = Account aanmaken
users-back = Terug naar de accounts
users-col-name = Naam
users-col-roles = Rollen
users-col-teams = Teams
users-col-status = Status
home-failed-sign-ins-title = Pogingen om aan te melden op uw account
home-failed-sign-ins = { $count ->
    [one] Sinds uw vorige bezoek heeft iemand één keer geprobeerd zich aan te melden op uw account, zonder succes.
   *[other] Sinds uw vorige bezoek heeft iemand { $count } keer geprobeerd zich aan te melden op uw account, zonder succes.
}
home-failed-sign-ins-last = Laatste poging: { $date } om { $time }.
home-failed-sign-ins-advice = Was u het niet? Verwittig de beheerder van guichet: die kan u een link geven om een nieuw wachtwoord te kiezen.
home-failed-sign-ins-seen = Ik heb dit gelezen
users-col-failed = Geweigerde aanmeldingen
users-failed-counts = { $recent } sinds gisteren, { $month } in 30 dagen
users-failed-since = { $count ->
    [one] (één sinds de laatste geslaagde aanmelding)
   *[other] ({ $count } sinds de laatste geslaagde aanmelding)
}
users-status-active = Actief
users-status-disabled = Uitgeschakeld
users-status-no-password = Nog geen wachtwoord
user-new-title = Account aanmaken
user-edit-title = Account wijzigen
user-username = Gebruikersnaam
user-username-hint = Kleine letters, cijfers, punt, koppelteken. Bijvoorbeeld: m.dubois
user-display-name = Volledige naam
user-lang = Taal van guichet
user-lang-default = Zoals in de browser
user-roles = Rollen
user-roles-hint = Vink alles aan wat deze persoon doet. Een beheeraccount ziet geen enkel dossier.
user-teams = Teams
user-teams-hint = Medewerkers van het onthaal en op het terrein zien de personen die hun teams begeleiden.
user-create = Account aanmaken
user-save = Opslaan
user-saved = De wijzigingen zijn opgeslagen.
user-username-missing = Vul een gebruikersnaam in
user-username-length = De gebruikersnaam moet tussen 3 en 64 tekens hebben
user-username-characters = De gebruikersnaam mag alleen kleine letters zonder accenten, cijfers, punten en koppeltekens bevatten
user-username-taken = Deze gebruikersnaam bestaat al
user-display-name-missing = Vul de volledige naam in
user-display-name-long = De volledige naam mag hoogstens 120 tekens hebben
user-roles-missing = Vink minstens één rol aan
user-roles-admin-frontline = Beheer kan niet samen met onthaal of werk op het terrein. Maak twee aparte accounts aan.
user-roles-keep-own-admin = U kunt uw eigen rol Beheer niet weghalen
user-teams-missing = Kies minstens één team voor een rol in het onthaal of op het terrein
user-access-title = Toegang
user-reset-explain = Met een eenmalige link kiest de persoon een nieuw wachtwoord. De link verschijnt hier. U kunt hem afdrukken of persoonlijk overhandigen.
user-reset-submit = Wachtwoordlink aanmaken
user-disable-explain = Met een uitgeschakeld account kan men zich niet meer aanmelden. De sessies worden meteen afgesloten.
user-disabled-explain = Dit account is uitgeschakeld.
user-disable = Account uitschakelen
user-enable = Account weer inschakelen
user-cannot-disable-self = U kunt uw eigen account niet uitschakelen

## Eenmalige link
link-title = Link om een wachtwoord te kiezen
link-for = Voor: { $name }
link-username = Gebruikersnaam:
link-open = Open dit adres in de browser waarmee u guichet gebruikt:
link-valid = { $hours ->
    [one] Deze link werkt maar één keer en blijft { $hours } uur geldig.
   *[other] Deze link werkt maar één keer en blijft { $hours } uur geldig.
}
link-once = Druk deze link nu af of schrijf hem over: hij wordt niet meer getoond.
link-back = Terug naar het account

## Locaties
sites-title = Locaties
sites-new = Locatie toevoegen
sites-none = Nog geen locaties.
sites-back = Terug naar de locaties
site-new-title = Locatie toevoegen
site-edit-title = Locatie wijzigen
site-name = Naam van de locatie
site-street = Straat en nummer
site-postcode = Postcode
site-municipality = Gemeente
site-phone = Telefoon
site-phone-hint = Bijvoorbeeld: 010 23 45 67
site-hours = Openingsuren
site-hours-hint = Bijvoorbeeld: 9:00-12:00, 13:30-16:00. Laat leeg als het gesloten is.
site-day = Dag
site-open = Open
site-walkin = Zonder afspraak
site-closing = Sluitingsdagen
site-closing-hint = Eén dag per regel: de datum, dan de reden. Bijvoorbeeld: 2026-12-24 Kerstavond
site-save = Locatie opslaan
site-name-missing = Vul de naam van de locatie in
site-street-missing = Vul de straat en het nummer in
site-postcode-invalid = Vul een Belgische postcode van 4 cijfers in
site-municipality-missing = Vul de gemeente in
site-phone-invalid = Vul een telefoonnummer in, bijvoorbeeld 010 23 45 67
site-hours-invalid = { $day }: schrijf de uren zoals 9:00-12:00, 13:30-16:00
site-closing-invalid = Sluitingsdagen, regel { $line }: schrijf de datum zoals 2026-12-24 of 24/12/2026

## Diensten en teams
services-title = Diensten en teams
services-none = Nog geen diensten.
services-new = Dienst toevoegen
services-site = Locatie
services-name = Naam van de dienst
services-name-hint = Bijvoorbeeld: Algemene sociale dienst, Schuldbemiddeling
services-create = Dienst toevoegen
service-name-missing = Vul de naam van de dienst in
service-site-missing = Kies een locatie
teams-new = Team toevoegen
teams-service = Dienst
teams-name = Naam van het team
teams-create = Team toevoegen
team-name-missing = Vul de naam van het team in
team-service-missing = Kies een dienst
teams-title = Teams
teams-intro = De teams, hun dienst en hun locatie. Geen gegevens over begeleide personen.
teams-col-team = Team
teams-col-service = Dienst
teams-col-site = Locatie
teams-col-members = Leden
teams-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}

## Organisatie
org-title = Organisatie
org-name = Naam van de organisatie
org-name-hint = Zoals de naam op brieven staat. Bijvoorbeeld: OCMW Waver
org-save = Opslaan
org-saved = De naam is opgeslagen.
org-name-missing = Vul de naam van de organisatie in (hoogstens 200 tekens)

## Toegangsrechten (functionaris voor gegevensbescherming)
access-title = Wie heeft toegang tot wat
access-intro = Elk personeelsaccount, met zijn rollen en teams. Deze lijst toont niet wat iemand doet. Ze dient alleen om de rechten na te kijken.
access-col-persons = Dossiers van personen
access-persons-followed = Personen begeleid door de eigen teams
access-persons-none = Geen

## Personen
nav-persons = Personen
persons-title = Personen
persons-search-label = Een persoon zoeken
persons-search-hint = Een naam (in eender welke volgorde, accenten mogen weg), een telefoonnummer of een rijksregisternummer.
persons-search-submit = Zoeken
persons-results = { $count ->
    [0] Geen persoon gevonden in de dossiers van uw teams.
    [one] { $count } persoon gevonden.
   *[other] { $count } personen gevonden.
}
persons-new = Een nieuwe persoon registreren
persons-new-from-search = Persoon niet gevonden: registreren
person-new-title = Een persoon registreren
person-new-intro = Een naam en één manier om de persoon te bereiken volstaan. De rest kan later.
person-given-names = Voornaam of voornamen
person-family-name = Familienaam
person-family-name-hint = Heeft de persoon maar één naam? Schrijf die hier.
person-usual-name = Gebruiksnaam
person-usual-name-hint = De naam die de persoon gebruikt, als die anders is.
person-birth = Geboortedatum
person-birth-hint = Als die gekend is. U mag alleen het jaar geven, of de maand en het jaar.
person-birth-day = Dag
person-birth-month = Maand
person-birth-year = Jaar
person-niss = Rijksregisternummer of BIS-nummer
person-niss-hint = Niet verplicht. 11 cijfers, bijvoorbeeld 85.07.30-033.28
person-reach = Hoe de persoon bereiken
person-reach-hint = Eén van deze volstaat: een telefoon, een e-mail, een post- of contactadres, ‘komt naar het loket’ of een vertrouwenspersoon.
person-phone = Telefoon
person-phone-holder = Van wie is deze telefoon?
person-phone-holder-hint = Laat leeg als het de telefoon van de persoon zelf is. Bijvoorbeeld: haar dochter
person-email = E-mailadres
person-team = Team dat de persoon begeleidt
person-new-submit = Persoon registreren
person-name-missing = Geef minstens een naam
person-birth-invalid = Deze geboortedatum bestaat niet. Geef alleen het jaar als u niet zeker bent van de dag.
person-niss-invalid = Deze 11 cijfers vormen geen geldig rijksregisternummer: een cijfer is wellicht verkeerd getypt
person-phone-invalid = Geef een volledig telefoonnummer, bijvoorbeeld 0470 12 34 56, 010 23 45 67 of +33 6 12 34 56 78
person-email-invalid = Geef een e-mailadres zoals naam@voorbeeld.be
person-contact-missing = Geef minstens één manier om de persoon te bereiken: een telefoon, een e-mail, een adres (of een contactadres), ‘komt naar het loket’ of een vertrouwenspersoon
person-team-missing = Kies een van uw teams
person-matches-title = Is dit dezelfde persoon?
person-matches-intro = Deze dossiers lijken op de persoon die u registreert. Is het dezelfde persoon? Open dan het dossier: niemand mag twee keer ingegeven worden.
person-matches-open = Dit dossier openen
person-matches-hidden = { $count ->
    [one] Er is nog { $count } gelijkaardig dossier in een team dat niet het uwe is. Vraag het aan een collega voor u een nieuw dossier maakt.
   *[other] Er zijn nog { $count } gelijkaardige dossiers in teams die niet de uwe zijn. Vraag het aan een collega voor u een nieuw dossier maakt.
}
person-matches-create = Geen van deze personen: een nieuw dossier maken
person-matches-edit = Verbeteren wat ik typte
match-same-niss = zelfde rijksregisternummer
match-same-name = zelfde naam
match-similar-name = gelijkaardige naam
match-same-birth-date = zelfde geboortedatum
match-same-phone = zelfde telefoon
person-created = Het dossier is aangemaakt.
person-unknown = Niet gekend
person-phone-mobile = gsm
person-phone-landline = vaste lijn

## Hoe de persoon bereiken
channel-paper-letter = brief op papier
channel-landline = bellen naar de vaste lijn
channel-mobile = bellen naar de gsm
channel-sms = sms
channel-email = e-mail
channel-walk-in-only = alleen aan het loket (de persoon komt zelf langs)
channel-trusted-third = via een vertrouwenspersoon
need-reading-difficulty = Leest moeilijk: de makkelijk leesbare versie gebruiken
need-large-print = Grote letters
need-visual-impairment = Ziet slecht
need-hearing-impairment = Hoort slecht: liever schriftelijk of aan het loket
need-interpreter = Heeft een tolk nodig
need-no-smartphone = Geen smartphone
need-no-computer = Geen computer
need-no-internet-at-home = Geen internet thuis
need-no-card-reader = Geen kaartlezer voor de identiteitskaart
need-no-itsme = Geen itsme
language-fr = Frans
language-nl = Nederlands
language-en = Engels
language-de = Duits
language-unknown = Nog niet gekend
language-other = Een andere taal
pref-none = Nog geen voorkeur: vraag de persoon hoe u haar kunt bereiken.
pref-first = Eerst: { $channel }.
pref-then = Anders: { $channel }.
pref-fallback = Het dossier laat „{ $wanted }" nog niet toe: berichten gaan via { $used }.
pref-unusable = Het dossier laat geen van deze manieren toe: berichten worden aan het loket overhandigd.
pref-language = Taal: { $language }.
pref-language-other = Taal: { $language }. Een tolk voorzien.
person-reach-title = Hoe deze persoon bereiken
person-reach-change = De manier van contact of het adres wijzigen
person-address = Postadres
person-address-unknown = Niet gekend
contact-title = Hoe de persoon bereiken
contact-back = Terug naar het dossier van { $name }
contact-intro = Vraag aan { $name } hoe zij of hij liefst gecontacteerd wordt. Alle berichten volgen deze volgorde.
contact-channels = Contactmiddelen, in volgorde van voorkeur
contact-channels-hint = De eerste keuze dient gewoonlijk; de volgende als de eerste niet lukt.
contact-channel-1 = Eerste keuze
contact-channel-2 = Tweede keuze
contact-channel-3 = Derde keuze
contact-channel-none = —
contact-trusted-third = Vertrouwenspersoon
contact-trusted-third-hint = Naam en telefoon, als de persoon wil dat we via haar of hem gaan.
contact-trusted-third-missing = Geef de naam van de vertrouwenspersoon
contact-language = Taal van de persoon
contact-language-other = Andere taal
contact-language-other-hint = Alleen als u „Een andere taal" koos. Er wordt een tolk voorzien.
contact-language-other-missing = Geef aan welke taal
contact-needs = Noden
contact-letter-needs-address = Om brieven op papier te sturen is een postadres nodig
contact-save = Opslaan
address-title = Postadres
address-kind = Waar de post naartoe gaat
address-kind-unknown = Nog niet gekend
address-kind-belgian = Een adres in België
address-kind-foreign = Een adres in het buitenland
address-kind-no-fixed = Geen vast adres: een contactadres
address-fill-hint = Vul alleen de velden in die bij uw keuze horen.
address-street = Straat en nummer
address-street-missing = Geef het adres
address-foreign-lines = Adres in het buitenland (straat, stad, postcode)
address-country = Land
address-country-missing = Geef het land
address-contact = Contactadres
address-contact-hint = Bijvoorbeeld het adres van de dienst, waar de persoon de post komt halen.
address-contact-missing = Geef het contactadres
address-municipality-hint = Laat u het leeg, dan vult guichet het in op basis van de postcode.
address-municipality-choose = Postcode { $postcode } geldt voor meerdere plaatsen: { $places }. Vul de plaats van dit adres in.
address-municipality-mismatch = Deze gemeente past niet bij postcode { $postcode } ({ $places }). Verbeter de postcode of de gemeente, of vink het vakje aan als het adres klopt.
address-municipality-confirm = Het adres klopt zoals ik het heb geschreven

## Aanvragen
nav-queue = Wachtrij aanvragen
arrival-walk-in = Aan het loket
arrival-phone = Telefonisch
arrival-voicemail = Bericht op het antwoordapparaat
arrival-letter = Per brief
arrival-email = Per e-mail
arrival-online-form = Via het onlineformulier
arrival-referral = Doorverwezen door een andere dienst
arrival-home-visit = Tijdens een huisbezoek
urgency-urgent = Dringend
urgency-normal = Normaal
urgency-can-wait = Kan wachten
status-new = Nieuw
status-acknowledged = Ontvangstbevestiging verstuurd
status-in-progress = In behandeling
status-waiting-for-person = Wacht op de persoon
status-done = Afgerond
status-redirected = Doorverwezen naar een andere dienst
status-withdrawn = Ingetrokken
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
person-requests = Aanvragen
person-requests-none = Nog geen aanvraag.
person-request-promised = antwoord beloofd tegen { $date }
person-request-new = Nieuwe aanvraag
request-new-title = Nieuwe aanvraag
request-new-for = Voor { $name }. Alleen het thema is verplicht.
request-description = Wat de persoon vraagt
request-description-hint = In haar of zijn eigen woorden, als het kan.
request-topic = Thema
request-topic-choose = Kies een thema
request-topic-missing = Kies het thema van de aanvraag
request-channel = Hoe de aanvraag binnenkwam
request-urgency = Dringendheid
request-team = Team dat ze behandelt
request-assigned = Opgevolgd door
request-assigned-nobody = Nog niemand
request-assign-title = Wie volgt deze aanvraag op
request-assign-to = Vertrouw de aanvraag toe aan
request-assign-save = Toevertrouwen
request-team-missing = Kies een team
request-create = Aanvraag opslaan
request-title = Aanvraag
request-person = Persoon
request-status = Stand van zaken
request-promised = Antwoord beloofd uiterlijk op { $date }.
request-overdue = Te laat: het antwoord was beloofd voor { $date }.
request-ack-print = De persoon staat aan het loket: druk de ontvangstbevestiging af en geef ze mee.
request-ack-no-channel = Geen geregistreerd contactmiddel kan de ontvangstbevestiging versturen. Druk ze af om mee te geven of op te sturen, en vraag de persoon hoe u haar kunt bereiken.
request-ack-queued = Wacht om verstuurd te worden — { $channel }:
request-ack-open = Ontvangstbevestiging afdrukken
request-ack-open-large = Versie in grote letters
request-status-change = Opvolging
request-status-new = Nieuwe stand
request-status-save = Stand wijzigen
request-history = Geschiedenis
ack-title = Ontvangstbevestiging
ack-back = Terug naar de aanvraag
ack-print-hint = Druk deze pagina af met de afdrukopdracht van de browser (Ctrl+P).
ack-hello = Goeddag { $name }.
ack-topic = We hebben uw aanvraag goed ontvangen: { $topic }.
ack-service = De dienst „{ $service }" behandelt ze.
ack-date = U krijgt een antwoord uiterlijk op { $date }.
ack-no-internet = U hebt geen internet nodig om ons te bereiken.
ack-phone = Telefoon: { $phone }.
ack-walkin = Zonder afspraak: { $hours }.
ack-address = Adres: { $address }.
queue-title = Wachtrij aanvragen
queue-open = { $count ->
    [0] Geen open aanvragen.
    [one] { $count } open aanvraag.
   *[other] { $count } open aanvragen.
}
queue-overdue = { $count ->
    [0] Geen te laat.
    [one] { $count } te laat.
   *[other] { $count } te laat.
}
queue-col-promised = Antwoord beloofd
queue-late = te laat

## Afspraken
person-appointments = Afspraken
person-appointments-none = Geen afspraak.
person-appointment-new = Een afspraak maken
appointment-new-title = Een afspraak maken
appointment-new-for = Voor { $name }.
appointment-worker = Met wie
appointment-worker-missing = Kies met wie
appointment-date = Datum
appointment-time = Uur
appointment-time-hint = Bijvoorbeeld 10:00 of 14u30
appointment-duration = Duur
appointment-minutes = { $minutes } minuten
appointment-place = Waar
appointment-place-site = In onze gebouwen
appointment-place-phone = Telefonisch
appointment-place-home = Bij de persoon thuis
appointment-site = Locatie
appointment-site-missing = Kies een locatie
appointment-room = Bureau of zaal
appointment-room-hint = Niet verplicht. Zo komen er geen twee afspraken in dezelfde zaal.
appointment-bring = Wat meebrengen
appointment-bring-hint = Bijvoorbeeld: identiteitskaart, laatste energiefactuur
appointment-create = Afspraak opslaan
appointment-date-invalid = Geef een datum die bestaat, bijvoorbeeld 7 4 2026
appointment-time-invalid = Geef een uur, bijvoorbeeld 10:00
appointment-in-the-past = Deze datum en dit uur zijn al voorbij
appointment-clash-worker = Al een afspraak op dat moment: { $span }
appointment-clash-room = De zaal is al bezet: { $span }
appointment-title = Afspraak
appointment-status-is = Stand: { $status }
appointment-status-planned = gepland
appointment-status-arrived = de persoon is er
appointment-status-done = gedaan
appointment-status-cancelled = geannuleerd
appointment-status-missed = de persoon is niet gekomen
appointment-print-card = Kaartje voor op de koelkast afdrukken
appointment-reminders = Geplande herinneringen
appointment-reminders-none = Geen herinnering: de contactvoorkeuren laten er geen toe.
appointment-reminder-line = { $when }
appointment-call-line = De persoon bellen op { $day }
appointment-what-happened = Wat er gebeurde
appointment-no-penalty = Een gemiste afspraak wordt genoteerd, zonder enig gevolg voor de persoon.
appointment-mark-arrived = De persoon is er
appointment-mark-done = Afspraak gedaan
appointment-mark-missed = De persoon is niet gekomen
appointment-mark-cancelled = Geannuleerd
card-title = Afsprakenkaartje
card-back = Terug naar de afspraak
card-print-hint = Druk af op A5 (of A4 dubbelgevouwen) met Ctrl+P.
card-heading = Uw afspraak
card-time = om { $time }
card-with = Met: { $worker }
card-where-site = Waar: { $address }
card-where-phone = Wij bellen u op.
card-where-home = Bij u thuis.
card-room = Bureau: { $room }
card-bring = Meebrengen: { $things }
card-cancel = Om te annuleren of te wijzigen: { $phone }

## Vandaag
nav-today = Vandaag
today-title = Vandaag aan het loket
today-appointments = Afspraken van vandaag
today-appointments-none = Vandaag geen afspraken voor uw teams.
today-calls = Terug te bellen personen
today-calls-none = Vandaag niemand terug te bellen.
today-call-about = Om te herinneren aan de afspraak van { $when }.
today-call-done = Gebeld
today-walk-ins = Zonder afspraak binnengekomen
today-walk-ins-none = Niemand wacht.
today-walk-in-label = Om de persoon te herkennen
today-walk-in-hint = Niet verplicht: een voornaam of een paar woorden.
today-walk-in-give = Een volgnummer geven
today-ticket-given = Volgnummer { $ticket }.
today-ticket = Nummer
today-arrived-at = Aangekomen om
today-call-ticket = Oproepen
today-ticket-called = Opgeroepen.
today-ticket-done = Klaar

## Een dossier wijzigen
identity-title = Identiteit van { $name }
identity-niss-hint = Niet verplicht. 11 cijfers, bijvoorbeeld 85.07.30-033.28. Maak het veld leeg om het nummer te verwijderen: het blijft in de geschiedenis hieronder.
identity-niss-taken = Dit nummer staat al in het dossier van { $name }. Gaat het om dezelfde persoon, voeg dan liever de twee dossiers samen.
identity-niss-taken-open = Het dossier van { $name } openen
identity-niss-taken-hidden = Dit nummer staat al in een ander dossier, dat u niet kunt openen. Controleer het nummer; als het juist is, vraag de coördinatie om beide dossiers na te kijken.
identity-save = Opslaan
identity-history-title = Rijksregisternummers van dit dossier
identity-history-none = Nog geen rijksregisternummer geregistreerd.
identity-history-recorded = geregistreerd op { $date }
identity-history-current = (huidig nummer)
phones-title = Telefoonnummers van { $name }
phones-none = Dit dossier heeft geen telefoonnummer.
phones-order-hint = Probeer eerst het eerste nummer.
phones-add-title = Een nummer toevoegen
phones-kind = Soort telefoon
phones-kind-guess = Volgens het nummer (04… = gsm)
phones-kind-mobile = Gsm
phones-kind-landline = Vaste lijn
phones-add = Dit nummer toevoegen
emails-title = E-mailadressen van { $name }
emails-none = Dit dossier heeft geen e-mailadres.
emails-order-hint = Gebruik eerst het eerste adres. Meerdere mensen kunnen hetzelfde adres delen.
emails-add-title = Een e-mailadres toevoegen
emails-holder = Van wie is dit adres?
emails-holder-hint = Laat leeg als het het adres van de persoon zelf is. Bijvoorbeeld: haar zoon
emails-add = Dit adres toevoegen
lines-up = Omhoog
lines-remove = Verwijderen
person-identity-change = Naam, geboortedatum of rijksregisternummer wijzigen
person-phones-change = Telefoonnummers toevoegen, verwijderen of ordenen
person-emails-change = E-mailadressen toevoegen, verwijderen of ordenen

## Coördinatie: antwoordtermijnen, thema's, sluitingsdagen
nav-response-times = Antwoordtermijnen
nav-topics = Thema's
home-response-times = Beloofde antwoordtermijnen per dienst
home-topics = Eigen thema's van onze organisatie
settings-times-title = Antwoordtermijnen
settings-times-intro = De datum die de persoon beloofd wordt, valt zoveel werkdagen na de aankomst van de aanvraag. Weekends, feestdagen en sluitingsdagen van de vestiging tellen niet mee.
settings-times-no-service = Nog geen dienst: een beheerder moet ze eerst aanmaken.
settings-times-days = { $count ->
    [one] { $count } werkdag
   *[other] { $count } werkdagen
}
settings-times-change = Wijzigen
settings-times-change-of = Termijnen wijzigen: { $service }
settings-times-hint = In werkdagen, van 0 tot 120. Een dringende aanvraag mag niet langer wachten dan een normale, en een normale niet langer dan een die kan wachten.
settings-times-urgent = Dringend (werkdagen)
settings-times-normal = Normaal (werkdagen)
settings-times-can-wait = Kan wachten (werkdagen)
settings-times-save = Termijnen opslaan
settings-times-saved = Termijnen opgeslagen voor { $service }. Ze gelden voor nieuwe aanvragen.
settings-times-not-a-number = { $urgency }: geef een geheel aantal werkdagen, van 0 tot 120
settings-times-urgent-longer = Een dringende aanvraag mag niet langer wachten dan een normale: maak de dringende termijn korter of de normale langer
settings-times-normal-longer = Een normale aanvraag mag niet langer wachten dan een die kan wachten: maak de normale termijn korter of de andere langer
settings-topics-title = Thema's van aanvragen
settings-topics-intro = Elke aanvraag krijgt een thema. De gemeenschappelijke lijst (data·inclusion) staat er altijd; voeg hier de thema's toe die eigen zijn aan uw organisatie. Een gearchiveerd thema wordt niet meer aangeboden, maar oude aanvragen houden het.
request-topic-ours = Thema's van onze organisatie
settings-topics-none = Nog geen thema toegevoegd.
settings-topics-label-fr = Naam in het Frans
settings-topics-label-nl = Naam in het Nederlands
settings-topics-label-en = Naam in het Engels
settings-topics-state = Stand
settings-topics-is-active = Aangeboden
settings-topics-is-archived = Gearchiveerd
settings-topics-archive = Archiveren
settings-topics-restore = Opnieuw aanbieden
settings-topics-add = Een thema toevoegen
settings-topics-add-hint = Geef minstens één naam. In een taal zonder naam wordt de andere naam getoond.
settings-topics-add-button = Thema toevoegen
settings-topics-added = Thema toegevoegd. Het wordt aangeboden in het aanvraagformulier.
settings-topics-archived = Thema gearchiveerd. Het wordt niet meer aangeboden voor nieuwe aanvragen.
settings-topics-restored = Het thema wordt opnieuw aangeboden.
settings-topics-label-missing = Geef het thema een naam, in minstens één taal
settings-topics-label-long = De naam is te lang: hoogstens 80 tekens
settings-topics-exists = Dit thema bestaat al: { $topic }
settings-topics-exists-archived = Dit thema bestaat al maar is gearchiveerd: { $topic }. Bied het opnieuw aan in plaats van het opnieuw te maken
appointment-public-holiday = Op { $day } is het een feestdag ({ $holiday }): de vestiging is gesloten. Kies een andere dag
appointment-site-closed-day = De vestiging is gesloten op { $day }. Kies een andere dag
appointment-site-closed-because = De vestiging is gesloten op { $day } ({ $reason }). Kies een andere dag
holiday-new-year = Nieuwjaar
holiday-easter-monday = Paasmaandag
holiday-labour-day = Dag van de Arbeid
holiday-ascension = Hemelvaart
holiday-whit-monday = Pinkstermaandag
holiday-national-day = nationale feestdag
holiday-assumption = Onze-Lieve-Vrouw-Hemelvaart
holiday-all-saints = Allerheiligen
holiday-armistice = Wapenstilstand
holiday-christmas = Kerstmis
## Logboek
note-journal = Logboek
note-journal-of = Logboek van { $name }
note-none = Geen notities om te tonen.
note-add = Een notitie toevoegen
note-see-all = Het hele logboek bekijken
note-added = De notitie is opgeslagen.
note-private = Privénotitie
note-tags = Trefwoorden:
note-about-request = Aanvraag:
note-author-gone = Verwijderd account
note-filter-label = Kiezen welke notities u ziet
note-filter-all = Alle notities
note-filter-tag = Notities met het trefwoord ‘{ $tag }’.
note-filter-clear = Alle notities bekijken
note-compartment-administrative = Administratief
note-compartment-social = Sociaal
note-compartment-health = Gezondheid
note-compartment-digital = Digitale hulp
note-new-title = Nieuwe notitie
note-new-for = Voor { $name }. Alleen de tekst is verplicht.
note-body = Notitie
note-body-hint = Schrijf vrij, in uw eigen woorden.
note-body-missing = Schrijf de tekst van de notitie
note-body-too-long = Deze notitie is te lang: hoogstens 20 000 tekens
note-compartment-legend = Wie mag deze notitie lezen?
note-choice-administrative = Administratief: de maatschappelijk werkers en zorgverleners van de teams die de persoon volgen
note-choice-social = Sociaal: de maatschappelijk werkers van de teams die de persoon volgen
note-choice-health = Gezondheid: de zorgverleners van de teams die de persoon volgen
note-choice-digital = Digitale hulp: de maatschappelijk werkers en zorgverleners van de teams die de persoon volgen
note-compartment-missing = Kies wie deze notitie mag lezen
note-tags-label = Trefwoorden
note-tags-hint = Niet verplicht. Scheid ze met komma's, bijvoorbeeld: huur, energie
note-tags-too-many = Gebruik hoogstens 10 trefwoorden
note-tags-too-long = Een trefwoord mag niet langer zijn dan 40 tekens
note-request = Over welke aanvraag
note-request-none = Geen bepaalde aanvraag
note-request-unknown = Kies een van de aanvragen van deze persoon
note-private-legend = Privénotitie
note-private-hint = Niemand anders kan ze lezen, ook niet in uw team.
note-private-choice = Alleen voor mij
note-save = De notitie opslaan
note-request-notes = Notities over deze aanvraag
note-add-for-request = Een notitie over deze aanvraag toevoegen
## Gezin en dossiers samenvoegen
household-title = Gezin van { $name }
household-members = Gezin en familie
household-none = Er is nog geen gezinslid aan dit dossier gekoppeld.
household-change = Een gezinslid toevoegen of verwijderen
household-hidden-member = Iemand van wie u het dossier niet kunt openen
household-relation-column = Band
household-person-column = Persoon
household-actions-column = Acties
household-remove = Koppeling verwijderen
household-add-title = Een andere persoon koppelen
household-search-label = Zoek de persoon om te koppelen
household-search-none = Geen andere persoon gevonden. Die moet een dossier hebben dat u kunt openen.
household-choose = Welke persoon?
household-relation = Wie is deze persoon voor { $name }?
household-relation-choose = Kiezen
household-link = De twee dossiers koppelen
household-linked = De koppeling is bewaard.
household-removed = De koppeling is verwijderd.
household-choose-missing = Kies de persoon om te koppelen
household-relation-missing = Kies de band tussen de twee personen
household-already-linked = Deze twee personen zijn al gekoppeld
household-not-oneself = Iemand kan niet aan zichzelf gekoppeld worden
household-rel-partner = Partner
household-rel-child = Kind
household-rel-parent = Ouder
household-rel-sibling = Broer of zus
household-rel-other-relative = Ander familielid
household-rel-lives-with = Woont onder hetzelfde dak, geen familie
merge-start = Heeft deze persoon nog een dossier? De twee dossiers samenvoegen
merge-title = Nog een dossier voor { $name }?
merge-intro = Werd dezelfde persoon twee keer ingevoerd, zoek dan het andere dossier. U ziet de twee dossiers naast elkaar voor u beslist.
merge-search-label = Zoek het andere dossier
merge-search-none = Geen ander dossier gevonden bij de dossiers die u kunt openen.
merge-choose = Welk dossier is dezelfde persoon?
merge-compare = De twee dossiers vergelijken
merge-choose-missing = Kies het andere dossier van de persoon
merge-same-file = Dit is hetzelfde dossier: kies het andere dossier van de persoon
merge-confirm-title = Is dit dezelfde persoon?
merge-table-caption = De twee dossiers naast elkaar
merge-kept = Dossier dat blijft
merge-merged = Dossier dat samengevoegd en daarna verwijderd wordt
merge-name = Naam
merge-which-kept = Het oudste dossier blijft: { $name }.
merge-what-happens = Alles uit het andere dossier gaat ernaartoe: telefoons, e-mailadressen, aanvragen, afspraken, gezinsleden en de teams die de persoon volgen. Daarna wordt het andere dossier verwijderd. Dit kan niet ongedaan gemaakt worden.
merge-submit = De twee dossiers samenvoegen
merge-cancel = Het is niet dezelfde persoon: niets doen
merge-different-niss = Deze twee dossiers hebben elk een ander rijksregisternummer: het zijn twee verschillende personen. Ze zijn niet samengevoegd.
merge-done = De twee dossiers zijn nu één dossier.

## Person's rights: report, export, erasure
person-rights-title = De rechten van de persoon
person-rights-report = Het verslag "Wat we over u weten" afdrukken
person-rights-export = Alle gegevens downloaden (JSON-bestand)
person-rights-erase = De gegevens van de persoon wissen
person-anonymised = Dit dossier is geanonimiseerd op { $date }. Alleen het onderwerp, de status en de data van de aanvragen blijven over.
person-erased = De gegevens zijn gewist op { $date }. Alleen het onderwerp, de status en de data van de aanvragen blijven over.
report-page-title = Verslag voor de persoon
report-back = Terug naar het dossier
report-print-hint = Druk deze pagina af met de afdrukopdracht van de browser (Ctrl+P) en geef ze aan de persoon. Ze is geschreven in de taal van de persoon.
report-title = Wat we over u weten
report-anonymised = Uw dossier is geanonimiseerd: we kennen uw naam niet meer.
report-name = Uw naam: { $name }.
report-usual-name = De naam die u gebruikt: { $name }.
report-birth = Uw geboortedatum: { $date }.
report-birth-unknown = We kennen uw geboortedatum niet.
report-niss = Uw rijksregisternummer: { $number }.
report-niss-earlier = Op { $date } noteerden we ook dit rijksregisternummer: { $number }.
report-phone = Uw telefoon: { $number }.
report-phone-of = Een telefoon om u te bereiken: { $number } ({ $holder }).
report-email = Uw e-mailadres: { $address }.
report-email-of = Een e-mailadres om u te bereiken: { $address } ({ $holder }).
report-address = Uw adres: { $address }.
report-address-unknown = We hebben uw adres niet.
report-contact = Hoe u wilt dat we contact met u opnemen:
report-household = In uw gezin: { $name } ({ $relation }).
report-household-hidden = In uw gezin: één persoon ({ $relation }). Het dossier van die persoon wordt door een ander team bijgehouden.
report-request = Uw aanvraag "{ $topic }", gedaan op { $date }. De referentie: { $reference }.
report-request-status = Hoe ver ze staat: { $status }. Team: { $team }.
report-appointment = Afspraak op { $date }: { $status }.
report-note = Notitie van { $date } ({ $kind }):
report-compartment-administrative = papieren
report-compartment-social = sociale hulp
report-compartment-health = gezondheid
report-compartment-digital = digitale hulp
report-notes-kept-health = { $count ->
    [one] { $count } notitie over gezondheid, bijgehouden door het zorgteam.
   *[other] { $count } notities over gezondheid, bijgehouden door het zorgteam.
}
report-notes-kept-social = { $count ->
    [one] { $count } sociale notitie, bijgehouden door het sociale team.
   *[other] { $count } sociale notities, bijgehouden door het sociale team.
}
report-notes-kept-administrative = { $count ->
    [one] { $count } notitie over uw papieren, bijgehouden door het sociale team en het zorgteam.
   *[other] { $count } notities over uw papieren, bijgehouden door het sociale team en het zorgteam.
}
report-notes-kept-digital = { $count ->
    [one] { $count } notitie over digitale hulp, bijgehouden door het sociale team en het zorgteam.
   *[other] { $count } notities over digitale hulp, bijgehouden door het sociale team en het zorgteam.
}
report-why-title = Waarom we het bijhouden
report-why-help = We houden uw dossier bij om uw aanvragen te beantwoorden en uw situatie op te volgen.
report-why-teams = Alleen de teams die u volgen, kunnen het openen.
report-keep-files = Als uw dossier gesloten is, halen we uw naam eruit { $duration } na de laatste activiteit.
report-keep-log = We houden de lijst van wie uw dossier bekeek { $duration } bij.
report-keep-messages = We houden de berichten die we u stuurden { $duration } bij.
report-keep-walk-ins = We houden de woorden die aan het onthaal van de wachtzaal genoteerd zijn { $duration } bij.
duration-years = { $n } jaar
duration-months = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
report-since-title = Sinds wanneer
report-since-opened = Uw dossier werd geopend op { $date }.
report-since-team = { $team } volgt u sinds { $date }.
report-looked-title = Wie uw dossier bekeek
report-looked-none = Er is nog niemand genoteerd.
report-looked-reason = Opgegeven reden: { $reason }
report-consents-title = Uw toestemmingen
report-consents-none = U gaf geen toestemming die we noteerden.
report-consent-given = { $purpose }: u zei ja op { $when }.
report-consent-withdrawn = U trok ze in op { $when }.
report-purpose-sms = Herinneringen per sms
report-purpose-email = Berichten per e-mail
report-purpose-share = Uw dossier delen met een andere dienst
report-purpose-health = Gegevens over uw gezondheid bijhouden
report-purpose-other = Een ander gebruik
report-how-desk = gezegd aan het onthaal
report-how-paper = op papier ondertekend
report-how-phone = per telefoon
report-how-email = per e-mail
report-how-other = op een andere manier
report-rights-title = Uw rechten
report-rights-see = U kunt dit verslag altijd vragen.
report-rights-correct = Klopt er iets niet? Zeg het aan het onthaal. We verbeteren het.
report-rights-erase = U kunt ons vragen uw gegevens te wissen. Sommige gegevens moeten we volgens de wet bijhouden. We zeggen u welke.
report-rights-complaint = U kunt klacht indienen bij de Gegevensbeschermingsautoriteit (Autorité de protection des données).
erase-title = De gegevens wissen
erase-back = Terug naar het dossier
erase-heading = De gegevens van { $name } wissen
erase-already = Dit dossier is al geanonimiseerd. Er valt niets meer te wissen.
erase-blocked-title = Dit dossier kan nu niet gewist worden.
erase-blocked-requests = { $count ->
    [one] Er is { $count } lopende aanvraag.
   *[other] Er zijn { $count } lopende aanvragen.
}
erase-blocked-appointments = { $count ->
    [one] Er is { $count } komende afspraak.
   *[other] Er zijn { $count } komende afspraken.
}
erase-blocked-why = Zolang een procedure loopt, hebben we de naam en de contactgegevens van de persoon nodig om hem of haar te bereiken en te beslissen.
erase-blocked-what-to-do = Wat te doen: sluit de aanvragen af (afgehandeld, doorverwezen of ingetrokken) en annuleer de afspraken, met het akkoord van de persoon. Kom daarna terug naar deze pagina.
erase-refused = Dit dossier kan nu niet gewist worden: zie hieronder waarom.
erase-will-title = Wat gewist wordt
erase-will-identity = De namen, de geboortedatum, het rijksregisternummer en de geschiedenis ervan.
erase-will-contact = De telefoons, de e-mailadressen, het adres, de contactvoorkeuren en de taal.
erase-will-notes = Alle notities van het logboek.
erase-will-household = De banden met de gezinsleden.
erase-will-consents = De toestemmingen.
erase-will-messages = De berichten die wachten op verzending of al verzonden zijn.
erase-kept-title = Wat bewaard moet blijven, en waarom
erase-kept-requests = De aanvragen behouden hun onderwerp, status, team en data, zonder de beschrijving: een OCMW moet dossiers van maatschappelijke hulp bewaren gedurende de wettelijke termijn.
erase-kept-appointments = De afspraken behouden hun datum en status, om dezelfde reden.
erase-kept-log = De lijst van wie het dossier bekeek, blijft volledig bewaard: ze is het bewijs van elke toegang en wordt gewist volgens haar eigen bewaarregel.
erase-reason = Waarom worden de gegevens gewist?
erase-reason-hint = Bijvoorbeeld: de persoon vroeg het vandaag aan het onthaal.
erase-reason-missing = Schrijf waarom de gegevens gewist worden
erase-confirm = Bevestiging
erase-confirm-hint = Typ { $word } om te bevestigen. Dit kan niet ongedaan gemaakt worden.
erase-confirm-wrong = Typ het bevestigingswoord precies
erase-word = WISSEN
erase-submit = De gegevens wissen

## retention
nav-retention = Bewaring
home-dpo-retention = Hoe lang gegevens bewaard worden, en de opschoning
retention-title = Hoe lang gegevens bewaard worden
retention-intro = Elk soort gegeven wordt een aantal maanden bewaard en daarna geanonimiseerd, verwijderd of gewist door de opschoning die elke nacht om 2.30 uur loopt. Typ hele maanden (12 maanden = 1 jaar).
retention-closed-files = Afgesloten dossiers: anonimiseren na (maanden)
retention-closed-files-hint = Een dossier zonder lopende aanvraag en zonder komende afspraak wordt zoveel maanden na de laatste activiteit geanonimiseerd: namen, geboortedatum, rijksregisternummer, adres, telefoons, e-mails, notities, gezinsbanden en toestemmingen worden verwijderd. De aanvragen blijven, zonder beschrijving, voor anonieme statistieken. Standaard: 120 maanden (10 jaar). Tussen 12 en 1200.
retention-access-log = Toegangslogboek: regels verwijderen na (maanden)
retention-access-log-hint = Wie welk dossier opende, en wanneer. Oudere regels worden verwijderd; de rest van het logboek kan nog altijd op wijzigingen gecontroleerd worden. Standaard: 60 maanden (5 jaar). Tussen 12 en 1200.
retention-sent-messages = Verstuurde berichten: tekst wissen na (maanden)
retention-sent-messages-hint = Berichten die al verstuurd of ingetrokken zijn, verliezen hun tekst en ontvanger; soort, kanaal en datums blijven. Standaard: 12 maanden. Tussen 1 en 1200.
retention-walk-in-labels = Onthaaltickets: kenmerk wissen na (maanden)
retention-walk-in-labels-hint = De paar woorden die aan het onthaal getypt worden om iemand die met een ticket wacht te herkennen. Standaard: 1 maand. Tussen 1 en 120.
retention-save = Regels opslaan
retention-saved = De bewaarregels zijn opgeslagen.
retention-error-not-months = { $what }: typ een heel aantal maanden, bijvoorbeeld 12
retention-error-too-short = { $what }: typ minstens { $count } maanden
retention-error-too-long = { $what }: typ hoogstens { $count } maanden
retention-preview-title = Als de opschoning nu liep
retention-preview-intro = Er is nog niets veranderd. Met de regels hierboven zou de opschoning dit doen:
retention-preview-when = De opschoning loopt vanzelf elke nacht om 2.30 uur. Ze kan ook gestart worden met het commando guichet purge (voeg --dry-run toe om alleen te zien wat zou verdwijnen).
retention-would-files = { $count ->
    [one] { $count } afgesloten dossier zou geanonimiseerd worden.
   *[other] { $count } afgesloten dossiers zouden geanonimiseerd worden.
}
retention-would-log = { $count ->
    [one] { $count } regel van het toegangslogboek zou verwijderd worden.
   *[other] { $count } regels van het toegangslogboek zouden verwijderd worden.
}
retention-would-messages = { $count ->
    [one] { $count } verstuurd bericht zou zijn tekst en ontvanger verliezen.
   *[other] { $count } verstuurde berichten zouden hun tekst en ontvanger verliezen.
}
retention-would-walk-ins = { $count ->
    [one] { $count } kenmerk van een onthaalticket zou gewist worden.
   *[other] { $count } kenmerken van onthaaltickets zouden gewist worden.
}
retention-did-files = { $count ->
    [one] { $count } afgesloten dossier geanonimiseerd.
   *[other] { $count } afgesloten dossiers geanonimiseerd.
}
retention-did-log = { $count ->
    [one] { $count } regel van het toegangslogboek verwijderd.
   *[other] { $count } regels van het toegangslogboek verwijderd.
}
retention-did-messages = { $count ->
    [one] { $count } verstuurd bericht gewist.
   *[other] { $count } verstuurde berichten gewist.
}
retention-did-walk-ins = { $count ->
    [one] { $count } kenmerk van een onthaalticket gewist.
   *[other] { $count } kenmerken van onthaaltickets gewist.
}
retention-file-numbers = Dossiernummers: { $ids }.
retention-history-title = Vorige opschoningen
retention-history-none = Er is nog geen opschoning gelopen.
retention-col-when = Wanneer
retention-col-kind = Soort
retention-col-what = Wat ze deed
retention-run-dry = Proef (niets veranderd)
retention-run-real = Opschoning
retention-anonymised-title = Geanonimiseerd dossier
retention-anonymised-back = Terug naar de startpagina

## consent
consents-title = Toestemmingen
consents-intro = { $name } beslist, doel per doel. Een toestemming kan altijd ingetrokken worden; dat geldt meteen.
consents-now = Nu
consents-purposes = Waarvoor elke toestemming dient
consents-withdraw-effect = Trekt de persoon de toestemming voor sms of e-mail in, dan worden de berichten die nog zo verstuurd moesten worden meteen tegengehouden, en gaan de herinneringen aan afspraken via de volgende manier van de lijst.
consents-record = Een toestemming of intrekking noteren
consents-history = Geschiedenis
consents-change = Een toestemming of intrekking noteren
consent-purpose = Welke toestemming?
consent-action = Wat zegt de persoon?
consent-how = Hoe heeft de persoon het u gezegd?
consent-save = Opslaan
consent-purpose-sms = Sms
consent-purpose-email = E-mails
consent-purpose-share-with-services = Delen met een andere dienst
consent-purpose-health-data = Gezondheidsnotities
consent-explain-sms = Sms: herinneringen aan afspraken en berichten per sms op de gsm.
consent-explain-email = E-mails: berichten per e-mail, bijvoorbeeld om te zeggen dat een aanvraag goed ontvangen is.
consent-explain-share-with-services = Delen met een andere dienst: als we de persoon naar een andere dienst sturen, geven we alleen door wat die dienst nodig heeft.
consent-explain-health-data = Gezondheidsnotities: zorgverleners mogen noteren wat de persoon hun over de gezondheid vertelt.
consent-how-desk = mondeling aan het onthaal
consent-how-paper = op een ondertekend papier
consent-how-phone = per telefoon
consent-how-email = per e-mail
consent-action-give = Akkoord (toestemming geven)
consent-action-withdraw = Niet meer akkoord (toestemming intrekken)
consent-given = gegeven op { $date }, { $how }
consent-withdrawn = ingetrokken op { $date }, { $how }
consent-none = nog niet gevraagd
consent-line = { $purpose }: { $state }
consent-notice-sms-withdrawn = Sms werd gekozen, maar de persoon heeft de toestemming op { $date } ingetrokken: er wordt geen sms verstuurd.
consent-notice-email-withdrawn = E-mail werd gekozen, maar de persoon heeft de toestemming op { $date } ingetrokken: er wordt geen e-mail verstuurd.
consent-notice-sms-missing = Sms werd gekozen, maar er is geen toestemming van de persoon genoteerd: er wordt geen sms verstuurd.
consent-notice-email-missing = E-mail werd gekozen, maar er is geen toestemming van de persoon genoteerd: er wordt geen e-mail verstuurd.
consent-purpose-missing = Kies de toestemming
consent-action-missing = Kies of de persoon de toestemming geeft of intrekt
consent-how-missing = Kies hoe de persoon het u gezegd heeft
consent-not-given = Deze toestemming is nu niet gegeven: er is niets in te trekken.
contact-consent-hint = Vink een vakje alleen aan als de persoon nu ja zegt. Sms of e-mail kiezen als manier om de persoon te bereiken noteert geen toestemming, en de manieren veranderen trekt er nooit een in: een intrekking noteert u op de pagina van de toestemmingen.

## Break-glass and access log
nav-access-log = Toegangslogboek
nav-break-glass = Dossiers geopend met een reden
home-dpo-access-log = Het toegangslogboek lezen: wie welk dossier opende, en wanneer
home-dpo-break-glass = De dossiers bekijken die met een reden werden geopend
person-why-break-glass = U hebt dit dossier geopend met een reden, tot { $until }.
break-glass-offer = Dit dossier openen met een reden
break-glass-title = Een dossier openen met een reden
break-glass-file = Dossiernummer { $number }
break-glass-intro = Geen enkel team van u begeleidt deze persoon. Als u dit dossier nodig hebt voor uw werk, schrijf dan waarom u het opent.
break-glass-logged = Uw toegang wordt in het toegangslogboek geschreven, met uw naam en uw reden.
break-glass-duration = U kunt het dossier 24 uur lezen. Daarna sluit het weer.
break-glass-shown = De functionaris voor gegevensbescherming ziet uw reden, en de persoon ook wanneer die vraagt wat er over hem of haar wordt bewaard.
break-glass-reason = Waarom moet u dit dossier openen?
break-glass-reason-hint = Bijvoorbeeld: de persoon staat aan het loket en de maatschappelijk werker is afwezig. Minstens 10 tekens.
break-glass-reason-missing = Schrijf waarom u dit dossier moet openen
break-glass-reason-too-short = Schrijf wat meer: minstens 10 tekens
break-glass-reason-too-long = De reden is te lang: hoogstens 2000 tekens
break-glass-submit = Het dossier openen
break-glass-cancel = Niet openen: terug naar de startpagina
access-action-read = Gelezen
access-action-print = Afgedrukt
access-action-export = Geëxporteerd
access-action-erase = Gewist
access-action-break-glass = Geopend met een reden
access-action-other = Andere
access-log-title = Toegangslogboek
access-log-intro = Telkens een personeelslid het dossier van een persoon leest, afdrukt of exporteert, wordt dat hier geschreven. Het logboek kan niet worden gewijzigd: guichet verify-log ziet elke wijziging.
access-log-person = Dossiernummer
access-log-person-hint = Laat leeg om alle dossiers te zien.
access-log-person-invalid = Typ een dossiernummer, alleen cijfers
access-log-action = Wat er gebeurde
access-log-action-all = Alles
access-log-filter = Tonen
access-log-latest = Laatste regels
access-log-none = Geen regels.
access-log-col-when = Wanneer
access-log-col-who = Wie
access-log-col-file = Dossier
access-log-col-action = Wat er gebeurde
access-log-col-what = Wat er werd bekeken
access-log-col-reason = Reden
access-log-account-gone = Account verwijderd
access-log-see-break-glass = De dossiers bekijken die met een reden werden geopend
break-glass-list-title = Dossiers geopend met een reden
break-glass-list-intro = Personeelsleden die een dossier openden dat geen enkel team van hen begeleidt, met de reden die ze schreven. Nieuwste eerst.
break-glass-list-none = Er werd geen dossier met een reden geopend.
break-glass-col-opened = Geopend op
break-glass-col-until = Tot
break-glass-list-see-log = Terug naar het toegangslogboek

## calendar
appointment-ics = Toevoegen aan een agenda (.ics-bestand)
ics-summary = Afspraak: { $site }
feed-name = Mijn afspraken (guichet)
feed-summary = Afspraak nr. { $number }
feed-phone = Telefonisch
feed-home = Huisbezoek
account-calendar-title = Mijn agenda op gsm of computer
account-calendar-intro = Een privélink toont uw afspraken in uw agenda-app, alleen om te lezen. U ziet het uur, de plaats en het nummer van de afspraak, nooit de naam van de persoon.
account-calendar-make = Mijn agendalink maken
account-calendar-renew = Een nieuwe link maken (de oude stopt)
account-calendar-stop = Mijn agendalink stoppen
account-calendar-link = Uw agendalink
account-calendar-link-hint = Kopieer hem nu in uw agenda-app („abonneren op een agenda”). Hij wordt niet meer getoond. Deel hem niet.
account-calendar-made = Uw agendalink is klaar.
account-calendar-since = U hebt een agendalink sinds { $date }.
account-calendar-stopped = Uw agendalink werkt niet meer.

## paper tray
nav-paper-tray = Post te versturen
tray-title = Post te versturen
tray-intro = De brieven van vandaag worden samen afgedrukt, in één pdf-bestand, voor vensterenveloppen. Zijn ze op de post, zeg het dan hier: dan tellen ze als verstuurd.
tray-kind-acknowledgement = ontvangstbevestiging
tray-kind-reminder = herinnering aan een afspraak
tray-kind-letter = brief
tray-batch-title = Afdruk voorbereid op { $made }
tray-batch-count = { $count ->
    [one] { $count } brief om in een enveloppe te steken.
   *[other] { $count } brieven om in een enveloppe te steken.
}
tray-batch-withdrawn = { $count ->
    [one] { $count } brief is na het afdrukken geannuleerd: haal hem uit de stapel.
   *[other] { $count } brieven zijn na het afdrukken geannuleerd: haal ze uit de stapel.
}
tray-take-out = eruit halen, niet versturen
tray-print = De brieven afdrukken (pdf)
tray-mark-posted = Deze brieven zijn op de post
tray-posted = { $count ->
    [one] { $count } brief is genoteerd als verstuurd.
   *[other] { $count } brieven zijn genoteerd als verstuurd.
}
tray-waiting-title = Vandaag af te drukken
tray-waiting-none = Vandaag zijn er geen brieven af te drukken.
tray-waiting-count = { $count ->
    [one] { $count } brief wacht om afgedrukt te worden.
   *[other] { $count } brieven wachten om afgedrukt te worden.
}
tray-make-batch = Het afdrukken voorbereiden
tray-coming = { $count ->
    [one] { $count } andere brief staat gepland voor de volgende dagen.
   *[other] { $count } andere brieven staan gepland voor de volgende dagen.
}
## outbox
person-undelivered-title = Niet afgeleverde berichten
person-undelivered-intro = Deze berichten konden niet worden afgeleverd. Verwittig de persoon op een andere manier.
person-undelivered-line = { $what } via { $channel }: niet afgeleverd
message-kind-acknowledgement = Ontvangstbevestiging
message-kind-reminder = Herinnering aan een afspraak
message-kind-other = Bericht
## message templates
home-templates = Teksten van de berichten aan personen
tpl-list-title = Teksten van de berichten
tpl-list-intro = De teksten die guichet naar personen stuurt: ontvangstbevestiging, afspraken, kaartje voor de koelkast, doorverwijsbrief. U kunt ze aanpassen. De leesbaarheid wordt berekend op een voorbeeld.
tpl-col-kind = Bericht
tpl-col-variant = Versie
tpl-col-language = Taal
tpl-col-state = Tekst
tpl-col-band = Leesbaarheid
tpl-col-action = Actie
tpl-change = Wijzigen
tpl-back = Terug naar de lijst van teksten
tpl-kind-acknowledgement = Ontvangstbevestiging
tpl-kind-appointment-confirmation = Bevestiging van een afspraak
tpl-kind-appointment-reminder = Herinnering aan een afspraak
tpl-kind-fridge-card = Kaartje voor de koelkast
tpl-kind-orientation-slip = Doorverwijsbrief
tpl-kind-referral-answer = Antwoord op een doorverwijzing
tpl-variant-standard = Standaard
tpl-variant-easy-read = Makkelijk te lezen
tpl-variant-sms = Sms
tpl-state-edited = Aangepast door uw organisatie
tpl-state-shipped = Oorspronkelijke tekst
tpl-state-fallback = Oorspronkelijke tekst (in het Frans)
tpl-state-fallback-long = Deze tekst bestaat nog niet in deze taal: dit is de Franse tekst. U kunt hem hier vertalen.
tpl-band-easy = makkelijk
tpl-band-fairly-easy = vrij makkelijk
tpl-band-standard = gemiddeld
tpl-band-difficult = moeilijk
tpl-band-none = geen meting in deze taal
tpl-edit-title = Een tekst wijzigen
tpl-edit-heading = { $kind } — { $variant }
tpl-subject = Onderwerp
tpl-body = Tekst
tpl-body-hint = Zet woorden tussen dubbele accolades, bijvoorbeeld {"{{"} name {"}}"}, om ze te vervangen door de gegevens van de persoon.
tpl-variables = Wat u kunt gebruiken
tpl-preview-button = Voorbeeld bekijken
tpl-save-button = Opslaan
tpl-reset-button = Terug naar de oorspronkelijke tekst
tpl-preview-title = Voorbeeld
tpl-preview-hint = Met verzonnen voorbeeldgegevens.
tpl-preview-not-saved = Alleen een voorbeeld: er is nog niets opgeslagen.
tpl-saved = Tekst opgeslagen. De volgende berichten gebruiken hem.
tpl-reset-done = De oorspronkelijke tekst is terug.
tpl-meter-title = Leesbaarheid
tpl-meter-band = Deze tekst is { $band } om te lezen.
tpl-meter-score = Score: { $score } (70 of meer: makkelijk)
tpl-meter-sentences = { $count ->
    [one] { $count } zin
   *[other] { $count } zinnen
}
tpl-meter-words = { $count ->
    [one] { $count } woord
   *[other] { $count } woorden
}
tpl-meter-hint = Een tekst wordt makkelijker met korte zinnen, één idee per regel, en korte, bekende woorden.
tpl-meter-none = Geen leesbaarheidsmeting voor het Duits: laat de tekst nalezen.
tpl-sms-title = Lengte van de sms
tpl-sms-count = { $count ->
    [one] { $count } sms
   *[other] { $count } sms'en
}
tpl-sms-plain = { $count }, zonder bijzonder teken.
tpl-sms-because = { $count }, door het teken „{ $character }".
tpl-sms-left = { $count ->
    [one] Nog { $count } teken tot de volgende sms.
   *[other] Nog { $count } tekens tot de volgende sms.
}
tpl-sms-hint = Een sms telt 160 tekens. Sommige tekens (ê, ë, ç, emoji…) verkleinen dat tot 70.
tpl-error-empty = Schrijf de tekst van het bericht
tpl-error-unknown = Regel { $line }: „{ $name }" bestaat niet voor dit bericht. Gebruik een woord uit de lijst „Wat u kunt gebruiken".
tpl-error-syntax = Regel { $line }: een accolade of een opdracht is verkeerd geschreven ({ $detail }).
tpl-error-too-much = Regel { $line }: de tekst vraagt te veel werk (een lus zonder einde?).
tpl-error-other = Regel { $line }: de tekst kan niet ingevuld worden ({ $detail }).
tpl-error-in-subject = In het onderwerp: { $problem }
tpl-var-name = de naam van de persoon
tpl-var-topic = het onderwerp van de aanvraag
tpl-var-service = de dienst die de aanvraag behandelt
tpl-var-promised-date = de beloofde antwoorddatum, voluit
tpl-var-promised-date-short = de beloofde antwoorddatum, in cijfers (16/03/2026)
tpl-var-phone = ons telefoonnummer
tpl-var-walk-in-hours = onze uren zonder afspraak
tpl-var-address = ons adres
tpl-var-organisation = de naam van uw organisatie
tpl-var-day = de dag van de afspraak, voluit
tpl-var-day-short = de dag van de afspraak, in cijfers (07/04/2026)
tpl-var-time = het uur van de afspraak
tpl-var-place = de plaats van de afspraak
tpl-var-with = de persoon die ontvangt
tpl-var-room = het bureau (kan leeg zijn)
tpl-var-what-to-bring = wat de persoon moet meebrengen (kan leeg zijn)
tpl-var-service-name = de dienst waar de persoon naartoe moet
tpl-var-service-address = het adres van die dienst
tpl-var-service-hours = de openingsuren van die dienst
tpl-var-service-phone = het telefoonnummer van die dienst
letter-date = { $date }
letter-contact-phone = Telefoon: { $phone }
letter-contact-walkin = Zonder afspraak: { $hours }
letter-contact-address = Adres: { $address }
letter-ref-appointment = Afspraak nr. { $number }
letter-ref-request = Aanvraag nr. { $number }

## staff messages
account-notices-title = Berichten van guichet voor mij
account-notices-intro = guichet kan u per e-mail verwittigen, bijvoorbeeld wanneer u een aanvraag toegewezen krijgt. Deze berichten bevatten nooit een naam of gegevens over een persoon. Buiten uw werkuren wachten ze: u krijgt niets 's avonds, in het weekend of op dagen dat u niet werkt.
account-notices-held = { $count ->
    [one] { $count } bericht wacht op uw volgende werkuren.
   *[other] { $count } berichten wachten op uw volgende werkuren.
}
account-notices-email = Mijn e-mailadres op het werk
account-notices-email-hint = Laat leeg om geen e-mail te krijgen.
account-notices-email-invalid = Schrijf een volledig e-mailadres, bijvoorbeeld voornaam.naam@ocmw.be.
account-notices-hours = Mijn werkuren
account-notices-hours-hint = Bijvoorbeeld: 8:30-12:00, 13:00-16:30. Laat leeg op dagen dat u niet werkt. Is alles leeg, dan kunnen berichten op elk uur komen.
account-notices-hours-col = Uren
account-notices-submit = Opslaan
account-notices-saved = Uw voorkeuren voor berichten zijn opgeslagen.
assigned-subject = U krijgt een aanvraag toegewezen (nr. { $number })
assigned-body = Dag { $worker },
    { $by } heeft u aanvraag nr. { $number } toegewezen.
    Open guichet om ze te bekijken: de wachtrij van uw team toont ze.
    Dit bericht bevat geen gegevens over de persoon.
appointment-confirm = Een bevestiging naar de persoon sturen
appointment-confirm-hint = Als de persoon niet aan het loket is: een brief, een e-mail of een sms volgens de manier waarop we de persoon bereiken, of een telefoontje van het loket als we de persoon telefonisch bereiken. Aan het loket drukt u beter de kaart voor de koelkast af.
appointment-card-pdf = Kaart voor de koelkast (pdf)
tray-kind-confirmation = bevestiging van een afspraak
nav-templates = Teksten van de berichten
person-rights-report-pdf = als pdf-brief voor een vensterenveloppe
queue-range = Aanvragen { $from } tot { $to } van { $total }
queue-pages = Pagina's van de wachtrij: { $team }
queue-previous = Vorige pagina
queue-next = Volgende pagina

# --- issue 12: registration, search, person page, inputs (lead) ---
field-too-long = { $field }: hoogstens { $max } tekens (deze tekst heeft er { $got }).
field-too-many-lines = { $field }: hoogstens { $max } regels (deze tekst heeft er { $got }).
field-control-character = { $field } bevat een onzichtbaar stuurteken (vaak geplakt uit een ander programma). Typ het opnieuw.
person-birth-not-a-number = Schrijf de geboortedatum in cijfers, bijvoorbeeld 30 / 7 / 1985, of alleen het jaar: 1985.
person-birth-incomplete = Een dag heeft zijn maand nodig, en een maand zijn jaar: bijvoorbeeld 30 / 7 / 1985, 7 / 1985 of alleen 1985.
person-birth-future = Deze geboortedatum ligt in de toekomst. Kijk het jaar na.
person-birth-too-long-ago = Dit jaar ligt voor 1880. Kijk het na, of laat de datum leeg.
person-birth-two-digit-year = Schrijf het jaar met zijn vier cijfers, bijvoorbeeld 1985.
person-niss-length = Een rijksregisternummer heeft 11 cijfers, bijvoorbeeld 85.07.30-033.28.
person-niss-date-part = Het datumdeel van dit rijksregisternummer (de eerste 6 cijfers) is niet mogelijk: kijk de maand en de dag na.
person-niss-birth-mismatch = Dit rijksregisternummer hoort bij iemand geboren { $number }, maar de geboortedatum zegt { $birth }. Kijk beide na.
person-niss-confirm = Beide kloppen zoals getypt (nummer en datum behouden)
person-phone-hint = Bijvoorbeeld 0470 12 34 56, 010/23.45.67 of +33 6 12 34 56 78.
person-agrees-sms = De persoon gaat akkoord om sms'en van ons te ontvangen
person-agrees-email = De persoon gaat akkoord om e-mails van ons te ontvangen
person-address-kind = Waar de post de persoon bereikt
person-address-none = Geen postadres (of nu niet)
person-walk-in = Komt naar het loket: we brengen de persoon op de hoogte als die langskomt
person-walk-in-hint = Voor iemand zonder telefoon of adres, of die liever langskomt.
person-trusted-name = Vertrouwenspersoon: naam
person-trusted-reach = Hoe de vertrouwenspersoon te bereiken
person-trusted-reach-hint = Een telefoonnummer of een adres. Bijvoorbeeld: haar buurvrouw, 0470 98 76 54
person-trusted-name-missing = Geef de naam van de vertrouwenspersoon
person-trusted-reach-missing = Zeg hoe de vertrouwenspersoon te bereiken is: een telefoon of een adres
contact-consent-legend = Waarmee de persoon akkoord gaat
contact-agrees-sms = De persoon gaat nu akkoord om sms'en te ontvangen
contact-agrees-email = De persoon gaat nu akkoord om e-mails te ontvangen
contact-agreed-sms = Sms: de persoon heeft toestemming gegeven.
contact-agreed-email = E-mails: de persoon heeft toestemming gegeven.
person-unprintable = Brieven kunnen niet afgedrukt worden zoals dit dossier geschreven is: geen lettertype van guichet heeft deze tekens van de naam of het adres: { $chars }. Schrijf ze anders (in Latijnse letters, bijvoorbeeld).
pref-channel-detail = { $channel }: { $detail }
person-actions = Wat te doen voor deze persoon
person-print-card = De kaart voor { $when } afdrukken
home-see-today = Vandaag aan het loket
persons-none-in-teams = Niemand gevonden in de dossiers die uw teams volgen.
persons-all-offer-title = Niet in de dossiers van uw teams?
persons-all-offer = In een noodgeval kunt u in alle dossiers van de organisatie zoeken, met een reden. U ziet alleen namen en geboortedata; de zoekopdracht en de reden worden genoteerd.
persons-all-submit = In alle dossiers zoeken, met deze reden
persons-all-title = In alle dossiers zoeken, met een reden
persons-all-back = Terug naar het zoeken in de dossiers van uw teams
persons-all-intro = Gebruik dit alleen als u een dossier nodig hebt dat geen van uw teams volgt, bijvoorbeeld om iemand in nood te helpen.
persons-all-shown = Van elk gevonden dossier worden alleen de naam en de geboortedatum getoond.
persons-all-logged = Elk gevonden dossier wordt met uw reden in het toegangslogboek genoteerd; de functionaris voor gegevensbescherming ziet het, en de persoon ook in zijn of haar overzicht.
persons-all-none = Geen enkel dossier van de organisatie komt overeen. U kunt de persoon registreren.
persons-all-open = Dit dossier openen met deze reden (24 uur)
persons-all-query-missing = Typ een naam, een telefoonnummer of een rijksregisternummer om te zoeken
similar-files-title = Gelijkaardige dossiers in andere teams
similar-files-saved = Uw keuze is bewaard.
similar-files-intro = Als het onthaal iemand registreert, zoekt guichet naar dossiers die dezelfde persoon kunnen zijn. Dossiers van andere teams worden nooit getoond; het onthaal kan te horen krijgen hoeveel er zijn, zodat het niet zonder het te weten een tweede dossier aanmaakt.
similar-files-legend = Als er een gelijkaardig dossier bestaat in een ander team
similar-files-tell = Het onthaal zeggen hoeveel er zijn (niets anders erover)
similar-files-silent = Niets zeggen
similar-files-save = Deze keuze bewaren
input-review-title = Sommige tekens konden niet bewaard worden
input-review-removed = { $field }: { $count ->
    [one] { $count } onzichtbaar teken werd weggehaald.
   *[other] { $count } onzichtbare tekens werden weggehaald.
}
input-review-intro = Het formulier bevatte onzichtbare stuurtekens, vaak geplakt uit een ander programma. Ze werden weggehaald; dit is wat overblijft. Er is nog niets bewaard: kijk het na en verstuur het formulier opnieuw.
input-review-empty = (er blijft niets over)
input-review-password = Typ uw wachtwoord opnieuw
input-review-send = Het formulier opnieuw versturen zonder deze tekens
input-review-back = Wilt u eerst iets veranderen, ga dan terug met uw browser: wat u typte staat er nog.
phones-already = Dit nummer staat al in het dossier, als { $number }.
error-conflict = Dit werd op hetzelfde moment door iemand anders veranderd, of bestaat al. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-corrupt = Een waarde in de databank kan niet gelezen worden, dus deze pagina kan niet getoond worden. Er werd niets veranderd. Verwittig de verantwoordelijke van guichet: het serverlogboek zegt welke waarde.
error-log-not-written = Het toegangslogboek kon niet geschreven worden, dus deze pagina wordt niet getoond: een dossier gaat pas open als het openen genoteerd is. Probeer het zo dadelijk opnieuw.
error-internal = Er ging iets mis op de server en er werd niets veranderd. Probeer het opnieuw; gebeurt het weer, verwittig dan de verantwoordelijke van guichet.
error-cannot-print = Dit document kan niet opgemaakt worden om af te drukken. Kijk de naam en het adres van de persoon in het dossier na (een heel lange regel, of tekens die de lettertypes niet hebben) en probeer opnieuw.
# --- issue 12: paper that always prints ---
tray-envelopes = { $letters ->
    [one] { $letters } brief
   *[other] { $letters } brieven
} in { $envelopes ->
    [one] { $envelopes } envelop.
   *[other] { $envelopes } enveloppen.
}
tray-envelopes-together = Brieven met "Envelop: brief 1 van 2" gaan samen in dezelfde envelop.
tray-set-aside-count = { $count ->
    [one] { $count } brief ligt apart: hij kan niet worden afgedrukt zoals hij is.
   *[other] { $count } brieven liggen apart: ze kunnen niet worden afgedrukt zoals ze zijn.
}
tray-set-aside = Apart gelegd:
tray-set-aside-fix = Open het dossier van { $name }
print-error-title = Afdrukken lukt niet
print-address-too-long = Het adres van { $name } heeft te veel regels voor het venster van de envelop, zelfs in kleine letters. Maak het korter in het dossier en druk opnieuw af.
print-card-too-long = De afsprakenkaart van { $name } is te lang voor een A5-blad. Maak korter wat de persoon moet meebrengen en druk opnieuw af.
print-uncovered = In { $field } voor { $name } kunnen deze tekens niet worden afgedrukt: { $chars }. Schrijf ze anders in het dossier (bijvoorbeeld in Latijnse letters) en druk opnieuw af.
print-layout-failed = De brief voor { $name } kon niet worden opgemaakt. Verwittig de beheerder van guichet.
print-stopped = Het afdrukken is gestopt. Probeer opnieuw; gebeurt het weer, verwittig dan de beheerder van guichet.
print-open-file = Open het dossier van { $name }
print-field-recipient = de naam en het adres
print-field-sender = de hoofding
print-field-place-date = de datum
print-field-reference = de referentie
print-field-subject = het onderwerp
print-field-body = de tekst
print-field-contact = de contactgegevens
card-for = Voor: { $name }
card-pdf-for-scripts = Deze kaart bevat Arabische of Ethiopische letters: druk de PDF-kaart af, die haar eigen lettertypes bevat. Vanuit de browser afgedrukt kan ze lege vakjes tonen.
# --- issue 12: booking ---
appointment-see-free = Vrije momenten bekijken
appointment-see-free-hint = Weet u niet wanneer? Bekijk de vrije momenten voor de keuzes hierboven (met wie, waar, hoe lang) en kies er een.
appointment-for-request = Voor de aanvraag: { $topic }
appointment-bring-in = schrijf het in het { $language }
appointment-bring-differs = De kaart en de berichten voor { $name } zijn in het { $language }, niet in de taal van dit scherm: schrijf dit in het { $language }.
appointment-bring-unknown = De taal van { $name } is nog niet gekend: de kaart en de berichten zijn in het { $language }.
appointment-bring-other = De taal van { $name } is: { $other }. De kaart en de berichten zijn in het { $language }: schrijf eenvoudig.
hours-and = en
hours-site-closed-day = { $site } is gesloten op { $day }. Kies een andere dag.
hours-site-outside = { $site } is op { $day } open: { $hours }. Een afspraak van { $from } tot { $to } past daar niet in: kies een ander uur.
hours-worker-off = { $worker } werkt niet op { $day }. Kies een andere dag of iemand anders.
hours-worker-outside = { $worker } werkt op { $day }: { $hours }. Een afspraak van { $from } tot { $to } past daar niet in: kies een ander uur of iemand anders.
booked-title = De afspraak is opgeslagen.
booked-confirm-letter = Een bevestigingsbrief gaat mee met de post van vandaag (post te versturen).
booked-confirm-email = Een bevestiging per e-mail is onderweg.
booked-confirm-sms = Een bevestiging per sms is onderweg.
booked-confirm-call = Er kan niets schriftelijk naar { $name }: een telefoontje om te bevestigen staat op de lijst van mensen om vandaag te bellen.
booked-confirm-call-trusted = { $name } is bereikbaar via een vertrouwenspersoon ({ $who }): een telefoontje om te bevestigen staat op de lijst van mensen om vandaag te bellen.
booked-confirm-walk-in = Er wordt niets verstuurd: { $name } is alleen bereikbaar aan het loket, als de persoon langskomt. Geef dan de datum en het uur door, met de kaart.
booked-confirm-none = Er wordt niets verstuurd: geen enkele manier om { $name } te bereiken is bruikbaar ({ $why }). Vul het dossier aan, of verwittig de persoon zelf.
booked-confirm-none-recorded = Er wordt niets verstuurd: er is geen manier om { $name } te bereiken opgeslagen. Voeg er een toe aan het dossier, of verwittig de persoon zelf.
missing-postal-address = geen postadres
missing-email-address = geen e-mailadres
missing-email-consent = geen toestemming voor e-mails
missing-mobile = geen gsm-nummer
missing-sms-consent = geen toestemming voor sms
missing-landline = geen nummer van een vaste lijn
missing-trusted = geen naam of nummer van de vertrouwenspersoon
skipped-letter-late = Geen herinneringsbrief: zelfs vandaag gepost zou hij niet vóór de dag van de afspraak aankomen.
skipped-message-late = Geen herinneringsbericht: het geplande moment (twee dagen vooraf) is al voorbij.
skipped-call-late = Geen herinneringstelefoontje: de werkdag vóór de afspraak is al voorbij.
skipped-letter-confirmed = Geen herinneringsbrief: hij zou samen met de bevestiging aankomen, of net erna.
skipped-message-confirmed = Geen herinneringsbericht: het zou samen met de bevestiging aankomen, of net erna.
skipped-call-confirmed = Geen herinneringstelefoontje: het zou samen met de bevestiging komen, of net erna.
appointment-confirmation-line = Bevestiging: { $when }
appointment-confirm-call-line = De persoon bellen om te bevestigen, op { $day }
week-title = Vrije momenten
week-for = Voor { $name }. Kies een vrij moment: het wordt ingevuld in het afsprakenformulier.
week-back = Terug naar het afsprakenformulier
week-show = Tonen
week-nav = Weken
week-previous = Vorige week
week-next = Volgende week
week-legend = Elk uur met een link is vrij voor de gekozen duur. „bezet”: er is al een andere afspraak (met wie wordt hier nooit getoond).
week-none-free = Geen vrij moment deze week.
week-caption = { $worker }, week van { $from } tot { $to }
week-past = voorbij
week-closed = gesloten
week-off-hours = buiten werkuren
week-busy = bezet
week-room-taken = lokaal bezet
week-too-short = te kort
week-free = vrij
week-day-holiday = Feestdag ({ $holiday }): gesloten
week-day-closing-because = Gesloten: { $reason }
week-day-closing = Sluitingsdag
week-day-site-closed = De vestiging is gesloten
week-day-worker-off = { $worker } werkt niet op deze dag
request-appointments = Afspraken voor deze aanvraag
request-appointments-none = Nog geen afspraak.
request-book = Een afspraak maken voor deze aanvraag
today-call-confirm = Om de nieuwe afspraak van { $when } te bevestigen.
today-call-trusted = Bel de vertrouwenspersoon: { $who }.

# --- issue 13: lost updates (lead) ---
changed-title = Dit dossier veranderde terwijl u het bewerkte.
changed-intro = Iemand bewaarde het voor u; van wat u typte is nog niets bewaard. Wat het nu bevat staat hieronder, en wat u typte staat nog in het formulier: kijk beide na en bewaar opnieuw.
changed-list-intro = Iemand veranderde het voor u, dus er werd niets gedaan: de lijst hieronder is die van nu. Kijk ze na en doe het opnieuw als het nog nodig is.
changed-name = Naam: { $name }
changed-usual-name = Roepnaam: { $name }
changed-birth = Geboortedatum: { $date }
changed-birth-unknown = Geboortedatum: onbekend
changed-niss = Rijksregisternummer: { $number }
changed-address = Adres: { $address }
# --- issue 12: words (the person's report in plain words, the acknowledgement as a receipt, names per language) ---
report-seen = Op { $date } heeft { $who } { $did }.
report-seen-someone = een vroegere medewerker
report-seen-file = uw dossier bekeken
report-seen-contact = de pagina geopend over hoe we u contacteren
report-seen-consents = de pagina over uw toestemmingen geopend
report-seen-notes = de notities in uw dossier gelezen
report-seen-note-new = de pagina geopend om een notitie in uw dossier te schrijven
report-seen-identity = de pagina met uw naam en geboortedatum geopend
report-seen-phones = de pagina met uw telefoonnummers geopend
report-seen-emails = de pagina met uw e-mailadressen geopend
report-seen-household = de pagina over uw gezin geopend
report-seen-household-remove = gewijzigd wie tot uw gezin behoort
report-seen-merge = twee dossiers over u vergeleken, om er maar één te houden
report-seen-report = het verslag afgedrukt van wat we over u weten
report-seen-export = al uw gegevens in een bestand gekopieerd
report-seen-erase-page = de pagina geopend om uw gegevens te wissen
report-seen-erased = uw gegevens gewist, zoals u vroeg
report-seen-search-all = uw naam en geboortedatum gevonden bij het zoeken in alle dossiers, zonder lid te zijn van een team dat u volgt
report-seen-break-glass = uw dossier bij uitzondering geopend, zonder lid te zijn van een team dat u volgt
report-seen-request-new = de pagina geopend om een nieuwe aanvraag voor u te noteren
report-seen-appointment-new = de pagina geopend om een afspraak voor u te maken
report-seen-request = uw aanvraag { $reference } bekeken
report-seen-acknowledgement = de ontvangstbevestiging van uw aanvraag { $reference } afgedrukt
report-seen-appointment = een van uw afspraken bekeken
report-seen-card = de kaart van een van uw afspraken afgedrukt
report-seen-calendar = een agendabestand van een van uw afspraken gemaakt
report-seen-letter = een brief aan u afgedrukt
report-seen-other-read = een pagina van uw dossier geopend
report-seen-other-print = een pagina van uw dossier afgedrukt
report-seen-other-export = gegevens uit uw dossier gekopieerd
report-pref-none = U hebt ons nog niet gezegd hoe we u kunnen bereiken.
report-pref-first = We contacteren u eerst { $channel }.
report-pref-then = Als dat niet lukt: { $channel }.
report-channel-paper-letter = per brief
report-channel-landline = met een oproep naar uw vaste telefoon
report-channel-mobile = met een oproep naar uw gsm
report-channel-sms = per sms
report-channel-email = per e-mail
report-channel-walk-in-only = alleen als u naar het onthaal komt
report-channel-trusted-third = via uw vertrouwenspersoon
report-pref-language = Uw taal: { $language }.
report-pref-language-other = Uw taal: { $language }. We kunnen een tolk vragen om te helpen.
report-need-reading-difficulty = U vroeg teksten die makkelijk te lezen zijn.
report-need-large-print = U vroeg grote letters.
report-need-visual-impairment = U zei ons dat u slecht ziet.
report-need-hearing-impairment = U zei ons dat u slecht hoort: we schrijven u of zien u aan het onthaal.
report-need-interpreter = U vroeg een tolk.
report-need-no-smartphone = U hebt geen smartphone.
report-need-no-computer = U hebt geen computer.
report-need-no-internet-at-home = U hebt thuis geen internet.
report-need-no-card-reader = U hebt geen kaartlezer voor uw identiteitskaart.
report-need-no-itsme = U hebt geen itsme.
request-reference = Referentie
request-ack-marks = Als u de ontvangstbevestiging afdrukt (of verstuurt), krijgt de aanvraag de status "Ontvangstbevestiging verstuurd".
ack-printed-on = Datum: { $date }.
ack-reference = Uw referentie: { $reference }. Geef ze als u ons belt.
queue-find-label = Een aanvraag openen met haar referentie
queue-find-hint = Zoals op de ontvangstbevestiging, bijvoorbeeld 2026-0042.
queue-find-open = Openen
queue-find-format = Schrijf de referentie zoals op de ontvangstbevestiging: het jaar, een streepje, het nummer (bijvoorbeeld 2026-0042).
queue-find-none = Geen aanvraag met deze referentie in de dossiers die u mag openen. Controleer het nummer, of zoek de persoon.
tpl-var-reference = de referentie van de aanvraag (bijvoorbeeld 2026-0042), om aan de telefoon te vermelden
names-legend = De naam in brieven aan personen, per taal
names-hint = Brieven en berichten aan een persoon gebruiken de naam in hun taal. Laat leeg om de naam hierboven te gebruiken.
names-fr = In het Frans
names-nl = In het Nederlands
names-en = In het Engels
names-de = In het Duits
names-too-long = { $language }: de naam is te lang (hoogstens { $max } tekens).
names-control = { $language }: de naam moet op één regel staan, zonder tabs.
service-names-link = Namen in andere talen ({ $service })
service-names-title = De namen van een dienst in andere talen
service-names-heading = { $service }: de naam in andere talen
service-names-back = Terug naar diensten en teams
service-names-save = De namen opslaan

# --- issue 13: limits (lead) ---
error-too-many = { $seconds ->
    [one] Te veel verzoeken van deze soort in een minuut. Probeer opnieuw over { $seconds } seconde.
   *[other] Te veel verzoeken van deze soort in een minuut. Probeer opnieuw over { $seconds } seconden.
}
error-too-slow = Het formulier deed er te lang over om aan te komen en werd niet bewaard. Ga terug en verstuur het opnieuw.

## Directory of local services (J5)
nav-directory = Lokale diensten
dir-title = Een dienst in uw buurt vinden
dir-intro = De sociale diensten, gezondheidsdiensten en digitale hulp in de regio: wat ze doen, wanneer u kunt langskomen, welke talen ze spreken. Voor iedereen, zonder account.
dir-q = Wat zoekt u?
dir-q-hint = Enkele woorden, bijvoorbeeld "smartphone", "huur" of "dokter".
dir-topic = Thema
dir-any = Alle
dir-topics-digital = Digitale hulp
dir-topics-social = Welzijn, gezondheid, werk
dir-place = Postcode of gemeente
dir-place-hint = Met een postcode komen de dichtstbijzijnde diensten eerst.
dir-language = Gesproken taal
dir-only = Alleen
dir-only-walk-in = zonder afspraak
dir-only-open-now = nu open
dir-only-free = gratis
dir-only-wheelchair = toegankelijk met een rolstoel
dir-submit = Zoeken
dir-results = { $count ->
    [0] Geen dienst gevonden.
    [one] { $count } dienst gevonden.
   *[other] { $count } diensten gevonden.
}
dir-none = Probeer met minder woorden of zonder filter.
dir-languages-label = Gesproken talen:
dir-free = Gratis
dir-wheelchair = Toegankelijk met een rolstoel
dir-pages = Pagina's met resultaten
dir-page-of = Pagina { $page } van { $pages }
dir-previous = Vorige pagina
dir-next = Volgende pagina
dir-back = Terug naar het zoeken
dir-back-to-service = Terug naar de dienst
dir-checked-on = Gegevens nagekeken op { $date }.
dir-stale-since = Gegevens het laatst nagekeken op { $date }: bel voor u gaat.
dir-never-checked = Gegevens nooit nagekeken: bel voor u gaat.
dir-print-slip = De doorverwijsfiche afdrukken
dir-slip-title = Doorverwijsfiche
dir-slip-of = Doorverwijsfiche: { $name }
dir-slip-how-to-print = Druk deze pagina af (Ctrl+P) en geef ze aan de persoon.
dir-address = Adres
dir-when = Wanneer langsgaan
dir-how = Hoe
dir-phone = Telefoon
dir-email = E-mail
dir-bring = Meebrengen
dir-spoken = Gesproken talen
dir-cost = Prijs
dir-who = Voor wie
dir-access = Toegang
dir-walk-in = Zonder afspraak: { $when }
dir-opens = Open: { $when }
dir-no-hours = Openingsuren niet bekend: bel voor u gaat.
dir-closed-until = Gesloten tot { $date }.
dir-closed-until-because = Gesloten tot { $date } ({ $reason }).
dir-how-walk-in = zonder afspraak
dir-how-appointment = op afspraak
dir-how-phone = telefonisch
dir-how-online = online
dir-how-referral = alleen na doorverwijzing door een professional
dir-welcome-everyone = Iedereen
dir-welcome-preferential = Iedereen, met voorrang voor: { $audience }
dir-welcome-exclusive = Alleen: { $audience }
dir-open-until = nu open, tot { $time }
dir-today-from = vandaag vanaf { $time }
dir-tomorrow-from = morgen vanaf { $time }
dir-weekday-from = { $day } vanaf { $time }
dir-date-from = { $date } vanaf { $time }

## Referrals (J5)
nav-referrals = Ontvangen doorverwijzingen
ref-here = De persoon naar deze dienst doorverwijzen
ref-new-title = Doorverwijzen naar een dienst
ref-new-of = Doorverwijzen naar: { $service }
ref-back-to-file = Terug naar het dossier
ref-inside = Deze dienst werkt in guichet: de vraag komt in zijn lijst, hij aanvaardt of weigert ze, en u ziet zijn antwoord in het dossier.
ref-outside = Deze dienst werkt niet in guichet: geef hem deze gegevens zelf door (telefoon, brief); de doorverwijzing blijft in het dossier genoteerd.
ref-share = Wat u deelt
ref-share-hint = Niets anders wordt verstuurd: niet het dossier, niet de notities. Vink alleen aan wat nuttig is.
ref-share-name = Naam: { $name }
ref-share-language = Taal: { $language }
ref-share-phone = Het nummer waarop de dienst de persoon kan bereiken
ref-share-email = Het e-mailadres waarop de dienst de persoon kan bereiken
ref-share-none = Geen
ref-need = Wat de persoon nodig heeft
ref-need-hint = Enkele zinnen, zo mogelijk in de woorden van de persoon. De dienst leest ze.
ref-need-missing = Schrijf in enkele woorden wat de persoon nodig heeft
ref-consent = De persoon gaat ermee akkoord dat deze gegevens met deze dienst worden gedeeld
ref-consent-missing = Vraag de toestemming van de persoon voor u de gegevens deelt
ref-send = De doorverwijzing versturen
ref-person-title = Doorverwijzingen naar andere diensten
ref-person-none = Geen doorverwijzingen.
ref-person-new = Doorverwijzen naar een dienst
ref-status-sent = wacht op antwoord
ref-status-accepted = aanvaard
ref-status-refused = geweigerd: { $reason }
ref-status-expired = zonder antwoord, vervallen
ref-queue-title = Ontvangen doorverwijzingen
ref-queue-intro = Personen die andere teams naar uw diensten doorverwijzen. Open een doorverwijzing om te lezen wat gedeeld werd en te antwoorden.
ref-queue-empty = Geen ontvangen doorverwijzingen.
ref-col-service = Dienst
ref-col-from = Verstuurd door
ref-col-waiting = Sinds
ref-col-status = Stand
ref-waiting-days = { $days ->
    [0] vandaag
    [one] sinds een dag
   *[other] sinds { $days } dagen
}
ref-one-title = Ontvangen doorverwijzing
ref-one-of = Doorverwijzing naar: { $service }
ref-back-to-queue = Terug naar de ontvangen doorverwijzingen
ref-from = Verstuurd door het team { $team }
ref-packet-name = Naam
ref-packet-phone = Telefoon
ref-packet-email = E-mail
ref-packet-language = Taal
ref-packet-need = Nood
ref-accept = Aanvaarden
ref-refuse = Weigeren
ref-reason = Reden van de weigering
ref-reason-hint = De persoon en het team dat doorverwees lezen ze.
ref-reason-missing = Schrijf de reden van de weigering
ref-already-answered = Deze doorverwijzing werd al beantwoord of is vervallen
report-referrals-title = De diensten waarnaar we u hebben doorverwezen
report-referrals-none = We hebben u naar geen andere dienst doorverwezen.
report-referral = Op { $date }, naar: { $service }.
report-referral-shared = Met uw toestemming gedeeld: { $list }.
report-referral-shared-name = uw naam
report-referral-shared-language = uw taal
report-referral-shared-need = wat u nodig had
report-referral-accepted = De dienst heeft aanvaard.
report-referral-refused = De dienst heeft geweigerd: { $reason }
report-referral-expired = De dienst heeft niet geantwoord.
report-referral-waiting = De dienst heeft nog niet geantwoord.
report-seen-referral = uw gegevens met uw toestemming naar een andere dienst gestuurd
report-seen-referral-read = de gegevens gelezen die een andere dienst stuurde
report-seen-referral-new = een doorverwijzing naar een andere dienst voorbereid
dir-slip-for-person = De fiche voor de persoon afdrukken (pdf, in zijn of haar taal)
report-seen-slip = een fiche afgedrukt om naar een andere dienst te gaan

## Directory imports
nav-directory-imports = Diensten importeren
imp-title = Lokale diensten importeren
imp-intro = Voeg diensten aan de gids toe of werk ze bij vanuit een Open Referral-bestand (HSDS 3.0) of data·inclusion. Er wordt niets geïmporteerd voor u het verslag gelezen hebt en voor importeren gekozen hebt.
imp-source = Naam van de bron
imp-source-hint = Bijvoorbeeld "Sociale gids van de provincie". Dezelfde bron opnieuw importeren werkt haar diensten bij, zonder dubbels.
imp-source-missing = Geef de bron een naam
imp-format = Formaat van de bestanden
imp-format-missing = Kies het formaat van de bestanden
imp-format-hsds-json = Open Referral HSDS 3.0, JSON
imp-format-hsds-csv = Open Referral HSDS 3.0, CSV-bestanden (services.csv, locations.csv…)
imp-format-data-inclusion = data·inclusion, JSON
imp-files = Bestanden
imp-files-hint = Een of meer bestanden, samen hoogstens 64 MB.
imp-files-missing = Kies minstens één bestand
imp-too-big = De bestanden zijn samen groter dan 64 MB: importeer ze in meerdere keren
imp-check = De bestanden lezen
imp-recent = Recente imports
imp-col-source = Bron
imp-col-when = Wanneer
imp-col-status = Stand
imp-status-checked = Gelezen, wacht op uw keuze: nog niets geïmporteerd.
imp-status-applied = Geïmporteerd: { $added } toegevoegd, { $updated } bijgewerkt.
imp-status-failed = De import is mislukt: er is niets veranderd.
imp-status-discarded = Afgebroken: er is niets geïmporteerd.
imp-one-title = Import
imp-one-of = Import: { $source }
imp-back = Terug naar de imports
imp-applying = De import loopt. Deze pagina werkt zichzelf bij.
imp-refresh = Nu bijwerken
imp-counts = Wat de bestanden aan geldige gegevens bevatten
imp-col-kind = Soort
imp-col-count = Aantal
imp-kind-organizations = Organisaties
imp-kind-services = Diensten
imp-kind-locations = Plaatsen
imp-kind-service-at-locations = Diensten op een plaats
imp-kind-taxonomies = Taxonomieën
imp-kind-taxonomy-terms = Termen van taxonomieën
imp-problems = { $count ->
    [one] Eén record kan niet geïmporteerd worden
   *[other] { $count } records kunnen niet geïmporteerd worden
}
imp-col-file = Bestand
imp-col-line = Regel
imp-col-place = Veld
imp-col-message = Probleem
imp-apply-all = Importeren
imp-apply-valid = { $count ->
    [one] Het enige geldige record importeren
   *[other] De { $count } geldige records importeren
}
imp-discard = Afbreken
imp-already = Deze import is al toegepast of afgebroken, of hij loopt nog
ref-decision-missing = Kies aanvaarden of weigeren
home-to-check-title = Fiches van de gids om na te kijken
home-to-check-intro = Uw teams houden deze fiches van lokale diensten bij. Kijk na of de uren, het adres en de telefoon nog kloppen en zeg het dan hier.
home-to-check-since = het laatst nagekeken op { $date }
home-to-check-never = nooit nagekeken
home-to-check-done = Vandaag nagekeken
ref-status-outside = door te geven aan de dienst (die werkt niet in guichet)
ref-print-letter = de brief voor de dienst afdrukken
ref-letter-subject = Doorverwijzing naar uw dienst: { $service }
ref-letter-intro = Geachte mevrouw, geachte heer, we verwijzen een persoon naar u door die we begeleiden ({ $organisation }). De persoon gaat ermee akkoord dat we u de gegevens hieronder bezorgen, en niets anders.
ref-letter-name = Naam:
ref-letter-phone = Telefoon:
ref-letter-email = E-mail:
ref-letter-language = Taal:
ref-letter-need = Wat de persoon nodig heeft:
ref-letter-closing = Dank om de persoon te ontvangen. Met vragen kunt u ons bereiken via de gegevens hieronder.
report-seen-referral-letter = met uw toestemming een doorverwijsbrief voor een andere dienst afgedrukt

## Referral delays and email to an outside service
home-referral-delays = Termijnen voor doorverwijzingen
ref-delays-title = Termijnen voor doorverwijzingen
ref-delays-intro = Een doorverwijzing naar een team in guichet wacht een beperkte tijd op antwoord; het ontvangende team krijgt vóór het einde een herinnering. Nieuwe termijnen gelden voor doorverwijzingen die vanaf nu verstuurd worden.
ref-delays-expire = Een doorverwijzing zonder antwoord vervalt na (dagen)
ref-delays-expire-hint = Tussen 7 en 90 dagen. Standaard: 30.
ref-delays-remind = Het ontvangende team herinneren na (dagen)
ref-delays-remind-hint = Minstens één dag, en vóór het vervallen. Standaard: 10.
ref-delays-save = Termijnen opslaan
ref-delays-saved = De termijnen zijn opgeslagen. Ze gelden voor de volgende doorverwijzingen.
ref-delays-not-days = Schrijf een geheel aantal dagen, bijvoorbeeld 30.
ref-delays-range = Schrijf een aantal dagen tussen { $min } en { $max }.
ref-by-email = De doorverwijzing ook per e-mail naar de dienst sturen ({ $email })
ref-by-email-hint = De dienst krijgt alleen wat u aangevinkt hebt en de vraag. U kunt de brief altijd nog afdrukken.
ref-status-emailed = per e-mail naar de dienst gestuurd ({ $email })
report-seen-referral-email = een doorverwijzing per e-mail naar een andere dienst gestuurd, met uw toestemming
report-keep-referrals = Wat we voor een doorverwijzing doorgaven, wissen we { $duration } na het antwoord van de dienst, of na het einde van de antwoordtermijn.
retention-referral-packets = Doorverwijzingen: wat doorgegeven werd wissen na (maanden)
retention-referral-packets-hint = De naam, het contactmiddel, de taal en de vraag die aan een dienst doorgegeven werden; de dienst, de data en het antwoord blijven voor de statistieken. Geteld vanaf het antwoord of het vervallen. Standaard: 12 maanden. Tussen 1 en 1200.
retention-would-packets = { $count ->
    [one] { $count } doorverwijzing zou verliezen wat doorgegeven werd.
   *[other] { $count } doorverwijzingen zouden verliezen wat doorgegeven werd.
}
retention-did-packets = { $count ->
    [one] { $count } doorverwijzing leeggemaakt.
   *[other] { $count } doorverwijzingen leeggemaakt.
}
imp-problems-in-english = Elk probleem geeft het bestand en de regel die verbeterd moeten worden; de uitleg is in het Engels, de taal van het Open Referral-formaat.

## Digital assistance and mandates (journey J4)
nav-assistance = Digitale hulp
act-title = Digitale hulp
act-title-for = Digitale hulp voor { $name }
act-title-anonymous = Digitale hulp aan een bezoeker zonder dossier
act-prepare-mandate = Een mandaat klaarmaken om te ondertekenen
act-never-credentials = guichet bewaart nooit een wachtwoord, een pincode of een itsme-code: schrijf ze nergens op.
act-platform = Procedure of platform
act-platform-choose = — kiezen —
act-mode = Gedaan
act-mode-with = samen met de persoon (de persoon doet het, wij helpen)
act-mode-for = voor de persoon (wij doen het in naam van de persoon)
act-minutes = Duur (minuten)
act-minutes-hint = Bijvoorbeeld 40.
act-outcome = Resultaat
act-outcome-done = gelukt
act-outcome-partly = gedeeltelijk
act-outcome-not-possible = niet mogelijk
act-barriers = Drempels
act-barrier-itsme-required = itsme verplicht
act-barrier-no-smartphone = geen smartphone
act-barrier-no-card-reader-or-pin = geen eID-kaartlezer of geen pincode van de identiteitskaart
act-barrier-platform-down = platform werkt niet
act-barrier-forgotten-code = code of wachtwoord vergeten
act-barrier-document-missing = document ontbreekt
act-barrier-language = taal
act-barrier-too-complex = formulier te ingewikkeld
act-barrier-cost = kostprijs
act-barrier-other = andere
act-autonomy = Hoe zelfstandig de persoon deze procedure doet
act-autonomy-fully-accompanied = volledig begeleid
act-autonomy-partly-autonomous = gedeeltelijk zelfstandig
act-autonomy-autonomous = zelfstandig
act-equipment = Toestellen van de persoon
act-equipment-hint = Laat leeg als u het niet weet.
act-equipment-none = geen
act-equipment-phone = telefoon
act-equipment-computer = computer
act-equipment-tablet = tablet
act-redirect = Doorverwezen
act-redirect-nowhere = nee
act-redirect-public-digital-space = naar een openbare computerruimte
act-redirect-social-service = naar een sociale dienst
act-redirect-administration = naar een overheidsdienst
act-redirect-association = naar een vereniging
act-redirect-family-or-friend = naar familie of een vriend
act-redirect-other = elders
act-day = Dag
act-day-hint = Vandaag, als u niets verandert. Bijvoorbeeld 03/12/2026.
act-note = Notitie (digitale hulp)
act-note-hint = Niet verplicht. Alleen de collega's die de persoon volgen voor digitale hulp kunnen ze lezen.
act-note-checked = Dit is geen wachtwoord en geen code: de notitie zo opslaan
act-note-looks-like-code = De notitie lijkt op een wachtwoord of een code. Haal die eruit, of bevestig dat het er geen is.
act-anonymous = De persoon (zonder dossier)
act-anonymous-hint = Er wordt geen naam bewaard: alleen de leeftijdsgroep, de postcode en de taal, als de persoon dat goedvindt.
act-age = Leeftijdsgroep
act-age-under-18 = jonger dan 18 jaar
act-age-18-25 = 18 tot 25 jaar
act-age-26-45 = 26 tot 45 jaar
act-age-46-64 = 46 tot 64 jaar
act-age-65-79 = 65 tot 79 jaar
act-age-80-plus = 80 jaar en ouder
act-age-unknown = weet het niet
act-postcode = Postcode
act-language = Gesproken taal
act-language-hint = Code van twee of drie letters, bijvoorbeeld nl, fr, ar, tr.
act-save = De hulp opslaan
act-error-platform = Kies de procedure of het platform.
act-error-mode = Zeg of het samen met de persoon of voor de persoon gedaan is.
act-error-minutes = Schrijf de duur in minuten, bijvoorbeeld 40.
act-error-minutes-range = Schrijf een duur tussen 1 en 480 minuten.
act-error-outcome = Kies het resultaat.
act-error-barriers = Kies de drempels uit de lijst.
act-error-autonomy = Kies hoe zelfstandig de persoon is.
act-error-equipment = Kies de toestellen uit de lijst.
act-error-equipment-none = ‘Geen’ kan niet samen met een toestel aangevinkt worden.
act-error-redirect = Kies naar waar de persoon doorverwezen is.
act-error-day = Schrijf de dag, bijvoorbeeld 03/12/2026.
act-error-day-future = De dag kan niet in de toekomst liggen.
act-error-day-old = De dag mag niet meer dan 31 dagen geleden zijn.
act-error-age = Kies een leeftijdsgroep.
act-error-postcode = Schrijf een Belgische postcode van 4 cijfers, of laat leeg.
act-error-language = Schrijf een taalcode van twee of drie letters, of laat leeg.
act-refused-none = Om deze procedure in de plaats van de persoon te doen, is een mandaat voor ‘{ $area }’ nodig. De persoon heeft er geen gegeven: maak er een klaar om te ondertekenen, of doe de procedure samen met de persoon.
act-refused-area = Het mandaat van de persoon geldt niet voor ‘{ $area }’: maak een mandaat voor dit domein klaar, of doe de procedure samen met de persoon.
act-refused-not-yet = Het mandaat voor ‘{ $area }’ begint pas op { $date }.
act-refused-ended = Het mandaat voor ‘{ $area }’ is afgelopen op { $date }: maak een nieuw mandaat klaar, of doe de procedure samen met de persoon.
act-refused-revoked = De persoon heeft het mandaat voor ‘{ $area }’ stopgezet op { $date }. Zonder nieuw mandaat kan de procedure niet meer in naam van de persoon gebeuren; samen met de persoon kan wel.
act-recorded-anonymous = { $count ->
    [one] Hulp opgeslagen. Vandaag { $count } keer hulp aan een bezoeker zonder dossier.
   *[other] Hulp opgeslagen. Vandaag { $count } keer hulp aan bezoekers zonder dossier.
}
act-person-title = Digitale hulp
act-recorded = De hulp is opgeslagen.
act-person-none = Geen digitale hulp opgeslagen.
act-person-new = Digitale hulp noteren
act-minutes-n = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
mandate-area-tax = belastingen
mandate-area-social-security = sociale zekerheid
mandate-area-health-insurance = ziekenfonds en gezondheid
mandate-area-pension = pensioen
mandate-area-unemployment = werkloosheid en werk
mandate-area-housing = wonen
mandate-area-energy = energie
mandate-area-banking = bank
mandate-area-municipal-counter = e-loket van de gemeente
mandate-area-residence = verblijf en vreemdelingen
mandate-area-other = andere
mandate-form-subject = Mandaat voor online zaken
mandate-form-intro = Ik ben { $name }. Ik geef { $organisation } het recht om online zaken voor mij te regelen.
mandate-form-areas = Voor deze zaken:
mandate-form-period = Van { $start } tot { $end }.
mandate-form-may-title = Wat wij mogen doen:
mandate-form-may = De aangekruiste zaken voor u invullen en versturen.
    U zeggen wat wij gedaan hebben.
    Alles wat wij doen noteren in uw dossier.
mandate-form-never-title = Wat wij nooit doen:
mandate-form-never = Uw wachtwoorden, pincodes of itsme-codes bijhouden.
    Andere zaken regelen dan de aangekruiste.
    Uw gegevens aan iemand anders geven zonder dat u akkoord gaat.
mandate-form-stop = U kunt dit mandaat, of één zaak, altijd stoppen: aan het loket, via de telefoon of met een brief.
mandate-form-signatures = Handtekening van de persoon: ______________________
    Voor { $organisation }: ______________________
mandate-form-reference = Mandaat nr. { $number }
mandate-new-title = Nieuw mandaat
mandate-new-of = Nieuw mandaat van { $name }
mandate-new-intro = Het mandaat wordt aan de organisatie gegeven, niet aan u alleen. Maak het samen met de persoon klaar, druk het af en laat het ondertekenen.
mandate-areas = Domeinen
mandate-areas-hint = Vink alleen aan waarmee de persoon akkoord gaat.
mandate-duration = Duur
mandate-duration-one-day = één dag
mandate-duration-one-month = één maand
mandate-duration-three-months = drie maanden
mandate-duration-six-months = zes maanden
mandate-duration-one-year = één jaar
mandate-start = Begin
mandate-start-hint = Bijvoorbeeld 03/12/2026.
mandate-elsewhere = Heeft de persoon al elders een mandaat gegeven (aan iemand uit de omgeving, aan een andere dienst)?
mandate-elsewhere-yes = ja
mandate-elsewhere-no = nee
mandate-elsewhere-unknown = de persoon weet het niet
mandate-error-areas = Vink minstens één domein aan.
mandate-error-duration = Kies de duur.
mandate-error-start = Schrijf de begindag, bijvoorbeeld 03/12/2026.
mandate-error-start-early = Het begin kan niet vóór { $date } liggen.
mandate-error-start-late = Het begin kan niet na { $date } liggen.
mandate-error-elsewhere = Zeg of de persoon al elders een mandaat gegeven heeft.
mandate-create = Opslaan en het formulier klaarmaken
mandate-title = Mandaat
mandate-of = Mandaat van { $name }
mandate-status = Stand van zaken
mandate-status-active = loopt
mandate-status-not-yet-valid = nog niet begonnen
mandate-status-ended = afgelopen
mandate-status-revoked = stopgezet door de persoon
mandate-period = van { $start } tot { $end }
mandate-period-label = Periode
mandate-team = Ontvangen door
mandate-fingerprint = Vingerafdruk van het formulier
mandate-area-revoked = stopgezet op { $date }
mandate-print = Het formulier afdrukken om te ondertekenen (pdf)
mandate-recorded = Het mandaat is opgeslagen. Druk het formulier af en laat het ondertekenen.
mandate-revoked = De stopzetting van het mandaat is opgeslagen.
mandate-revoke-title = De persoon zet het mandaat stop
mandate-revoke-intro = De stopzetting geldt vanaf vandaag.
mandate-revoke-what = Wat de persoon stopzet
mandate-revoke-all = het hele mandaat
mandate-how = Hoe de persoon het gezegd heeft
mandate-how-desk = aan het loket
mandate-how-phone = via de telefoon
mandate-how-letter = met een brief
mandate-revoke = De stopzetting opslaan
mandate-renew = Verlengen
mandates-ending-title = Mandaten die aflopen
mandates-ending-intro = De mandaten van personen die uw teams begeleiden en die binnen 30 dagen aflopen. Vraag hen of ze willen verlengen.
mandates-ending-none = Er loopt geen enkel mandaat af binnen 30 dagen.
mandates-ending-person = Persoon
mandates-ending-ends = Einde
mandate-person-title = Mandaten
mandate-person-none = Geen mandaten.
mandate-person-new = Een mandaat klaarmaken
home-mandates-ending = Mandaten die binnenkort aflopen
report-mandates-title = Uw mandaten
report-mandates-none = U hebt ons geen enkel mandaat gegeven.
report-mandate = Mandaat voor: { $areas }. Van { $start } tot { $end }. Ontvangen door: { $team }.
report-assistance-title = Hulp bij uw online zaken
report-assistance-none = We hebben geen hulp bij online zaken genoteerd.
report-assistance-with = { $date }: { $platform }, samen met u gedaan ({ $minutes } minuten).
report-assistance-for = { $date }: { $platform }, voor u gedaan met uw mandaat ({ $minutes } minuten).
mandate-renewal-call = Vóór het einde bellen om te vragen of de persoon wil verlengen
mandate-renewal-call-hint = Twee weken vóór het einde verschijnt een oproep bij de oproepen van de dag van uw team.
today-call-mandate = Vragen of de persoon het mandaat wil verlengen; het loopt af op { $date }.
home-platforms = Procedures en platformen van de digitale hulp
platforms-title = Procedures en platformen van de digitale hulp
platforms-intro = De lijst die het scherm voor digitale hulp aanbiedt. guichet levert de gangbare Belgische platformen; voeg toe wat uw organisatie tegenkomt. Elk platform zegt onder welk domein van het mandaat het valt.
platforms-area = Domein van het mandaat
platforms-add = Een procedure of platform toevoegen
platforms-fr = Naam in het Frans
platforms-nl = Naam in het Nederlands
platforms-en = Naam in het Engels
platforms-other-hint = Laat u dit leeg, dan wordt de Franse naam gebruikt.
platforms-save = Toevoegen
platforms-added = ‘{ $name }’ staat nu in de lijst.
platforms-error-name = Schrijf de naam in het Frans.
platforms-error-long = Schrijf een naam van hoogstens 80 tekens.
platforms-error-area = Kies het domein van het mandaat.
platforms-error-exists = Deze procedure staat al in de lijst.
mandate-scan-title = Het ondertekende formulier
mandate-scan-none = Er is geen scan van het ondertekende formulier bijgevoegd.
mandate-scan-attached = Het ondertekende formulier bekijken ({ $kind }, { $size } kB, bijgevoegd op { $date })
mandate-scan-file = Het ondertekende formulier bijvoegen, gescand of gefotografeerd
mandate-scan-hint = PDF, JPEG of PNG, hoogstens 5 MB. Het vervangt wat al bijgevoegd was. Het wordt met het dossier gewist.
mandate-scan-send = Bijvoegen
mandate-scanned = Het ondertekende formulier is bijgevoegd.
mandate-scan-empty = Kies het bestand van het ondertekende formulier.
mandate-scan-too-big = Het bestand is groter dan 5 MB: scan het met een lagere resolutie.
mandate-scan-not-a-scan = Het bestand is geen PDF, JPEG of PNG.
report-seen-mandates = de pagina van een van uw mandaten geopend (om het voor te bereiden, te bekijken of te stoppen)
report-seen-assistance-new = het scherm geopend om digitale hulp voor u te noteren
report-seen-mandate-form = het formulier van een van uw mandaten afgedrukt, om te ondertekenen
report-seen-mandate-scan = het ondertekende formulier van een van uw mandaten geopend
act-redirect-to = naar { $service } (gids)
act-sent-here = Digitale hulp noteren die hierheen doorverwijst

# Participatieve audit (traject J7)
audit-title = Participatieve audit
audit-home-coordinator = Participatieve audit: een ronde openen, papieren codes afdrukken
audit-home-member = Participatieve audit van uw team
audit-intro = Eén keer per jaar bekijkt het team samen wat digitale middelen met zijn werk doen. De antwoorden zijn anoniem: niemand, ook de coördinatie niet, kan weten wie wat antwoordde. De resultaten verschijnen pas als 5 leden geantwoord hebben.
audit-rounds = Rondes van uw teams
audit-none = Nog geen ronde.
audit-col-title = Ronde
audit-col-team = Team
audit-col-opened = Geopend op
audit-col-status = Stand
audit-col-answers = Antwoorden
audit-status-open = Open
audit-status-closed = Afgesloten op { $date }
audit-answer-now = De vragenlijst invullen
audit-answered = U hebt geantwoord
audit-open-title = Een ronde openen
audit-open-team = Team
audit-open-team-choose = Kies een team
audit-open-round-title = Naam van de ronde
audit-open-title-hint = Bijvoorbeeld: Audit 2026
audit-open-submit = De ronde openen
audit-error-team = Kies een van de teams die u coördineert.
audit-error-title = Geef de ronde een naam.
audit-error-title-long = De naam is te lang (hoogstens 120 tekens).
audit-error-already-open = Dit team heeft al een open ronde: sluit die eerst af.
audit-opened = De ronde is open. De leden kunnen nu antwoorden; druk papieren codes af voor collega's zonder account.
audit-closed = De ronde is afgesloten.
audit-back = Alle rondes
audit-back-round = Terug naar de ronde
audit-round-title = { $title } — { $team }
audit-round-answers = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
}
audit-you-answered = U hebt op deze ronde geantwoord. Dank u.
audit-results = Resultaten per thema
audit-hidden = { $count } van de { $needed } nodige antwoorden. De resultaten verschijnen zodra { $needed } leden geantwoord hebben, zodat niemands antwoord herkend kan worden.
audit-chart-title = Gemiddelde per thema, van 1 (helemaal niet) tot 5 (helemaal)
audit-no-rating = geen score
audit-col-theme = Thema
audit-col-mean = Gemiddelde (1 tot 5)
audit-col-rated = Scores
audit-col-dont-know = ‘Ik weet het niet’
audit-plan-link = Actieplan
audit-compare = Vergeleken met de vorige ronde
audit-compare-title = Deze ronde en { $title }
audit-compare-desc = { $theme }: nu { $now }, vroeger { $before }
audit-compare-none = Dit is de eerste ronde van het team: nog niets om mee te vergelijken.
audit-compare-hidden = De vorige ronde ({ $title }) had minder dan 5 antwoorden: haar resultaten worden niet getoond, er is dus niets om mee te vergelijken.
audit-col-now = Deze ronde
audit-col-before = Vorige ronde
audit-col-change = Verschil
audit-comments = Wat de leden schreven
audit-comments-hint = In willekeurige volgorde, zonder namen.
audit-run-title = De ronde leiden
audit-codes-count = Papieren codes afgedrukt: { $printed }; gebruikt: { $used }.
audit-codes-label = Hoeveel papieren codes afdrukken
audit-codes-hint = Eén per collega die op papier antwoordt. Elke code geeft één antwoord. De codes worden niet bewaard: ze kunnen niet opnieuw afgedrukt worden.
audit-codes-submit = De codes afdrukken (pdf)
audit-codes-file = de papieren codes
audit-error-codes-count = Typ een geheel getal van 1 tot 100.
audit-error-codes-closed = Deze ronde is afgesloten: er kunnen geen codes meer afgedrukt worden.
audit-close-hint = Eens afgesloten kan niemand nog antwoorden, online noch op papier.
audit-close-submit = De ronde afsluiten
audit-closed-notice = Deze ronde is afgesloten.
audit-already = U hebt al op deze ronde geantwoord.
audit-answer-title = Vragenlijst: { $title }
audit-answer-intro = Zeg bij elke uitspraak in hoeverre ze klopt voor uw team, of ‘Ik weet het niet’. Uw antwoord is anoniem: het wordt bewaard zonder uw naam, zonder het uur, en los van de andere antwoorden.
audit-scale-1 = 1 – helemaal niet
audit-scale-2 = 2 – eerder niet
audit-scale-3 = 3 – gedeeltelijk
audit-scale-4 = 4 – grotendeels
audit-scale-5 = 5 – helemaal
audit-scale-dk = Ik weet het niet
audit-comment = Een opmerking over dit thema (niet verplicht)
audit-comment-hint = Noem niemand: de opmerkingen worden aan het hele team getoond.
audit-answer-submit = Mijn antwoord versturen
audit-error-choose = Kies een antwoord, of ‘Ik weet het niet’: { $statement }
audit-error-comment-long = De opmerking is te lang (hoogstens { $max } tekens).
audit-thanks = Dank u: uw antwoord is bewaard. Niemand kan weten welk antwoord het uwe is.
audit-code-title = Antwoorden met een papieren code
audit-code-intro = Typ de code die op uw strookje staat. Ze opent de vragenlijst van uw team, één keer.
audit-code-label = Uw code
audit-code-hint = Acht letters en cijfers, bijvoorbeeld ABCD-EFGH. Hoofdletters, spaties en streepjes doen er niet toe.
audit-code-submit = Verder
audit-error-code-missing = Typ de code die op uw strookje staat.
audit-error-code-malformed = Dit is geen code: een code heeft acht letters en cijfers, bijvoorbeeld ABCD-EFGH.
audit-error-code-unknown = Deze code is onbekend. Kijk ze na op uw strookje.
audit-error-code-used = Deze code is al gebruikt: elke code geeft één antwoord.
audit-error-code-closed = Deze ronde is afgesloten: er worden geen antwoorden meer aanvaard.
audit-plan-title = Actieplan: { $title }
audit-plan-title-short = Actieplan
audit-plan-hidden = Het actieplan opent zodra { $needed } leden geantwoord hebben.
audit-plan-intro = Aanbevelingen voor de zwakste thema's. Vink aan wat het team overneemt, en zeg wat het zal doen, wie ervoor zorgt en tegen wanneer.
audit-plan-theme = { $theme } (gemiddelde { $mean })
audit-plan-chosen = Het team neemt dit over
audit-plan-action = Wat we zullen doen
audit-plan-owner = Wie ervoor zorgt
audit-plan-due = Tegen wanneer
audit-plan-due-hint = Bijvoorbeeld 30/06/2026
audit-plan-save = Het plan bewaren
audit-plan-saved = Het plan is bewaard.
audit-plan-print = Het plan afdrukken (pdf)
audit-plan-empty = Nog geen aanbeveling overgenomen.
audit-error-action = Zeg wat het team zal doen.
audit-error-action-long = Deze tekst is te lang (hoogstens 1000 tekens).
audit-error-owner-long = Deze naam is te lang (hoogstens 120 tekens).
audit-error-due = Typ een datum als DD/MM/JJJJ, bijvoorbeeld 30/06/2026.
audit-plan-pdf-title = Actieplan — { $title }
audit-plan-pdf-team = Team: { $team }
audit-plan-pdf-weakest = Zwakste thema's: { $themes }
audit-plan-pdf-action = Wat we zullen doen: { $action }
audit-plan-pdf-owner = Wie ervoor zorgt: { $owner }
audit-plan-pdf-due = Tegen { $date }
audit-slip-title = Participatieve audit ‘{ $title }’ — { $team }
audit-slip-go = Antwoord op { $address }
audit-slip-once = Deze code geeft één antwoord.
audit-slip-anonymous = Uw antwoord is anoniem: niemand kan het aan u koppelen.
audit-theme-quality = Kwaliteit en nabijheid van de dienst
audit-theme-wellbeing = Mentale gezondheid van de werkers
audit-theme-relations = Relaties, met de mensen en tussen collega's
audit-theme-training = Permanente vorming
audit-theme-tools = Middelen die bij het terrein passen
audit-theme-data = Gegevensbescherming
audit-theme-person = De persoon centraal
audit-theme-policy = Een digitaal beleid dat rechten versterkt
audit-st-quality-time = Het invoeren van gegevens laat ons genoeg tijd voor de mensen die we ontmoeten.
audit-st-quality-reach = Men kan ons bereiken zonder computer: aan het loket zonder afspraak, of per telefoon.
audit-st-quality-choice = Elke persoon kan kiezen hoe we contact met hem of haar opnemen.
audit-st-quality-autonomy = Onze digitale middelen helpen mensen om zelf hun weg te vinden in plaats van van ons af te hangen.
audit-st-wellbeing-pace = Het tempo dat de digitale middelen aan ons werk opleggen is houdbaar.
audit-st-wellbeing-mistakes = Hier mag men fouten maken terwijl men een nieuw middel leert.
audit-st-wellbeing-help = Als een middel me blokkeert, helpt een collega me zonder te oordelen.
audit-st-wellbeing-meaning = Digitale taken laten de zin van mijn beroep intact.
audit-st-relations-meet = Als team zien we elkaar nog vaak genoeg in levenden lijve.
audit-st-relations-disconnect = Buiten mijn werkuren verwacht niemand dat ik werkberichten lees.
audit-st-relations-people = Schermen komen niet tussen ons en de mensen die we helpen.
audit-st-training-offered = Ik word tijdens de werktijd opgeleid voor de middelen die ik moet gebruiken.
audit-st-training-platforms = Ik hoor tijdig wanneer een openbaar platform waarop we steunen verandert.
audit-st-training-skill = Digitale kennis wordt in mijn beroep erkend als een volwaardige vaardigheid.
audit-st-tools-once = We voeren dezelfde informatie maar één keer in.
audit-st-tools-equipment = Ik heb het materiaal dat ik nodig heb, zonder mijn eigen telefoon of abonnement te gebruiken.
audit-st-tools-work = Onze middelen werken wanneer we ze nodig hebben, en iemand helpt als ze uitvallen.
audit-st-tools-cobuilt = Het team had inspraak toen onze middelen gekozen of veranderd werden.
audit-st-data-need = Ik zie alleen de gegevens van de mensen die ik moet helpen.
audit-st-data-consent = We bewaren over mensen alleen wat hun hulp nodig heeft, met hun instemming.
audit-st-data-control = Wat we invoeren wordt niet gebruikt om werkers te controleren.
audit-st-data-talk = We nemen geregeld tijd om te praten over vertrouwelijkheid en beroepsgeheim.
audit-st-person-paper = Iemand zonder smartphone of e-mailadres krijgt dezelfde dienstverlening als iedereen.
audit-st-person-language = Mensen die weinig lezen of een andere taal spreken, begrijpen onze brieven en berichten.
audit-st-person-fit = We passen onze werkwijze aan de persoon aan, niet omgekeerd.
audit-st-policy-evaluate = Voor een nieuw middel komt, vragen we ons af of het mensen helpt hun rechten te krijgen.
audit-st-policy-review = We herbekijken onze middelen geregeld en veranderen ze als ze niet werken.
audit-st-policy-field = Beslissingen over digitale zaken houden rekening met wat het terrein zegt.
audit-rec-quality-r-desk = Een gratis loket openhouden zonder afspraak, en een telefoonlijn met een duidelijke ingesproken boodschap.
audit-rec-quality-r-once = Oplijsten wat we twee keer invoeren, en de dubbels schrappen.
audit-rec-quality-r-choice = Elke persoon vragen hoe hij of zij gecontacteerd wil worden, en zich daaraan houden.
audit-rec-wellbeing-r-buddy = Duo's vormen zodat collega's die vlot met een middel werken de anderen begeleiden, tijdens de werktijd.
audit-rec-wellbeing-r-delays = Antwoordtermijnen afspreken die we kunnen halen, en die bekendmaken.
audit-rec-wellbeing-r-meaning = Een teamvergadering houden over wat digitale taken met de zin van ons werk doen.
audit-rec-relations-r-disconnect = Ons recht om offline te zijn op papier zetten: geen werkberichten buiten de werkuren.
audit-rec-relations-r-meet = Geregeld momenten samen plannen, in levenden lijve, formeel en informeel.
audit-rec-training-r-plan = Een jaarlijks vormingsplan opstellen voor de middelen en platforms die we gebruiken.
audit-rec-training-r-shoes = Onze eigen procedures doorlopen zoals de mensen die we helpen, om te zien waar ze vastlopen.
audit-rec-training-r-profile = Per niveau beschrijven welke digitale vaardigheden elke functie nodig heeft.
audit-rec-tools-r-guide = Een korte praktische gids schrijven van alle middelen van de dienst.
audit-rec-tools-r-cobuild = Het team betrekken voor een middel gekozen of veranderd wordt.
audit-rec-tools-r-equipment = Oplijsten welk materiaal ontbreekt, en erom vragen.
audit-rec-data-r-session = Eén keer per jaar, met een jurist of de functionaris voor gegevensbescherming, herbekijken hoe we geheimen en gegevens bewaren.
audit-rec-data-r-minimum = Nagaan dat alles wat we over mensen bewaren nodig is voor hun hulp en door hen aanvaard.
audit-rec-data-r-nocontrol = Zwart op wit zetten dat onze gegevens niet dienen om werkers te bewaken.
audit-rec-person-r-channels = Elke procedure aanbieden op minstens één manier zonder scherm.
audit-rec-person-r-readable = Onze brieven voor verzending laten nalezen door iemand die weinig leest.
audit-rec-person-r-case = Met elke persoon, geval per geval, beslissen welke manieren van contact bij hem of haar passen.
audit-rec-policy-r-before = Voor we een middel invoeren, afwegen wat het oplevert tegen de verborgen tijd die het kost.
audit-rec-policy-r-review = Onze middelen één keer per jaar met het team herbekijken, en veranderen wat niet werkt.
audit-rec-policy-r-voice = De beleidsmakers op de hoogte brengen van de moeilijkheden van het terrein, met voorbeelden.
## Observatorium (J6)
obs-title = Observatorium van digitale drempels
obs-intro = Cijfers uit de dossiers, per team, dienst of site, nooit per medewerker. Een cijfer onder 5 verschijnt als „< 5”.
obs-scope = Voor
obs-period = Periode
obs-show = Tonen
obs-report-of = { $scope }
obs-period-quarter = { $quarter }e kwartaal { $year }
obs-subtitle = { $period }, vergeleken met { $previous }
obs-hours = Uren digitale hulp
obs-hours-line = Uren digitale hulp: { $hours } ({ $previous }: { $before })
obs-hours-value = { $hours } u
obs-small = < 5
obs-masked = verborgen
obs-total = Totaal
obs-none = Niets in deze twee periodes.
obs-summary = Kort
obs-summary-hours = { $period }: { $hours } digitale hulp ({ $previous }: { $before }).
obs-summary-barriers = De drempels die het vaakst voorkwamen: { $list }.
obs-summary-blocked = De platformen waar de aanvraag het vaakst niet lukte: { $list }.
obs-summary-channels = De vragen kwamen vooral binnen via: { $list }.
obs-summary-promises = Beloofde data gehaald: { $kept } van { $total }.
obs-method = Methode
obs-method-records = Elk cijfer wordt geteld uit wat het team in guichet noteerde (digitale hulp, vragen, afspraken, berichten, doorverwijzingen); niets wordt opnieuw ingevoerd.
obs-method-small = Een cijfer van 1 tot 4 personen of handelingen verschijnt als „< 5”. Een ander cijfer is „verborgen” wanneer men er met een totaal een klein cijfer mee zou kunnen terugvinden.
obs-method-workers = Er is geen cijfer per medewerker: het kleinste niveau is het team.
obs-method-counted = Cijfers geteld op { $date }.
obs-csv = Downloaden als CSV
obs-pdf = Het verslag afdrukken (pdf)
obs-csv-section = Rubriek
obs-csv-category = Categorie
obs-csv-period = Periode
obs-csv-value = Waarde
obs-publish = Een alleen-lezen link publiceren
obs-publish-hint = De link toont de cijfers zoals vandaag, bevroren, bijvoorbeeld voor de gemeenteraad. U kunt hem intrekken.
obs-published-title = Link gepubliceerd
obs-published-intro = De cijfers van dit verslag zijn bevroren. Wie de link heeft, kan ze lezen zonder aan te melden.
obs-published-link = Te delen link
obs-published-once = Kopieer hem nu: guichet toont hem maar één keer.
obs-published-list = Gepubliceerde links
obs-published-line = { $period }, gepubliceerd op { $date }
obs-published-on = Gepubliceerd op { $date }
obs-withdraw = Intrekken
obs-withdrawn-mark = ingetrokken
obs-withdrawn = Dit verslag werd ingetrokken door de dienst die het publiceerde.
obs-back = Terug naar het observatorium
obs-no-team = U coördineert geen team: er zijn geen cijfers te tonen.
obs-bad-choice = Dit team of deze periode bestaat niet.
obs-section-platform = Digitale hulp per platform
obs-section-blocked = Platformen waar de aanvraag niet lukte
obs-section-barrier = Drempels
obs-section-mode = Samen met de persoon of in haar plaats
obs-section-autonomy = Zelfstandigheid van de persoon
obs-section-outcome = Resultaat van de hulp
obs-section-helped = Gevolgde personen en anonieme bezoeken
obs-section-channel = Vragen per kanaal
obs-section-topic = Vragen per onderwerp
obs-section-promise = Beloofde data
obs-section-appointment = Afspraken
obs-section-message = Verstuurde brieven, sms’en en e-mails
obs-section-referral = Verstuurde doorverwijzingen
obs-helped-person = Persoon met een dossier
obs-helped-anonymous = Anoniem bezoek
obs-promise-kept = Gehaald
obs-promise-missed = Overschreden
obs-promise-open = Nog niet verstreken
obs-appointment-kept = Nagekomen
obs-appointment-missed = Gemist
obs-appointment-cancelled = Geannuleerd
obs-appointment-planned = Nog gepland
obs-message-letter = Papieren brief
obs-message-sms = Sms
obs-message-email = E-mail
obs-referral-sent = Zonder antwoord
obs-referral-accepted = Aanvaard
obs-referral-refused = Geweigerd
obs-alert-title = Alarm: een platform blokkeert meer dan gewoonlijk
obs-alert = { $team }: { $count } aanvragen lukten niet op { $platform } van { $from } tot { $to }, tegenover gemiddeld { $usual } per periode van vier weken van { $usual_from } tot { $usual_to }.
obs-alert-few = { $team }: { $count } aanvragen lukten niet op { $platform } van { $from } tot { $to }, tegenover minder dan 5 in totaal van { $usual_from } tot { $usual_to }.
home-observatory = Observatorium van digitale drempels
nav-observatory = Observatorium

## Right to disconnect (issue 18)
nav-disconnect = Recht op deconnectie
account-leave-link = Mijn verlof
leave-title = Mijn verlof
leave-intro = Tijdens uw verlof stuurt guichet u niets: berichten wachten tot u terug bent en u vindt ze op uw startpagina.
leave-list-title = Gepland verlof
leave-none = Geen verlof geregistreerd.
leave-line = Van { $first } tot { $last }
leave-remove = Verwijderen
leave-add-title = Verlof toevoegen
leave-first = Eerste dag
leave-date-hint = Bijvoorbeeld 21/12/2026.
leave-last = Laatste dag
leave-last-hint = Laat leeg voor één dag.
leave-add = Verlof opslaan
leave-back = Terug naar mijn account
leave-added = Uw verlof is opgeslagen.
leave-removed = Het verlof is verwijderd.
leave-first-missing = Geef de eerste verlofdag op.
leave-first-not-a-date = De eerste dag is geen datum: schrijf hem als 21/12/2026.
leave-last-not-a-date = De laatste dag is geen datum: schrijf hem als 03/01/2027.
leave-ends-before-start = De laatste dag valt vóór de eerste.
leave-too-long = Een verlof duurt hoogstens een jaar: registreer een langer verlof opnieuw wanneer het doorloopt.
leave-past = Dit verlof is al voorbij: het zou niets tegenhouden.
login-outside-hours = U bent buiten uw werkuren: uw organisatie laat nu geen aanmelding toe. Hebt u wachtdienst, vraag dan uw coördinator om u op de wachtlijst te zetten.
outside-hours-title = U bent buiten uw werkuren
outside-hours-lead = U hebt zich aangemeld buiten uw werkuren of tijdens een verlof.
outside-hours-shipped = Uw organisatie respecteert uw recht op deconnectie: niets verplicht u om nu te werken. Wat binnenkomt, wacht op uw volgende werkuren.
outside-hours-held = Berichten van guichet voor u worden tegengehouden tot uw volgende werkuren.
outside-hours-continue = Toch verdergaan
outside-hours-sign-out = Afmelden
disconnect-title = Recht op deconnectie
disconnect-intro = Buiten hun werkuren en tijdens hun verlof stuurt guichet niets naar personeelsleden. Kies wat er gebeurt als iemand zich op zo’n moment aanmeldt.
disconnect-policy = Aanmelden buiten de werkuren
disconnect-policy-remind = Het deconnectiebeleid herinneren en dan toelaten
disconnect-policy-refuse = De aanmelding weigeren (behalve voor de wachtlijst)
disconnect-text = Tekst van uw deconnectiebeleid (niet verplicht)
disconnect-text-hint = Getoond na een aanmelding buiten de werkuren. Leeg gelaten toont guichet een algemene tekst.
disconnect-on-call = Wachtlijst
disconnect-on-call-hint = Deze mensen kunnen zich altijd aanmelden, zonder herinnering.
disconnect-save = Opslaan
disconnect-saved = Het deconnectiebeleid is opgeslagen.
disconnect-policy-missing = Kies wat er gebeurt bij een aanmelding buiten de werkuren.
disconnect-text-too-long = De tekst is te lang: hoogstens { $max } tekens.
disconnect-on-call-unknown = Een persoon gekozen voor de wachtlijst bestaat niet.
home-away-title = Binnengekomen tijdens uw afwezigheid
home-away-line = { $when }: { $subject }
## Self-assessment and training log (issue 18)

skills-area-1 = 1. Informatie- en datageletterdheid
skills-area-2 = 2. Communicatie en samenwerking
skills-area-3 = 3. Digitale contentcreatie
skills-area-4 = 4. Veiligheid
skills-area-5 = 5. Problemen oplossen
skills-c-1-1 = Browsen, zoeken en filteren van data en digitale inhoud
skills-c-1-2 = Evalueren van data en digitale inhoud
skills-c-1-3 = Beheren van data en digitale inhoud
skills-c-2-1 = Interageren via digitale technologieën
skills-c-2-2 = Delen via digitale technologieën
skills-c-2-3 = Burgerschap uitoefenen via digitale technologieën
skills-c-2-4 = Samenwerken via digitale technologieën
skills-c-2-5 = Netiquette
skills-c-2-6 = Beheren van de digitale identiteit
skills-c-3-1 = Ontwikkelen van digitale inhoud
skills-c-3-2 = Integreren en herwerken van digitale inhoud
skills-c-3-3 = Auteursrecht en licenties
skills-c-3-4 = Programmeren
skills-c-4-1 = Beschermen van apparaten
skills-c-4-2 = Beschermen van persoonsgegevens en privacy
skills-c-4-3 = Beschermen van gezondheid en welzijn
skills-c-4-4 = Beschermen van het milieu
skills-c-5-1 = Technische problemen oplossen
skills-c-5-2 = Behoeften en technologische antwoorden identificeren
skills-c-5-3 = Creatief gebruikmaken van digitale technologieën
skills-c-5-4 = Lacunes in digitale competenties identificeren
skills-band-foundation = Basis
skills-band-intermediate = Gemiddeld
skills-band-advanced = Gevorderd
skills-band-highly-specialised = Hooggespecialiseerd
skills-title = Mijn digitale vaardigheden
skills-private = Alleen u ziet dit. Uw coördinator ziet alleen anonieme aantallen voor het team, vanaf vijf collega's.
skills-saved = Uw zelfevaluatie is bewaard.
skills-summary-title = Mijn niveaus per trap
skills-intro = Kies voor elke competentie het niveau dat vandaag bij u past, of laat "niet beoordeeld" staan. Niets is verplicht.
skills-help-link = Wat betekenen de niveaus?
skills-tools-title = Onze tools
skills-submit = Mijn zelfevaluatie bewaren
skills-help-title = De niveaus
skills-help-levels = DigComp 2.2 beschrijft elke competentie op acht niveaus, in vier trappen.
skills-help-foundation = Basis (1–2): ik doe eenvoudige taken, met hulp of alleen.
skills-help-intermediate = Gemiddeld (3–4): ik doe gewone taken alleen en los eenvoudige problemen op.
skills-help-advanced = Gevorderd (5–6): ik kies hoe ik uiteenlopende taken doe en ik help anderen.
skills-help-highly-specialised = Hooggespecialiseerd (7–8): ik los complexe problemen op en breng nieuwe werkwijzen aan.
skills-help-more = Het kader van de Europese Commissie, met voorbeelden:
skills-coach = Ik kan collega's hierbij helpen
skills-coach-hint = "Ik kan collega's hierbij helpen" is niet privé: uw collega's zien in de toolgids dat u zich aanbiedt. Uw niveaus blijven van u.
skills-not-assessed = Niet beoordeeld
skills-error-level = Kies een niveau van 1 tot 8, of "niet beoordeeld", voor { $subject }.
skills-error-unknown = Het formulier bevatte een score voor iets dat er niet op staat. Er is niets bewaard: kijk uw keuzes na en bewaar opnieuw.
skills-needs-small = minder dan 5
skills-needs-hidden = verborgen
skills-team-title = Opleidingsbehoeften van het team
skills-team-intro = Voor elke competentie en elke tool: hoeveel collega's zich op basisniveau (1 of 2) plaatsten. Anonieme aantallen, alleen getoond als minstens vijf collega's van het team zich beoordeeld hebben. Niets wordt per persoon getoond.
skills-team-none = U coördineert geen team.
skills-team-subject = Competentie of tool
skills-team-count = Collega's op basisniveau
skills-team-suppressed = Minder dan vijf collega's hebben zich beoordeeld: er wordt niets getoond.
skills-tr-title = Mijn opleidingslogboek
skills-tr-private = Alleen u ziet uw opleidingslogboek. Druk het af om een aanvraag voor opleidingstijd te steunen.
skills-tr-done-title = Gevolgde opleidingen
skills-tr-wished-title = Gewenste opleidingen
skills-tr-none = Nog geen.
skills-tr-day = Dag
skills-tr-training = Opleiding
skills-tr-provider = Gegeven door
skills-tr-hours = Uren
skills-tr-note = Opmerking
skills-tr-delete = Verwijderen
skills-tr-print-title = Mijn opleidingslogboek afdrukken
skills-tr-print-assessment = Mijn zelfevaluatie toevoegen (niveaus per trap)
skills-tr-print = Afdrukken (pdf)
skills-tr-add-title = Een opleiding toevoegen
skills-tr-status = Gevolgd of gewenst?
skills-tr-status-done = Gevolgd
skills-tr-status-wished = Gewenst
skills-tr-provider-hint = Een organisatie, een collega, een onlinecursus. Niet verplicht.
skills-tr-day-hint = Voor een gevolgde opleiding: de dag, bijvoorbeeld 14/02/2026.
skills-tr-hours-hint = Niet verplicht, bijvoorbeeld 3,5.
skills-tr-add = Aan mijn logboek toevoegen
skills-tr-added = De opleiding is aan uw logboek toegevoegd.
skills-tr-deleted = De opleiding is uit uw logboek verwijderd.
skills-tr-error-status = Zeg of de opleiding gevolgd is of gewenst.
skills-tr-error-title = Geef de naam van de opleiding.
skills-tr-error-long = Hoogstens { $max } tekens.
skills-tr-error-unreadable = Deze tekst bevat een onzichtbaar teken of te veel regels: typ hem opnieuw.
skills-tr-error-day = Geef de dag waarop de opleiding gevolgd is.
skills-tr-error-date = Geef een datum zoals 14/02/2026.
skills-tr-error-future = Die dag moet nog komen: noteer de opleiding als gewenst.
skills-tr-error-hours = Geef een aantal uren van 0,5 tot 2000, zoals 3,5.
skills-pdf-title = Opleidingslogboek — { $name }
skills-pdf-subtitle = Op { $date }
skills-pdf-assessment = Mijn zelfevaluatie (DigComp 2.2)
skills-pdf-no-assessment = Nog geen zelfevaluatie.
skills-pdf-band = Niveau
skills-pdf-subjects = Competentie of tool
skills-pdf-request-title = Aanvraag voor opleidingstijd
skills-pdf-request = { $name } volgde { $done } opleiding(en), { $hours } uur in totaal, en wil er nog { $wished } volgen. Digitale tools veranderen snel en de mensen die we helpen hangen ervan af: dit logboek steunt een aanvraag voor tijd om zich tijdens de werkuren bij te scholen.
skills-account-title = Vaardigheden en opleiding
skills-account-skills = Mijn digitale vaardigheden
skills-account-trainings = Mijn opleidingslogboek
skills-account-team = Opleidingsbehoeften van het team
## Tool guide and coaches (issue 18)
nav-guide = Toolgids
guide-title = Toolgids
guide-intro = De tools die we gebruiken, waarvoor ze dienen, wie je kunt vragen, en handleidingen geschreven door collega's.
guide-coaches-link = Een collega vinden die helpt
guide-search-label = Een tool zoeken
guide-search-hint = Een naam, een woord uit een handleiding: "ziekenfonds", "attest", "itsme".
guide-search-button = Zoeken
guide-due-count = { $count ->
    [one] { $count } tool na te kijken: de pagina is te lang niet meer nagelezen.
   *[other] { $count } tools na te kijken: hun pagina is te lang niet meer nagelezen.
}
guide-none = De gids bevat nog geen enkele tool.
guide-none-found = Geen enkele tool komt overeen met "{ $q }".
guide-col-tool = Tool
guide-col-reviewed = Laatst nagelezen
guide-to-review = Na te kijken
guide-add-title = Een tool toevoegen
guide-name = Naam van de tool
guide-purpose = Waarvoor dient het
guide-purpose-hint = In een of twee zinnen, voor een collega die het niet kent.
guide-who-to-ask = Wie vragen
guide-who-to-ask-hint = Een collega, een helpdesk, een telefoonnummer.
guide-review-months = De pagina nalezen om de … maanden
guide-review-months-hint = Tussen 1 en 60 maanden. Standaard: 12.
guide-add-button = Tool toevoegen
guide-back = Terug naar de toolgids
guide-back-tool = Terug naar de pagina van de tool
guide-archived-notice = Deze tool is gearchiveerd: hij staat niet meer in de gids.
guide-review-due-notice = Deze pagina moet nagekeken worden: het nalezen was gepland op { $date }.
guide-last-review = Laatst nagelezen: { $date }.
guide-next-review = Volgende keer nalezen: { $date }.
guide-print = Deze pagina afdrukken (pdf)
guide-mark-reviewed = Markeren als vandaag nagelezen
guide-edit-link = Pagina wijzigen
guide-howtos-heading = Handleidingen
guide-howtos-none = Niemand heeft al een handleiding voor deze tool geschreven.
guide-howto-new-link = Een handleiding schrijven
guide-howto-by = Geschreven door { $name } op { $date }.
guide-howto-on = Geschreven op { $date }.
guide-coaches-heading = Collega's die helpen
guide-coaches-none = Niemand heeft zich al voor deze tool aangeboden.
guide-coach-on = Ik kan mijn collega's met deze tool helpen
guide-coach-off = Ik help mijn collega's niet meer met deze tool
guide-done-howto = Je handleiding is toegevoegd.
guide-done-reviewed = De pagina is gemarkeerd als vandaag nagelezen.
guide-done-saved = De pagina is bewaard.
guide-done-coach = Bedankt: je collega's zien je bij de mensen die helpen.
guide-done-withdrawn = Je staat niet meer bij de mensen die helpen.
guide-edit-title = Pagina wijzigen: { $tool }
guide-edit-save = Pagina bewaren
guide-archive-title = De tool archiveren
guide-archive-hint = Een tool die we niet meer gebruiken: hij verdwijnt uit de gids, zijn pagina blijft leesbaar.
guide-archive = Tool archiveren
guide-restore-title = De tool terug in de gids zetten
guide-restore-hint = Deze tool is gearchiveerd. Zet hem terug als hij opnieuw gebruikt wordt.
guide-restore = Terug in de gids zetten
guide-howto-new-title = Een handleiding schrijven: { $tool }
guide-howto-title = Titel
guide-howto-title-hint = Wat je met de handleiding kunt doen, bijvoorbeeld "Een attest downloaden".
guide-howto-body = De stappen
guide-howto-body-hint = Eén stap per regel. Laat een lege regel tussen twee alinea's.
guide-alt = Wat de afbeelding toont
guide-alt-hint = Verplicht als je een afbeelding toevoegt: voor een collega die ze niet ziet.
guide-image = Een schermafbeelding (niet verplicht)
guide-image-hint = Een PNG- of JPEG-afbeelding van hoogstens 1 MB.
guide-howto-save = Handleiding toevoegen
guide-error-name-missing = Schrijf de naam van de tool.
guide-error-purpose-missing = Schrijf waarvoor de tool dient.
guide-error-who-missing = Schrijf wie je voor deze tool kunt vragen.
guide-error-too-long = Deze tekst is te lang: maak hem korter.
guide-error-months = Schrijf een aantal maanden tussen 1 en 60.
guide-error-title-missing = Schrijf de titel van de handleiding.
guide-error-body-missing = Schrijf de stappen van de handleiding.
guide-error-image-type = Dit bestand is geen PNG- of JPEG-afbeelding. Kies een schermafbeelding die als PNG of JPEG bewaard is, of voeg geen afbeelding toe.
guide-error-image-size = Deze afbeelding is groter dan 1 MB. Kies een kleinere afbeelding (of verklein ze), of voeg geen afbeelding toe.
guide-error-alt-missing = Schrijf wat de afbeelding toont.
guide-error-subject = Kies een competentie.
guide-pdf-subtitle = Toolgids – pagina nagelezen op { $date }
guide-pdf-image = Afbeelding: { $alt }.
guide-coaches-title = Collega's die helpen
guide-coaches-intro = Collega's bieden zich aan om anderen te helpen met een tool of een digitale competentie. Wie zich aanbiedt, is zichtbaar voor de hele organisatie.
guide-coaches-by-tool = Per tool
guide-coaches-by-competence = Per digitale competentie (DigComp)
guide-coaches-empty = Voorlopig niemand.
guide-mine-title = Mijn hulp
guide-mine-none = Je hebt je voorlopig voor niets aangeboden.
guide-withdraw = Ik help niet meer
guide-competence-label = Ik kan mijn collega's helpen met deze competentie
guide-volunteer = Mij aanbieden
home-guide-due = { $count ->
    [one] { $count } tool na te kijken in de toolgids
   *[other] { $count } tools na te kijken in de toolgids
}
