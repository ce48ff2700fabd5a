# guichet — français (langue par défaut)
# Textes écrits pour des personnes pressées : phrases courtes, mots simples.

## Mise en page
skip-to-content = Aller au contenu
nav-label = Menu principal
lang-label = Langue
sign-out = Se déconnecter
error-prefix = Erreur :
error-summary-title = Il y a un problème
nav-home = Accueil
nav-teams = Équipes
nav-access-rights = Droits d'accès
nav-accounts = Comptes
nav-sites = Sites
nav-services = Services et équipes
nav-organisation = Organisation
nav-account = Mon compte

## Rôles
role-reception = Accueil
role-social-worker = Travailleur social
role-health-worker = Soignant
role-coordinator = Coordination
role-dpo = Délégué à la protection des données
role-admin = Administration
role-volunteer = Bénévole

## Jours
day-mon = Lundi
day-tue = Mardi
day-wed = Mercredi
day-thu = Jeudi
day-fri = Vendredi
day-sat = Samedi
day-sun = Dimanche

## Erreurs
error-title = Cette page ne peut pas s'afficher
error-go-home = Retour à l'accueil
error-code = Code :
error-not-found = Cette page n'existe pas, ou vous n'y avez pas accès.
error-forbidden = Votre rôle ne donne pas accès à cette page. Demandez à l'administration si vous en avez besoin.
error-signed-out = Votre session est terminée. Connectez-vous à nouveau.
error-csrf = Ce formulaire a expiré ou ne vient pas de guichet. Revenez en arrière, rechargez la page et recommencez.
error-too-large = Le formulaire envoyé est trop grand.
error-unavailable = guichet ne peut pas joindre sa base de données pour le moment. Réessayez dans une minute. Si cela dure, prévenez le service informatique.

## Connexion
login-title = Se connecter
login-username = Nom d'utilisateur
login-password = Mot de passe
login-submit = Se connecter
login-help = Mot de passe oublié ? Demandez un lien à usage unique à l'administration de guichet.
login-username-missing = Indiquez votre nom d'utilisateur
login-password-missing = Indiquez votre mot de passe
login-failed = Le nom d'utilisateur ou le mot de passe est incorrect
login-throttled = { $minutes ->
    [one] Trop d'essais. Attendez { $minutes } minute avant de réessayer.
   *[other] Trop d'essais. Attendez { $minutes } minutes avant de réessayer.
}
login-expired = Votre session s'est terminée après un moment sans activité. Connectez-vous à nouveau.
login-password-set = Votre mot de passe est enregistré. Vous pouvez vous connecter.

## Mot de passe
password-set-title = Choisir un mot de passe
password-set-for = Compte : { $username }
password-new = Nouveau mot de passe
password-confirm = Répétez le nouveau mot de passe
password-rule = Au moins 12 caractères. Une phrase de plusieurs mots est plus facile à retenir.
password-set-submit = Enregistrer le mot de passe
password-link-invalid = Ce lien ne fonctionne plus : il a déjà servi ou il a expiré. Demandez un nouveau lien à l'administration.
password-too-short = Le mot de passe doit avoir au moins 12 caractères
password-too-long = Le mot de passe doit avoir au plus 128 caractères
password-same-as-username = Le mot de passe ne peut pas être votre nom d'utilisateur
password-mismatch = Les deux mots de passe ne sont pas identiques

## Accueil
home-title = Accueil
home-greeting = Bonjour { $name }.
home-today = Aujourd'hui
home-site-open = Ouvert : { $hours }.
home-site-walkin = Sans rendez-vous : { $hours }.
home-site-open-no-walkin = Ouvert : { $hours }. Pas de permanence sans rendez-vous aujourd'hui.
home-site-closed-weekday = Fermé aujourd'hui.
home-site-closed-today = Fermé aujourd'hui : { $reason }
home-site-phone = Téléphone :
home-persons = Personnes suivies par vos équipes
home-persons-none = Vos équipes ne suivent encore personne.
home-persons-count = { $count ->
    [one] Vos équipes suivent { $count } personne.
   *[other] Vos équipes suivent { $count } personnes.
}
home-my-teams = Vos équipes
home-no-team = Vous ne faites partie d'aucune équipe.
home-see-teams = Voir toutes les équipes
home-dpo = Protection des données
home-dpo-accounts = { $count ->
    [one] { $count } compte du personnel.
   *[other] { $count } comptes du personnel.
}
home-dpo-review = Revoir qui a accès à quoi
home-admin = Administration
home-admin-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
home-admin-sites = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
home-admin-teams = { $count ->
    [one] { $count } équipe
   *[other] { $count } équipes
}
home-admin-no-person-data = Un compte d'administration gère les comptes et les réglages. Il ne voit jamais les dossiers des personnes.

## Personne
person-title = Dossier
person-why-followed = Vous voyez ce dossier parce que votre équipe suit cette personne : { $teams }.

## Mon compte
account-title = Mon compte
account-name = Nom
account-username = Nom d'utilisateur
account-roles = Rôles
account-teams = Équipes
account-no-team = Aucune
account-lang-title = Langue de guichet
account-lang-label = Langue
account-lang-submit = Enregistrer la langue
account-lang-saved = La langue est enregistrée.
account-lang-invalid = Choisissez une langue dans la liste
account-password-title = Changer mon mot de passe
account-current-password = Mot de passe actuel
account-current-missing = Indiquez votre mot de passe actuel
account-current-wrong = Le mot de passe actuel est incorrect
account-password-submit = Changer le mot de passe
account-password-saved = Le mot de passe est changé. Vos autres sessions sont fermées.
account-everywhere-title = Se déconnecter partout
account-other-sessions = { $count ->
    [0] Vous n'êtes connecté nulle part ailleurs.
    [one] Vous êtes aussi connecté sur { $count } autre appareil.
   *[other] Vous êtes aussi connecté sur { $count } autres appareils.
}
account-everywhere-submit = Se déconnecter sur tous les appareils

## Comptes (administration)
users-title = Comptes du personnel
users-new = Créer un compte
users-back = Retour aux comptes
users-col-name = Nom
users-col-roles = Rôles
users-col-teams = Équipes
users-col-status = État
home-failed-sign-ins-title = Tentatives de connexion à votre compte
home-failed-sign-ins = { $count ->
    [one] Depuis votre dernière visite, quelqu'un a essayé une fois de se connecter à votre compte, sans succès.
   *[other] Depuis votre dernière visite, quelqu'un a essayé { $count } fois de se connecter à votre compte, sans succès.
}
home-failed-sign-ins-last = Dernier essai : { $date } à { $time }.
home-failed-sign-ins-advice = Si ce n'était pas vous, prévenez l'administrateur de guichet : il peut vous remettre un lien pour choisir un nouveau mot de passe.
home-failed-sign-ins-seen = J'ai lu ce message
users-col-failed = Connexions refusées
users-failed-counts = { $recent } depuis hier, { $month } en 30 jours
users-failed-since = { $count ->
    [one] (une depuis la dernière connexion réussie)
   *[other] ({ $count } depuis la dernière connexion réussie)
}
users-status-active = Actif
users-status-disabled = Désactivé
users-status-no-password = En attente du mot de passe
user-new-title = Créer un compte
user-edit-title = Modifier un compte
user-username = Nom d'utilisateur
user-username-hint = Lettres minuscules, chiffres, point, tiret. Par exemple : m.dubois
user-display-name = Nom complet
user-lang = Langue de guichet
user-lang-default = Selon le navigateur
user-roles = Rôles
user-roles-hint = Cochez tout ce que cette personne fait. Un compte d'administration ne voit aucun dossier.
user-teams = Équipes
user-teams-hint = Le personnel d'accueil et de terrain voit les personnes suivies par ses équipes.
user-create = Créer le compte
user-save = Enregistrer
user-saved = Les changements sont enregistrés.
user-username-missing = Indiquez un nom d'utilisateur
user-username-length = Le nom d'utilisateur doit avoir entre 3 et 64 caractères
user-username-characters = Le nom d'utilisateur ne peut contenir que des lettres minuscules sans accent, des chiffres, des points et des tirets
user-username-taken = Ce nom d'utilisateur existe déjà
user-display-name-missing = Indiquez le nom complet
user-display-name-long = Le nom complet doit avoir au plus 120 caractères
user-roles-missing = Cochez au moins un rôle
user-roles-admin-frontline = L'administration ne peut pas aller avec l'accueil ou le travail de terrain. Créez deux comptes séparés.
user-roles-keep-own-admin = Vous ne pouvez pas retirer votre propre rôle d'administration
user-teams-missing = Choisissez au moins une équipe pour un rôle d'accueil ou de terrain
user-access-title = Accès
user-reset-explain = Un lien à usage unique permet de choisir un nouveau mot de passe. Il s'affiche ici, pour l'imprimer ou le remettre en main propre.
user-reset-submit = Créer un lien de mot de passe
user-disable-explain = Un compte désactivé ne peut plus se connecter. Ses sessions sont fermées tout de suite.
user-disabled-explain = Ce compte est désactivé.
user-disable = Désactiver le compte
user-enable = Réactiver le compte
user-cannot-disable-self = Vous ne pouvez pas désactiver votre propre compte

## Lien à usage unique
link-title = Lien pour choisir un mot de passe
link-for = Pour : { $name }
link-username = Nom d'utilisateur :
link-open = Ouvrez cette adresse dans le navigateur de guichet :
link-valid = { $hours ->
    [one] Ce lien sert une seule fois, pendant { $hours } heure.
   *[other] Ce lien sert une seule fois, pendant { $hours } heures.
}
link-once = Imprimez ou recopiez ce lien maintenant : il ne sera plus affiché.
link-back = Retour au compte

## Sites
sites-title = Sites
sites-new = Ajouter un site
sites-none = Aucun site pour le moment.
sites-back = Retour aux sites
site-new-title = Ajouter un site
site-edit-title = Modifier un site
site-name = Nom du site
site-street = Rue et numéro
site-postcode = Code postal
site-municipality = Commune
site-phone = Téléphone
site-phone-hint = Par exemple : 010 23 45 67
site-hours = Heures d'ouverture
site-hours-hint = Par exemple : 9:00-12:00, 13:30-16:00. Laissez vide si c'est fermé.
site-day = Jour
site-open = Ouvert
site-walkin = Sans rendez-vous
site-closing = Jours de fermeture
site-closing-hint = Un jour par ligne : la date, puis la raison. Par exemple : 2026-12-24 Veille de Noël
site-save = Enregistrer le site
site-name-missing = Indiquez le nom du site
site-street-missing = Indiquez la rue et le numéro
site-postcode-invalid = Indiquez un code postal belge de 4 chiffres
site-municipality-missing = Indiquez la commune
site-phone-invalid = Indiquez un numéro de téléphone, par exemple 010 23 45 67
site-hours-invalid = { $day } : écrivez les heures comme 9:00-12:00, 13:30-16:00
site-closing-invalid = Jours de fermeture, ligne { $line } : écrivez la date comme 2026-12-24 ou 24/12/2026

## Services et équipes
services-title = Services et équipes
services-none = Aucun service pour le moment.
services-new = Ajouter un service
services-site = Site
services-name = Nom du service
services-name-hint = Par exemple : Service social général, Médiation de dettes
services-create = Ajouter le service
service-name-missing = Indiquez le nom du service
service-site-missing = Choisissez un site
teams-new = Ajouter une équipe
teams-service = Service
teams-name = Nom de l'équipe
teams-create = Ajouter l'équipe
team-name-missing = Indiquez le nom de l'équipe
team-service-missing = Choisissez un service
teams-title = Équipes
teams-intro = Les équipes, leur service et leur site. Aucune donnée sur les personnes suivies.
teams-col-team = Équipe
teams-col-service = Service
teams-col-site = Site
teams-col-members = Membres
teams-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}

## Organisation
org-title = Organisation
org-name = Nom de l'organisation
org-name-hint = Tel qu'il apparaît sur les courriers. Par exemple : CPAS de Wavre
org-save = Enregistrer
org-saved = Le nom est enregistré.
org-name-missing = Indiquez le nom de l'organisation (200 caractères au plus)

## Droits d'accès (DPO)
access-title = Qui a accès à quoi
access-intro = Chaque compte du personnel, ses rôles et ses équipes. Cette liste ne montre pas ce que chacun fait : elle sert seulement à vérifier les droits.
access-col-persons = Dossiers des personnes
access-persons-followed = Personnes suivies par ses équipes
access-persons-none = Aucun

## Personnes
nav-persons = Personnes
persons-title = Personnes
persons-search-label = Chercher une personne
persons-search-hint = Un nom (dans n'importe quel ordre, sans accents si vous voulez), un numéro de téléphone ou un numéro national.
persons-search-submit = Chercher
persons-results = { $count ->
    [0] Aucune personne trouvée parmi les dossiers de vos équipes.
    [one] { $count } personne trouvée.
   *[other] { $count } personnes trouvées.
}
persons-new = Enregistrer une nouvelle personne
persons-new-from-search = Personne pas trouvée : l'enregistrer
person-new-title = Enregistrer une personne
person-new-intro = Il suffit d'un nom et d'un moyen de joindre la personne. Le reste peut attendre.
person-given-names = Prénom(s)
person-family-name = Nom de famille
person-family-name-hint = Si la personne n'a qu'un seul nom, écrivez-le ici.
person-usual-name = Nom d'usage
person-usual-name-hint = Le nom que la personne utilise, s'il est différent.
person-birth = Date de naissance
person-birth-hint = Si elle est connue. Vous pouvez ne donner que l'année, ou le mois et l'année.
person-birth-day = Jour
person-birth-month = Mois
person-birth-year = Année
person-niss = Numéro national ou numéro BIS
person-niss-hint = Facultatif. 11 chiffres, par exemple 85.07.30-033.28
person-reach = Comment joindre la personne
person-reach-hint = Un seul de ces moyens suffit : un téléphone, un e-mail, une adresse postale ou de contact, « vient au guichet », ou une personne de confiance.
person-phone = Téléphone
person-phone-holder = À qui est ce téléphone ?
person-phone-holder-hint = Laissez vide si c'est celui de la personne. Par exemple : sa fille
person-email = Adresse e-mail
person-team = Équipe qui suit la personne
person-new-submit = Enregistrer la personne
person-name-missing = Indiquez au moins un nom
person-birth-invalid = Cette date de naissance n'existe pas. Donnez l'année seule si vous n'êtes pas sûr du jour.
person-niss-invalid = Ces 11 chiffres ne forment pas un numéro national valable : un chiffre est sans doute mal tapé
person-phone-invalid = Indiquez un numéro de téléphone complet, par exemple 0470 12 34 56, 010 23 45 67 ou +33 6 12 34 56 78
person-email-invalid = Indiquez une adresse e-mail comme nom@exemple.be
person-contact-missing = Indiquez au moins un moyen de joindre la personne : un téléphone, un e-mail, une adresse (ou une adresse de contact), « vient au guichet », ou une personne de confiance
person-team-missing = Choisissez une de vos équipes
person-matches-title = Est-ce la même personne ?
person-matches-intro = Ces dossiers ressemblent à la personne que vous enregistrez. Si c'est la même personne, ouvrez son dossier : elle ne doit pas être encodée deux fois.
person-matches-open = Ouvrir ce dossier
person-matches-hidden = { $count ->
    [one] { $count } autre dossier qui ressemble existe dans une équipe qui n'est pas la vôtre. Demandez à un collègue avant de créer un nouveau dossier.
   *[other] { $count } autres dossiers qui ressemblent existent dans des équipes qui ne sont pas les vôtres. Demandez à un collègue avant de créer un nouveau dossier.
}
person-matches-create = Aucune de ces personnes : créer un nouveau dossier
person-matches-edit = Corriger ce que j'ai tapé
match-same-niss = même numéro national
match-same-name = même nom
match-similar-name = nom proche
match-same-birth-date = même date de naissance
match-same-phone = même téléphone
person-created = Le dossier est créé.
person-unknown = Inconnue
person-phone-mobile = GSM
person-phone-landline = fixe

## Comment joindre la personne
channel-paper-letter = courrier papier
channel-landline = appel sur le téléphone fixe
channel-mobile = appel sur le GSM
channel-sms = SMS
channel-email = e-mail
channel-walk-in-only = seulement au guichet (la personne passe elle-même)
channel-trusted-third = par une personne de confiance
need-reading-difficulty = Lit difficilement : utiliser la version facile à lire
need-large-print = Grands caractères
need-visual-impairment = Voit mal
need-hearing-impairment = Entend mal : préférer l'écrit ou le guichet
need-interpreter = A besoin d'un interprète
need-no-smartphone = Pas de smartphone
need-no-computer = Pas d'ordinateur
need-no-internet-at-home = Pas d'internet à la maison
need-no-card-reader = Pas de lecteur de carte d'identité
need-no-itsme = Pas d'itsme
language-fr = français
language-nl = néerlandais
language-en = anglais
language-de = allemand
language-unknown = Pas encore connue
language-other = Une autre langue
pref-none = Pas encore de préférence : demandez à la personne comment la joindre.
pref-first = D'abord : { $channel }.
pref-then = Sinon : { $channel }.
pref-fallback = Le dossier ne permet pas encore « { $wanted } » : les messages partiront par { $used }.
pref-unusable = Le dossier ne permet aucun de ces moyens : les messages seront remis au guichet.
pref-language = Langue : { $language }.
pref-language-other = Langue : { $language }. Prévoir un interprète.
person-reach-title = Comment joindre cette personne
person-reach-change = Changer la façon de la joindre ou son adresse
person-address = Adresse postale
person-address-unknown = Pas connue
contact-title = Comment joindre la personne
contact-back = Retour au dossier de { $name }
contact-intro = Demandez à { $name } quel moyen de contact lui convient le mieux. Tous les messages suivront cet ordre.
contact-channels = Moyens de contact, dans l'ordre de préférence
contact-channels-hint = Le premier choix sert d'habitude ; les suivants si le premier ne marche pas.
contact-channel-1 = Premier choix
contact-channel-2 = Deuxième choix
contact-channel-3 = Troisième choix
contact-channel-none = —
contact-trusted-third = Personne de confiance
contact-trusted-third-hint = Son nom et son téléphone, si la personne veut qu'on passe par elle.
contact-trusted-third-missing = Indiquez le nom de la personne de confiance
contact-language = Langue de la personne
contact-language-other = Autre langue
contact-language-other-hint = Seulement si vous avez choisi « Une autre langue ». Un interprète sera prévu.
contact-language-other-missing = Indiquez quelle langue
contact-needs = Besoins
contact-letter-needs-address = Pour envoyer des courriers papier, il faut une adresse postale
contact-save = Enregistrer
address-title = Adresse postale
address-kind = Où envoyer le courrier
address-kind-unknown = Pas encore connu
address-kind-belgian = Une adresse en Belgique
address-kind-foreign = Une adresse à l'étranger
address-kind-no-fixed = Pas d'adresse fixe : une adresse de contact
address-fill-hint = Remplissez seulement les champs qui correspondent à votre choix.
address-street = Rue et numéro
address-street-missing = Indiquez l'adresse
address-foreign-lines = Adresse à l'étranger (rue, ville, code postal)
address-country = Pays
address-country-missing = Indiquez le pays
address-contact = Adresse de contact
address-contact-hint = Par exemple l'adresse du service, où la personne vient chercher son courrier.
address-contact-missing = Indiquez l'adresse de contact
address-municipality-hint = Si vous la laissez vide, guichet la complète d'après le code postal.
address-municipality-choose = Le code postal { $postcode } couvre plusieurs localités : { $places }. Indiquez celle de l'adresse.
address-municipality-mismatch = Cette commune ne correspond pas au code postal { $postcode } ({ $places }). Corrigez le code postal ou la commune, ou cochez la case si l'adresse est juste.
address-municipality-confirm = L'adresse est juste telle que je l'ai écrite

## Demandes
nav-queue = File des demandes
arrival-walk-in = Au guichet
arrival-phone = Par téléphone
arrival-voicemail = Message sur le répondeur
arrival-letter = Par courrier
arrival-email = Par e-mail
arrival-online-form = Par le formulaire en ligne
arrival-referral = Envoyée par un autre service
arrival-home-visit = Lors d'une visite à domicile
urgency-urgent = Urgent
urgency-normal = Normal
urgency-can-wait = Peut attendre
status-new = Nouvelle
status-acknowledged = Accusé de réception envoyé
status-in-progress = En cours
status-waiting-for-person = En attente de la personne
status-done = Terminée
status-redirected = Orientée vers un autre service
status-withdrawn = Retirée
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
person-requests = Demandes
person-requests-none = Pas encore de demande.
person-request-promised = réponse promise pour le { $date }
person-request-new = Nouvelle demande
request-new-title = Nouvelle demande
request-new-for = Pour { $name }. Seul le thème est obligatoire.
request-description = Ce que la personne demande
request-description-hint = Avec ses mots, si possible.
request-topic = Thème
request-topic-choose = Choisissez un thème
request-topic-missing = Choisissez le thème de la demande
request-channel = Comment la demande est arrivée
request-urgency = Urgence
request-team = Équipe qui s'en occupe
request-assigned = Suivie par
request-assigned-nobody = Personne pour l'instant
request-assign-title = Qui suit cette demande
request-assign-to = Confier la demande à
request-assign-save = Confier
request-team-missing = Choisissez une équipe
request-create = Enregistrer la demande
request-title = Demande
request-person = Personne
request-status = État
request-promised = Réponse promise au plus tard le { $date }.
request-overdue = En retard : la réponse était promise pour le { $date }.
request-ack-print = La personne est au guichet : imprimez l'accusé de réception et donnez-le-lui.
request-ack-no-channel = Aucun moyen de contact enregistré ne permet d'envoyer l'accusé de réception. Imprimez-le pour le donner ou l'envoyer, et demandez à la personne comment la joindre.
request-ack-queued = En attente d'envoi — { $channel } :
request-ack-open = Imprimer l'accusé de réception
request-ack-open-large = Version en grands caractères
request-status-change = Suivi
request-status-new = Nouvel état
request-status-save = Changer l'état
request-history = Historique
ack-title = Accusé de réception
ack-back = Retour à la demande
ack-print-hint = Imprimez cette page avec la commande d'impression du navigateur (Ctrl+P).
ack-hello = Bonjour { $name }.
ack-topic = Nous avons bien reçu votre demande : { $topic }.
ack-service = Le service « { $service } » s'en occupe.
ack-date = Vous aurez une réponse au plus tard le { $date }.
ack-no-internet = Vous n'avez pas besoin d'internet pour nous joindre.
ack-phone = Téléphone : { $phone }.
ack-walkin = Sans rendez-vous : { $hours }.
ack-address = Adresse : { $address }.
queue-title = File des demandes
queue-open = { $count ->
    [0] Aucune demande ouverte.
    [one] { $count } demande ouverte.
   *[other] { $count } demandes ouvertes.
}
queue-overdue = { $count ->
    [0] Aucune en retard.
    [one] { $count } en retard.
   *[other] { $count } en retard.
}
queue-col-promised = Réponse promise
queue-late = en retard

## Rendez-vous
person-appointments = Rendez-vous
person-appointments-none = Pas de rendez-vous.
person-appointment-new = Prendre un rendez-vous
appointment-new-title = Prendre un rendez-vous
appointment-new-for = Pour { $name }.
appointment-worker = Avec qui
appointment-worker-missing = Choisissez avec qui
appointment-date = Date
appointment-time = Heure
appointment-time-hint = Par exemple 10:00 ou 14h30
appointment-duration = Durée
appointment-minutes = { $minutes } minutes
appointment-place = Où
appointment-place-site = Dans nos locaux
appointment-place-phone = Par téléphone
appointment-place-home = Au domicile de la personne
appointment-site = Site
appointment-site-missing = Choisissez un site
appointment-room = Bureau ou salle
appointment-room-hint = Facultatif. Sert à éviter deux rendez-vous dans la même salle.
appointment-bring = Ce qu'il faut apporter
appointment-bring-hint = Par exemple : carte d'identité, dernière facture d'énergie
appointment-create = Enregistrer le rendez-vous
appointment-date-invalid = Indiquez une date qui existe, par exemple 7 4 2026
appointment-time-invalid = Indiquez une heure, par exemple 10:00
appointment-in-the-past = Cette date et cette heure sont déjà passées
appointment-clash-worker = Déjà un rendez-vous à ce moment : { $span }
appointment-clash-room = La salle est déjà prise : { $span }
appointment-title = Rendez-vous
appointment-status-is = État : { $status }
appointment-status-planned = prévu
appointment-status-arrived = la personne est arrivée
appointment-status-done = fait
appointment-status-cancelled = annulé
appointment-status-missed = la personne n'est pas venue
appointment-print-card = Imprimer la carte pour le frigo
appointment-reminders = Rappels prévus
appointment-reminders-none = Aucun rappel : les préférences de contact ne permettent pas d'en envoyer.
appointment-reminder-line = { $when }
appointment-call-line = Appeler la personne le { $day }
appointment-what-happened = Ce qui s'est passé
appointment-no-penalty = Un rendez-vous manqué est noté, sans aucune conséquence pour la personne.
appointment-mark-arrived = La personne est arrivée
appointment-mark-done = Rendez-vous fait
appointment-mark-missed = La personne n'est pas venue
appointment-mark-cancelled = Annulé
card-title = Carte de rendez-vous
card-back = Retour au rendez-vous
card-print-hint = Imprimez en A5 (ou A4 plié en deux) avec Ctrl+P.
card-heading = Votre rendez-vous
card-time = à { $time }
card-with = Avec : { $worker }
card-where-site = Où : { $address }
card-where-phone = Nous vous téléphonons.
card-where-home = Chez vous.
card-room = Bureau : { $room }
card-bring = À apporter : { $things }
card-cancel = Pour annuler ou changer : { $phone }

## Aujourd'hui
nav-today = Aujourd'hui
today-title = Aujourd'hui au guichet
today-appointments = Rendez-vous du jour
today-appointments-none = Pas de rendez-vous aujourd'hui pour vos équipes.
today-calls = Personnes à rappeler
today-calls-none = Personne à rappeler aujourd'hui.
today-call-about = Pour lui rappeler son rendez-vous du { $when }.
today-call-done = Appel fait
today-walk-ins = Arrivées sans rendez-vous
today-walk-ins-none = Personne n'attend.
today-walk-in-label = Pour reconnaître la personne
today-walk-in-hint = Facultatif : un prénom, ou quelques mots.
today-walk-in-give = Donner un ticket
today-ticket-given = Ticket numéro { $ticket }.
today-ticket = Ticket
today-arrived-at = Arrivée à
today-call-ticket = Appeler
today-ticket-called = Appelé.
today-ticket-done = Terminé

## Modifier un dossier
identity-title = Identité de { $name }
identity-niss-hint = Facultatif. 11 chiffres, par exemple 85.07.30-033.28. Videz le champ pour retirer le numéro : il reste dans l'historique plus bas.
identity-niss-taken = Ce numéro est déjà dans le dossier de { $name }. S'il s'agit de la même personne, fusionnez plutôt les deux dossiers.
identity-niss-taken-open = Ouvrir le dossier de { $name }
identity-niss-taken-hidden = Ce numéro est déjà dans un autre dossier, que vous ne pouvez pas ouvrir. Vérifiez le numéro ; s'il est juste, demandez à la coordination de regarder les deux dossiers.
identity-save = Enregistrer
identity-history-title = Numéros nationaux enregistrés pour ce dossier
identity-history-none = Aucun numéro national enregistré.
identity-history-recorded = enregistré le { $date }
identity-history-current = (numéro actuel)
phones-title = Téléphones de { $name }
phones-none = Ce dossier n'a aucun numéro de téléphone.
phones-order-hint = Essayez d'abord le premier numéro.
phones-add-title = Ajouter un numéro
phones-kind = Type de téléphone
phones-kind-guess = Selon le numéro (04… = GSM)
phones-kind-mobile = GSM
phones-kind-landline = Fixe
phones-add = Ajouter ce numéro
emails-title = Adresses e-mail de { $name }
emails-none = Ce dossier n'a aucune adresse e-mail.
emails-order-hint = Utilisez d'abord la première adresse. Plusieurs personnes peuvent partager la même adresse.
emails-add-title = Ajouter une adresse e-mail
emails-holder = À qui est cette adresse ?
emails-holder-hint = Laissez vide si c'est l'adresse de la personne. Par exemple : son fils
emails-add = Ajouter cette adresse
lines-up = Monter
lines-remove = Retirer
person-identity-change = Modifier le nom, la date de naissance ou le numéro national
person-phones-change = Ajouter, retirer ou classer les téléphones
person-emails-change = Ajouter, retirer ou classer les adresses e-mail

## Coordination : délais de réponse, thèmes, jours de fermeture
nav-response-times = Délais de réponse
nav-topics = Thèmes
home-response-times = Délais de réponse promis par service
home-topics = Thèmes propres à notre organisation
settings-times-title = Délais de réponse
settings-times-intro = La date promise à la personne tombe ce nombre de jours ouvrables après l'arrivée de sa demande. Les week-ends, les jours fériés et les jours de fermeture du site ne comptent pas.
settings-times-no-service = Aucun service pour l'instant : un administrateur doit d'abord les créer.
settings-times-days = { $count ->
    [one] { $count } jour ouvrable
   *[other] { $count } jours ouvrables
}
settings-times-change = Modifier
settings-times-change-of = Modifier les délais : { $service }
settings-times-hint = En jours ouvrables, de 0 à 120. Une demande urgente ne peut pas attendre plus longtemps qu'une demande normale, ni une demande normale plus longtemps qu'une demande qui peut attendre.
settings-times-urgent = Urgent (jours ouvrables)
settings-times-normal = Normal (jours ouvrables)
settings-times-can-wait = Peut attendre (jours ouvrables)
settings-times-save = Enregistrer les délais
settings-times-saved = Délais enregistrés pour { $service }. Ils valent pour les nouvelles demandes.
settings-times-not-a-number = { $urgency } : indiquez un nombre entier de jours ouvrables, de 0 à 120
settings-times-urgent-longer = Une demande urgente ne peut pas attendre plus longtemps qu'une demande normale : raccourcissez le délai urgent ou allongez le délai normal
settings-times-normal-longer = Une demande normale ne peut pas attendre plus longtemps qu'une demande qui peut attendre : raccourcissez le délai normal ou allongez l'autre
settings-topics-title = Thèmes des demandes
settings-topics-intro = Chaque demande reçoit un thème. La liste commune (data·inclusion) est toujours proposée ; ajoutez ici les thèmes propres à votre organisation. Un thème archivé n'est plus proposé, mais les anciennes demandes le gardent.
request-topic-ours = Thèmes de notre organisation
settings-topics-none = Aucun thème ajouté pour l'instant.
settings-topics-label-fr = Nom en français
settings-topics-label-nl = Nom en néerlandais
settings-topics-label-en = Nom en anglais
settings-topics-state = État
settings-topics-is-active = Proposé
settings-topics-is-archived = Archivé
settings-topics-archive = Archiver
settings-topics-restore = Proposer à nouveau
settings-topics-add = Ajouter un thème
settings-topics-add-hint = Donnez au moins un nom. Dans une langue sans nom, l'autre nom est affiché.
settings-topics-add-button = Ajouter le thème
settings-topics-added = Thème ajouté. Il est proposé dans le formulaire de demande.
settings-topics-archived = Thème archivé. Il n'est plus proposé pour les nouvelles demandes.
settings-topics-restored = Le thème est à nouveau proposé.
settings-topics-label-missing = Donnez un nom au thème, dans au moins une langue
settings-topics-label-long = Le nom est trop long : 80 caractères au plus
settings-topics-exists = Ce thème existe déjà : { $topic }
settings-topics-exists-archived = Ce thème existe déjà mais il est archivé : { $topic }. Proposez-le à nouveau plutôt que de le recréer
appointment-public-holiday = Le { $day } est un jour férié ({ $holiday }) : le site est fermé. Choisissez un autre jour
appointment-site-closed-day = Le site est fermé le { $day }. Choisissez un autre jour
appointment-site-closed-because = Le site est fermé le { $day } ({ $reason }). Choisissez un autre jour
holiday-new-year = Nouvel An
holiday-easter-monday = lundi de Pâques
holiday-labour-day = fête du Travail
holiday-ascension = Ascension
holiday-whit-monday = lundi de Pentecôte
holiday-national-day = fête nationale
holiday-assumption = Assomption
holiday-all-saints = Toussaint
holiday-armistice = Armistice
holiday-christmas = Noël
## Journal
note-journal = Journal
note-journal-of = Journal de { $name }
note-none = Aucune note à afficher.
note-add = Ajouter une note
note-see-all = Voir tout le journal
note-added = La note est enregistrée.
note-private = Note privée
note-tags = Mots-clés :
note-about-request = Demande :
note-author-gone = Compte supprimé
note-filter-label = Choisir les notes à afficher
note-filter-all = Toutes les notes
note-filter-tag = Notes avec le mot-clé « { $tag } ».
note-filter-clear = Voir toutes les notes
note-compartment-administrative = Administratif
note-compartment-social = Social
note-compartment-health = Santé
note-compartment-digital = Aide numérique
note-new-title = Nouvelle note
note-new-for = Pour { $name }. Seul le texte est obligatoire.
note-body = Note
note-body-hint = Écrivez librement, avec vos mots.
note-body-missing = Écrivez le texte de la note
note-body-too-long = Cette note est trop longue : 20 000 caractères au maximum
note-compartment-legend = Qui peut lire cette note ?
note-choice-administrative = Administratif : les travailleurs sociaux et les soignants des équipes qui suivent la personne
note-choice-social = Social : les travailleurs sociaux des équipes qui suivent la personne
note-choice-health = Santé : les soignants des équipes qui suivent la personne
note-choice-digital = Aide numérique : les travailleurs sociaux et les soignants des équipes qui suivent la personne
note-compartment-missing = Choisissez qui peut lire cette note
note-tags-label = Mots-clés
note-tags-hint = Facultatif. Séparez-les par des virgules, par exemple : loyer, énergie
note-tags-too-many = Mettez 10 mots-clés au maximum
note-tags-too-long = Un mot-clé ne peut pas dépasser 40 caractères
note-request = Demande concernée
note-request-none = Aucune demande en particulier
note-request-unknown = Choisissez une des demandes de cette personne
note-private-legend = Note privée
note-private-hint = Personne d'autre ne pourra la lire, même dans votre équipe.
note-private-choice = Seulement pour moi
note-save = Enregistrer la note
note-request-notes = Notes sur cette demande
note-add-for-request = Ajouter une note sur cette demande
## Ménage et fusion de dossiers
household-title = Ménage de { $name }
household-members = Ménage et famille
household-none = Aucun membre du ménage n'est encore lié à ce dossier.
household-change = Ajouter ou retirer un membre du ménage
household-hidden-member = Une personne dont vous ne pouvez pas ouvrir le dossier
household-relation-column = Lien
household-person-column = Personne
household-actions-column = Actions
household-remove = Retirer le lien
household-add-title = Lier une autre personne
household-search-label = Chercher la personne à lier
household-search-none = Aucune autre personne trouvée. Elle doit avoir un dossier que vous pouvez ouvrir.
household-choose = Quelle personne ?
household-relation = Qui est cette personne pour { $name } ?
household-relation-choose = Choisir
household-link = Lier les deux dossiers
household-linked = Le lien est enregistré.
household-removed = Le lien est retiré.
household-choose-missing = Choisissez la personne à lier
household-relation-missing = Choisissez le lien entre les deux personnes
household-already-linked = Ces deux personnes sont déjà liées
household-not-oneself = Une personne ne peut pas être liée à elle-même
household-rel-partner = Partenaire
household-rel-child = Enfant
household-rel-parent = Parent
household-rel-sibling = Frère ou sœur
household-rel-other-relative = Autre membre de la famille
household-rel-lives-with = Vit sous le même toit, sans lien de famille
merge-start = Cette personne a un autre dossier ? Fusionner les deux dossiers
merge-title = Un autre dossier pour { $name } ?
merge-intro = Si la même personne a été encodée deux fois, cherchez l'autre dossier. Vous verrez les deux dossiers côte à côte avant de décider.
merge-search-label = Chercher l'autre dossier
merge-search-none = Aucun autre dossier trouvé parmi ceux que vous pouvez ouvrir.
merge-choose = Quel dossier est la même personne ?
merge-compare = Comparer les deux dossiers
merge-choose-missing = Choisissez l'autre dossier de la personne
merge-same-file = C'est le même dossier : choisissez l'autre dossier de la personne
merge-confirm-title = Est-ce la même personne ?
merge-table-caption = Les deux dossiers côte à côte
merge-kept = Dossier gardé
merge-merged = Dossier fusionné puis supprimé
merge-name = Nom
merge-which-kept = Le dossier le plus ancien est gardé : { $name }.
merge-what-happens = Tout ce que contient l'autre dossier y est déplacé : téléphones, adresses e-mail, demandes, rendez-vous, membres du ménage et équipes qui suivent la personne. L'autre dossier est ensuite supprimé. On ne peut pas revenir en arrière.
merge-submit = Fusionner les deux dossiers
merge-cancel = Ce n'est pas la même personne : ne rien faire
merge-different-niss = Ces deux dossiers ont chacun un numéro national différent : ce sont deux personnes différentes. Ils n'ont pas été fusionnés.
merge-done = Les deux dossiers n'en font plus qu'un.

## Person's rights: report, export, erasure
person-rights-title = Les droits de la personne
person-rights-report = Imprimer le rapport « Ce que nous savons de vous »
person-rights-export = Télécharger toutes les données (fichier JSON)
person-rights-erase = Effacer les données de la personne
person-anonymised = Ce dossier a été anonymisé le { $date }. Il ne reste que le thème, le statut et les dates des demandes.
person-erased = Les données ont été effacées le { $date }. Il ne reste que le thème, le statut et les dates des demandes.
report-page-title = Rapport pour la personne
report-back = Retour au dossier
report-print-hint = Imprimez cette page avec la commande d'impression du navigateur (Ctrl+P) et donnez-la à la personne. Elle est écrite dans la langue de la personne.
report-title = Ce que nous savons de vous
report-anonymised = Votre dossier est anonymisé : nous ne connaissons plus votre nom.
report-name = Votre nom : { $name }.
report-usual-name = Le nom que vous utilisez : { $name }.
report-birth = Votre date de naissance : { $date }.
report-birth-unknown = Nous ne connaissons pas votre date de naissance.
report-niss = Votre numéro national : { $number }.
report-niss-earlier = Nous avons aussi noté ce numéro national le { $date } : { $number }.
report-phone = Votre téléphone : { $number }.
report-phone-of = Un téléphone pour vous joindre : { $number } ({ $holder }).
report-email = Votre adresse e-mail : { $address }.
report-email-of = Une adresse e-mail pour vous joindre : { $address } ({ $holder }).
report-address = Votre adresse : { $address }.
report-address-unknown = Nous n'avons pas votre adresse.
report-contact = Comment vous voulez que nous vous contactions :
report-household = Dans votre ménage : { $name } ({ $relation }).
report-household-hidden = Dans votre ménage : une personne ({ $relation }). Son dossier est tenu par une autre équipe.
report-request = Votre demande « { $topic } », faite le { $date }. Sa référence : { $reference }.
report-request-status = Où elle en est : { $status }. Équipe : { $team }.
report-appointment = Rendez-vous le { $date } : { $status }.
report-note = Note du { $date } ({ $kind }) :
report-compartment-administrative = papiers
report-compartment-social = aide sociale
report-compartment-health = santé
report-compartment-digital = aide numérique
report-notes-kept-health = { $count ->
    [one] { $count } note de santé, gardée par l'équipe de santé.
   *[other] { $count } notes de santé, gardées par l'équipe de santé.
}
report-notes-kept-social = { $count ->
    [one] { $count } note sociale, gardée par l'équipe sociale.
   *[other] { $count } notes sociales, gardées par l'équipe sociale.
}
report-notes-kept-administrative = { $count ->
    [one] { $count } note sur vos papiers, gardée par les équipes sociale et de santé.
   *[other] { $count } notes sur vos papiers, gardées par les équipes sociale et de santé.
}
report-notes-kept-digital = { $count ->
    [one] { $count } note sur l'aide numérique, gardée par les équipes sociale et de santé.
   *[other] { $count } notes sur l'aide numérique, gardées par les équipes sociale et de santé.
}
report-why-title = Pourquoi nous le gardons
report-why-help = Nous gardons votre dossier pour répondre à vos demandes et suivre votre situation.
report-why-teams = Seules les équipes qui vous suivent peuvent l'ouvrir.
report-keep-files = Quand votre dossier est fermé, nous en retirons votre nom { $duration } après la dernière activité.
report-keep-log = Nous gardons la liste des personnes qui ont regardé votre dossier pendant { $duration }.
report-keep-messages = Nous gardons les messages que nous vous avons envoyés pendant { $duration }.
report-keep-walk-ins = Nous gardons les mots notés à l'accueil de la salle d'attente pendant { $duration }.
duration-years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
duration-months = { $n } mois
report-since-title = Depuis quand
report-since-opened = Votre dossier a été ouvert le { $date }.
report-since-team = { $team } vous suit depuis le { $date }.
report-looked-title = Qui a regardé votre dossier
report-looked-none = Personne n'est encore noté.
report-looked-reason = Raison donnée : { $reason }
report-consents-title = Vos accords
report-consents-none = Vous n'avez donné aucun accord que nous avons noté.
report-consent-given = { $purpose } : vous avez dit oui le { $when }.
report-consent-withdrawn = Vous l'avez retiré le { $when }.
report-purpose-sms = Rappels par SMS
report-purpose-email = Messages par e-mail
report-purpose-share = Partager votre dossier avec un autre service
report-purpose-health = Garder des données sur votre santé
report-purpose-other = Un autre usage
report-how-desk = dit à l'accueil
report-how-paper = signé sur papier
report-how-phone = par téléphone
report-how-email = par e-mail
report-how-other = d'une autre façon
report-rights-title = Vos droits
report-rights-see = Vous pouvez demander ce rapport à tout moment.
report-rights-correct = Quelque chose est faux ? Dites-le à l'accueil. Nous le corrigerons.
report-rights-erase = Vous pouvez nous demander d'effacer vos données. La loi nous oblige à garder certaines données. Nous vous dirons lesquelles.
report-rights-complaint = Vous pouvez porter plainte auprès de l'Autorité de protection des données (Gegevensbeschermingsautoriteit).
erase-title = Effacer les données
erase-back = Retour au dossier
erase-heading = Effacer les données de { $name }
erase-already = Ce dossier est déjà anonymisé. Il n'y a plus rien à effacer.
erase-blocked-title = Ce dossier ne peut pas être effacé maintenant.
erase-blocked-requests = { $count ->
    [one] Il a { $count } demande en cours.
   *[other] Il a { $count } demandes en cours.
}
erase-blocked-appointments = { $count ->
    [one] Il a { $count } rendez-vous à venir.
   *[other] Il a { $count } rendez-vous à venir.
}
erase-blocked-why = Tant qu'une procédure est en cours, nous avons besoin du nom et des coordonnées de la personne pour la joindre et pour décider.
erase-blocked-what-to-do = Que faire : clôturez les demandes (traitée, réorientée ou retirée) et annulez les rendez-vous, avec l'accord de la personne. Revenez ensuite sur cette page.
erase-refused = Ce dossier ne peut pas être effacé maintenant : voyez pourquoi ci-dessous.
erase-will-title = Ce qui sera effacé
erase-will-identity = Les noms, la date de naissance, le numéro national et son historique.
erase-will-contact = Les téléphones, les adresses e-mail, l'adresse, les préférences de contact et la langue.
erase-will-notes = Toutes les notes du journal.
erase-will-household = Les liens avec les membres du ménage.
erase-will-consents = Les accords.
erase-will-messages = Les messages en attente d'envoi ou déjà envoyés.
erase-kept-title = Ce qui doit être gardé, et pourquoi
erase-kept-requests = Les demandes gardent leur thème, leur statut, leur équipe et leurs dates, sans la description : un CPAS doit garder les dossiers d'aide sociale pendant la durée légale.
erase-kept-appointments = Les rendez-vous gardent leur date et leur statut, pour la même raison.
erase-kept-log = La liste des personnes qui ont regardé le dossier est gardée entière : c'est la preuve de chaque accès, et elle est effacée selon sa propre règle de conservation.
erase-reason = Pourquoi les données sont-elles effacées ?
erase-reason-hint = Par exemple : la personne l'a demandé à l'accueil ce jour.
erase-reason-missing = Écrivez pourquoi les données sont effacées
erase-confirm = Confirmation
erase-confirm-hint = Tapez { $word } pour confirmer. On ne peut pas revenir en arrière.
erase-confirm-wrong = Tapez exactement le mot de confirmation
erase-word = EFFACER
erase-submit = Effacer les données

## retention
nav-retention = Conservation
home-dpo-retention = Durée de conservation des données et purge
retention-title = Durée de conservation des données
retention-intro = Chaque type de donnée est gardé un certain nombre de mois, puis anonymisé, supprimé ou effacé par la purge qui tourne chaque nuit à 2 h 30. Tapez des mois entiers (12 mois = 1 an).
retention-closed-files = Dossiers clôturés : anonymiser après (mois)
retention-closed-files-hint = Un dossier sans demande en cours ni rendez-vous à venir est anonymisé ce nombre de mois après sa dernière activité : noms, date de naissance, numéro national, adresse, téléphones, e-mails, notes, liens de ménage et consentements sont supprimés. Les demandes restent, sans leur description, pour des statistiques anonymes. Par défaut : 120 mois (10 ans). Entre 12 et 1200.
retention-access-log = Journal des accès : supprimer les entrées après (mois)
retention-access-log-hint = Qui a ouvert quel dossier, et quand. Les entrées plus anciennes sont supprimées ; le reste du journal peut toujours être vérifié contre toute modification. Par défaut : 60 mois (5 ans). Entre 12 et 1200.
retention-sent-messages = Messages envoyés : effacer le texte après (mois)
retention-sent-messages-hint = Les messages déjà envoyés ou retirés perdent leur texte et leur destinataire ; leur type, leur canal et leurs dates restent. Par défaut : 12 mois. Entre 1 et 1200.
retention-walk-in-labels = Tickets d'accueil : effacer le repère après (mois)
retention-walk-in-labels-hint = Les quelques mots tapés à l'accueil pour reconnaître une personne qui attend avec un ticket. Par défaut : 1 mois. Entre 1 et 120.
retention-save = Enregistrer les règles
retention-saved = Les règles de conservation ont été enregistrées.
retention-error-not-months = { $what } : tapez un nombre entier de mois, par exemple 12
retention-error-too-short = { $what } : tapez au moins { $count } mois
retention-error-too-long = { $what } : tapez au plus { $count } mois
retention-preview-title = Si la purge tournait maintenant
retention-preview-intro = Rien n'a encore été modifié. Avec les règles ci-dessus, la purge ferait ceci :
retention-preview-when = La purge tourne d'elle-même chaque nuit à 2 h 30. Elle peut aussi être lancée avec la commande guichet purge (ajoutez --dry-run pour voir seulement ce qui partirait).
retention-would-files = { $count ->
    [one] { $count } dossier clôturé serait anonymisé.
   *[other] { $count } dossiers clôturés seraient anonymisés.
}
retention-would-log = { $count ->
    [one] { $count } entrée du journal des accès serait supprimée.
   *[other] { $count } entrées du journal des accès seraient supprimées.
}
retention-would-messages = { $count ->
    [one] { $count } message envoyé perdrait son texte et son destinataire.
   *[other] { $count } messages envoyés perdraient leur texte et leur destinataire.
}
retention-would-walk-ins = { $count ->
    [one] { $count } repère de ticket d'accueil serait effacé.
   *[other] { $count } repères de tickets d'accueil seraient effacés.
}
retention-did-files = { $count ->
    [one] { $count } dossier clôturé anonymisé.
   *[other] { $count } dossiers clôturés anonymisés.
}
retention-did-log = { $count ->
    [one] { $count } entrée du journal des accès supprimée.
   *[other] { $count } entrées du journal des accès supprimées.
}
retention-did-messages = { $count ->
    [one] { $count } message envoyé effacé.
   *[other] { $count } messages envoyés effacés.
}
retention-did-walk-ins = { $count ->
    [one] { $count } repère de ticket d'accueil effacé.
   *[other] { $count } repères de tickets d'accueil effacés.
}
retention-file-numbers = Numéros des dossiers : { $ids }.
retention-history-title = Purges passées
retention-history-none = Aucune purge n'a encore tourné.
retention-col-when = Quand
retention-col-kind = Type
retention-col-what = Ce qu'elle a fait
retention-run-dry = Essai (rien n'a été modifié)
retention-run-real = Purge
retention-anonymised-title = Dossier anonymisé
retention-anonymised-back = Retour à l'accueil

## consent
consents-title = Consentements
consents-intro = { $name } décide, but par but. Un consentement peut être retiré à tout moment ; le retrait compte tout de suite.
consents-now = Aujourd'hui
consents-purposes = À quoi sert chaque consentement
consents-withdraw-effect = Si la personne retire son accord pour les SMS ou les e-mails, les messages qui attendent d'être envoyés de cette façon sont arrêtés tout de suite, et les rappels de rendez-vous partent par le moyen suivant de sa liste.
consents-record = Noter un accord ou un retrait
consents-history = Historique
consents-change = Noter un accord ou un retrait
consent-purpose = Quel consentement ?
consent-action = Que dit la personne ?
consent-how = Comment la personne vous l'a-t-elle dit ?
consent-save = Enregistrer
consent-purpose-sms = SMS
consent-purpose-email = E-mails
consent-purpose-share-with-services = Partage avec un autre service
consent-purpose-health-data = Notes de santé
consent-explain-sms = SMS : les rappels de rendez-vous et les messages envoyés par SMS sur son GSM.
consent-explain-email = E-mails : les messages envoyés par e-mail, par exemple pour dire qu'une demande est bien reçue.
consent-explain-share-with-services = Partage avec un autre service : quand nous envoyons la personne vers un autre service, nous lui transmettons seulement ce dont il a besoin.
consent-explain-health-data = Notes de santé : les soignants peuvent noter ce que la personne leur dit de sa santé.
consent-how-desk = oralement à l'accueil
consent-how-paper = sur papier signé
consent-how-phone = par téléphone
consent-how-email = par e-mail
consent-action-give = Elle est d'accord (donner le consentement)
consent-action-withdraw = Elle n'est plus d'accord (retirer le consentement)
consent-given = donné le { $date }, { $how }
consent-withdrawn = retiré le { $date }, { $how }
consent-none = pas encore demandé
consent-line = { $purpose } : { $state }
consent-notice-sms-withdrawn = Le SMS a été choisi, mais la personne a retiré son accord le { $date } : aucun SMS ne sera envoyé.
consent-notice-email-withdrawn = L'e-mail a été choisi, mais la personne a retiré son accord le { $date } : aucun e-mail ne sera envoyé.
consent-notice-sms-missing = Le SMS a été choisi, mais aucun accord de la personne n'est noté : aucun SMS ne sera envoyé.
consent-notice-email-missing = L'e-mail a été choisi, mais aucun accord de la personne n'est noté : aucun e-mail ne sera envoyé.
consent-purpose-missing = Choisissez le consentement
consent-action-missing = Choisissez si la personne donne ou retire son accord
consent-how-missing = Choisissez comment la personne vous l'a dit
consent-not-given = Ce consentement n'est pas donné en ce moment : il n'y a rien à retirer.
contact-consent-hint = Ne cochez une case que si la personne dit oui maintenant. Choisir le SMS ou l'e-mail comme moyen de la joindre n'enregistre aucun accord, et changer les moyens n'en retire jamais : un retrait se note sur la page des consentements.

## Break-glass and access log
nav-access-log = Journal des accès
nav-break-glass = Dossiers ouverts avec un motif
home-dpo-access-log = Lire le journal des accès : qui a ouvert quel dossier, et quand
home-dpo-break-glass = Voir les dossiers ouverts avec un motif
person-why-break-glass = Vous avez ouvert ce dossier avec un motif, jusqu'au { $until }.
break-glass-offer = Ouvrir ce dossier avec un motif
break-glass-title = Ouvrir un dossier avec un motif
break-glass-file = Dossier numéro { $number }
break-glass-intro = Aucune de vos équipes ne suit cette personne. Si vous avez besoin de ce dossier pour votre travail, écrivez pourquoi vous l'ouvrez.
break-glass-logged = Votre accès est inscrit dans le journal des accès, avec votre nom et votre motif.
break-glass-duration = Vous pouvez lire le dossier pendant 24 heures. Ensuite, il se referme.
break-glass-shown = Le délégué à la protection des données voit votre motif, et la personne aussi quand elle demande ce qui est conservé sur elle.
break-glass-reason = Pourquoi avez-vous besoin d'ouvrir ce dossier ?
break-glass-reason-hint = Par exemple : la personne est au guichet et son assistante sociale est absente. Au moins 10 caractères.
break-glass-reason-missing = Écrivez pourquoi vous devez ouvrir ce dossier
break-glass-reason-too-short = Écrivez un peu plus : au moins 10 caractères
break-glass-reason-too-long = Le motif est trop long : 2000 caractères au maximum
break-glass-submit = Ouvrir le dossier
break-glass-cancel = Ne pas l'ouvrir : retour à l'accueil
access-action-read = Lu
access-action-print = Imprimé
access-action-export = Exporté
access-action-erase = Effacé
access-action-break-glass = Ouvert avec un motif
access-action-other = Autre
access-log-title = Journal des accès
access-log-intro = Chaque fois qu'un membre du personnel lit, imprime ou exporte le dossier d'une personne, c'est inscrit ici. Le journal ne peut pas être modifié : guichet verify-log détecte tout changement.
access-log-person = Numéro du dossier
access-log-person-hint = Laissez vide pour voir tous les dossiers.
access-log-person-invalid = Tapez un numéro de dossier, en chiffres uniquement
access-log-action = Ce qui a été fait
access-log-action-all = Tout
access-log-filter = Afficher
access-log-latest = Dernières inscriptions
access-log-none = Aucune inscription.
access-log-col-when = Quand
access-log-col-who = Qui
access-log-col-file = Dossier
access-log-col-action = Ce qui a été fait
access-log-col-what = Ce qui a été vu
access-log-col-reason = Motif
access-log-account-gone = Compte supprimé
access-log-see-break-glass = Voir les dossiers ouverts avec un motif
break-glass-list-title = Dossiers ouverts avec un motif
break-glass-list-intro = Les membres du personnel qui ont ouvert un dossier qu'aucune de leurs équipes ne suit, avec le motif qu'ils ont écrit. Les plus récents d'abord.
break-glass-list-none = Aucun dossier n'a été ouvert avec un motif.
break-glass-col-opened = Ouvert le
break-glass-col-until = Jusqu'au
break-glass-list-see-log = Retour au journal des accès

## calendar
appointment-ics = Ajouter à un agenda (fichier .ics)
ics-summary = Rendez-vous : { $site }
feed-name = Mes rendez-vous (guichet)
feed-summary = Rendez-vous n° { $number }
feed-phone = Par téléphone
feed-home = Visite à domicile
account-calendar-title = Mon agenda sur téléphone ou ordinateur
account-calendar-intro = Un lien privé montre vos rendez-vous dans votre application d'agenda, en lecture seule. On y voit l'heure, le lieu et le numéro du rendez-vous, jamais le nom de la personne.
account-calendar-make = Créer mon lien d'agenda
account-calendar-renew = Créer un nouveau lien (l'ancien s'arrête)
account-calendar-stop = Arrêter mon lien d'agenda
account-calendar-link = Votre lien d'agenda
account-calendar-link-hint = Copiez-le maintenant dans votre application d'agenda (« s'abonner à un agenda »). Il ne sera plus affiché. Ne le partagez pas.
account-calendar-made = Votre lien d'agenda est prêt.
account-calendar-since = Vous avez un lien d'agenda depuis le { $date }.
account-calendar-stopped = Votre lien d'agenda ne fonctionne plus.

## paper tray
nav-paper-tray = Courrier à poster
tray-title = Courrier à poster
tray-intro = Les lettres du jour s'impriment ensemble, en un seul fichier PDF, pour des enveloppes à fenêtre. Une fois à la poste, indiquez-le : les lettres comptent alors comme envoyées.
tray-kind-acknowledgement = accusé de réception
tray-kind-reminder = rappel de rendez-vous
tray-kind-letter = lettre
tray-batch-title = Impression préparée le { $made }
tray-batch-count = { $count ->
    [one] { $count } lettre à mettre sous enveloppe.
   *[other] { $count } lettres à mettre sous enveloppe.
}
tray-batch-withdrawn = { $count ->
    [one] { $count } lettre a été annulée après l'impression : retirez-la du paquet.
   *[other] { $count } lettres ont été annulées après l'impression : retirez-les du paquet.
}
tray-take-out = à retirer, ne pas poster
tray-print = Imprimer les lettres (PDF)
tray-mark-posted = Ces lettres sont postées
tray-posted = { $count ->
    [one] { $count } lettre est notée comme postée.
   *[other] { $count } lettres sont notées comme postées.
}
tray-waiting-title = À imprimer aujourd'hui
tray-waiting-none = Aucune lettre à imprimer aujourd'hui.
tray-waiting-count = { $count ->
    [one] { $count } lettre attend l'impression.
   *[other] { $count } lettres attendent l'impression.
}
tray-make-batch = Préparer l'impression
tray-coming = { $count ->
    [one] { $count } autre lettre est prévue les jours suivants.
   *[other] { $count } autres lettres sont prévues les jours suivants.
}
## outbox
person-undelivered-title = Messages non remis
person-undelivered-intro = Ces messages n'ont pas pu être remis. Prévenez la personne d'une autre façon.
person-undelivered-line = { $what } par { $channel } : pas remis
message-kind-acknowledgement = Accusé de réception
message-kind-reminder = Rappel de rendez-vous
message-kind-other = Message
## message templates
home-templates = Textes des messages envoyés aux personnes
tpl-list-title = Textes des messages
tpl-list-intro = Les textes que guichet envoie aux personnes : accusé de réception, rendez-vous, carte pour le frigo, fiche d'orientation. Vous pouvez les adapter. Le niveau de lecture est calculé sur un exemple.
tpl-col-kind = Message
tpl-col-variant = Version
tpl-col-language = Langue
tpl-col-state = Texte
tpl-col-band = Lecture
tpl-col-action = Action
tpl-change = Modifier
tpl-back = Retour à la liste des textes
tpl-kind-acknowledgement = Accusé de réception
tpl-kind-appointment-confirmation = Confirmation de rendez-vous
tpl-kind-appointment-reminder = Rappel de rendez-vous
tpl-kind-fridge-card = Carte pour le frigo
tpl-kind-orientation-slip = Fiche d'orientation
tpl-kind-referral-answer = Réponse à une orientation
tpl-variant-standard = Standard
tpl-variant-easy-read = Facile à lire
tpl-variant-sms = SMS
tpl-state-edited = Modifié par votre organisation
tpl-state-shipped = Texte d'origine
tpl-state-fallback = Texte d'origine (en français)
tpl-state-fallback-long = Ce texte n'existe pas encore dans cette langue : c'est le texte français. Vous pouvez le traduire ici.
tpl-band-easy = facile
tpl-band-fairly-easy = assez facile
tpl-band-standard = moyen
tpl-band-difficult = difficile
tpl-band-none = pas de mesure dans cette langue
tpl-edit-title = Modifier un texte
tpl-edit-heading = { $kind } — { $variant }
tpl-subject = Objet
tpl-body = Texte
tpl-body-hint = Mettez les mots entre accolades doubles, par exemple {"{{"} name {"}}"}, pour les remplacer par les données de la personne.
tpl-variables = Ce que vous pouvez utiliser
tpl-preview-button = Voir l'aperçu
tpl-save-button = Enregistrer
tpl-reset-button = Revenir au texte d'origine
tpl-preview-title = Aperçu
tpl-preview-hint = Avec des données d'exemple, inventées.
tpl-preview-not-saved = Aperçu seulement : rien n'est encore enregistré.
tpl-saved = Texte enregistré. Les prochains messages l'utiliseront.
tpl-reset-done = Le texte d'origine est de retour.
tpl-meter-title = Facilité de lecture
tpl-meter-band = Ce texte est { $band } à lire.
tpl-meter-score = Score : { $score } (70 ou plus : facile)
tpl-meter-sentences = { $count ->
    [one] { $count } phrase
   *[other] { $count } phrases
}
tpl-meter-words = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
}
tpl-meter-hint = Pour rendre un texte plus facile : des phrases courtes, une idée par ligne, des mots courts et connus.
tpl-meter-none = Pas de mesure de lecture pour l'allemand : faites relire le texte.
tpl-sms-title = Longueur du SMS
tpl-sms-count = { $count ->
    [one] { $count } SMS
   *[other] { $count } SMS
}
tpl-sms-plain = { $count }, sans caractère spécial.
tpl-sms-because = { $count }, à cause du caractère « { $character } ».
tpl-sms-left = { $count ->
    [one] Encore { $count } caractère avant le SMS suivant.
   *[other] Encore { $count } caractères avant le SMS suivant.
}
tpl-sms-hint = Un SMS compte 160 caractères. Certains caractères (ê, â, ç, emoji…) le réduisent à 70.
tpl-error-empty = Écrivez le texte du message
tpl-error-unknown = Ligne { $line } : « { $name } » n'existe pas pour ce message. Utilisez un mot de la liste « Ce que vous pouvez utiliser ».
tpl-error-syntax = Ligne { $line } : une accolade ou une balise est mal écrite ({ $detail }).
tpl-error-too-much = Ligne { $line } : le texte demande trop de travail (une boucle sans fin ?).
tpl-error-other = Ligne { $line } : le texte ne peut pas être rempli ({ $detail }).
tpl-error-in-subject = Dans l'objet : { $problem }
tpl-var-name = le nom de la personne
tpl-var-topic = le sujet de la demande
tpl-var-service = le service qui s'en occupe
tpl-var-promised-date = la date de réponse promise, en toutes lettres
tpl-var-promised-date-short = la date de réponse promise, en chiffres (16/03/2026)
tpl-var-phone = notre numéro de téléphone
tpl-var-walk-in-hours = nos heures sans rendez-vous
tpl-var-address = notre adresse
tpl-var-organisation = le nom de votre organisation
tpl-var-day = le jour du rendez-vous, en toutes lettres
tpl-var-day-short = le jour du rendez-vous, en chiffres (07/04/2026)
tpl-var-time = l'heure du rendez-vous
tpl-var-place = le lieu du rendez-vous
tpl-var-with = la personne qui reçoit
tpl-var-room = le bureau (peut être vide)
tpl-var-what-to-bring = ce qu'il faut apporter (peut être vide)
tpl-var-service-name = le service où aller
tpl-var-service-address = l'adresse de ce service
tpl-var-service-hours = les heures d'ouverture de ce service
tpl-var-service-phone = le téléphone de ce service
letter-date = le { $date }
letter-contact-phone = Téléphone : { $phone }
letter-contact-walkin = Sans rendez-vous : { $hours }
letter-contact-address = Adresse : { $address }
letter-ref-appointment = Rendez-vous n° { $number }
letter-ref-request = Demande n° { $number }

## staff messages
account-notices-title = Messages de guichet pour moi
account-notices-intro = guichet peut vous prévenir par e-mail, par exemple quand une demande vous est confiée. Ces messages ne contiennent jamais de nom ni de donnée sur une personne. En dehors de vos heures de travail, ils attendent : rien ne vous arrive le soir, le week-end ou les jours où vous ne travaillez pas.
account-notices-held = { $count ->
    [one] { $count } message attend vos prochaines heures de travail.
   *[other] { $count } messages attendent vos prochaines heures de travail.
}
account-notices-email = Mon adresse e-mail professionnelle
account-notices-email-hint = Laissez vide pour ne recevoir aucun e-mail.
account-notices-email-invalid = Écrivez une adresse e-mail complète, par exemple prenom.nom@cpas.be.
account-notices-hours = Mes heures de travail
account-notices-hours-hint = Par exemple : 8:30-12:00, 13:00-16:30. Laissez vide les jours où vous ne travaillez pas. Si tout est vide, les messages peuvent arriver à toute heure.
account-notices-hours-col = Heures
account-notices-submit = Enregistrer
account-notices-saved = Vos préférences de messages sont enregistrées.
assigned-subject = Une demande vous est confiée (n° { $number })
assigned-body = Bonjour { $worker },
    { $by } vous a confié la demande n° { $number }.
    Ouvrez guichet pour la voir : la file des demandes de votre équipe la montre.
    Ce message ne contient aucune donnée sur la personne.
appointment-confirm = Envoyer une confirmation à la personne
appointment-confirm-hint = Si la personne n'est pas au guichet : une lettre, un e-mail ou un SMS selon sa façon d'être jointe, ou un appel du guichet si on la joint par téléphone. Au guichet, imprimez plutôt la carte pour le frigo.
appointment-card-pdf = Carte pour le frigo (PDF)
tray-kind-confirmation = confirmation de rendez-vous
nav-templates = Textes des messages
person-rights-report-pdf = en lettre PDF pour enveloppe à fenêtre
queue-range = Demandes { $from } à { $to } sur { $total }
queue-pages = Pages de la file : { $team }
queue-previous = Page précédente
queue-next = Page suivante

# --- issue 12: registration, search, person page, inputs (lead) ---
field-too-long = { $field } : au plus { $max } caractères (celui-ci en a { $got }).
field-too-many-lines = { $field } : au plus { $max } lignes (celui-ci en a { $got }).
field-control-character = { $field } contient un caractère de contrôle invisible (souvent collé depuis un autre programme). Tapez-le à nouveau.
person-birth-not-a-number = Écrivez la date de naissance en chiffres, par exemple 30 / 7 / 1985, ou seulement l'année : 1985.
person-birth-incomplete = Un jour a besoin de son mois, et un mois de son année : par exemple 30 / 7 / 1985, 7 / 1985 ou seulement 1985.
person-birth-future = Cette date de naissance est dans le futur. Vérifiez l'année.
person-birth-too-long-ago = Cette année est avant 1880. Vérifiez-la, ou laissez la date vide.
person-birth-two-digit-year = Écrivez l'année avec ses quatre chiffres, par exemple 1985.
person-niss-length = Un numéro national a 11 chiffres, par exemple 85.07.30-033.28.
person-niss-date-part = La partie date de ce numéro national (les 6 premiers chiffres) n'est pas possible : vérifiez le mois et le jour.
person-niss-birth-mismatch = Ce numéro national est celui d'une personne née { $number }, mais la date de naissance indique { $birth }. Vérifiez les deux.
person-niss-confirm = Les deux sont justes tels quels (garder le numéro et la date)
person-phone-hint = Par exemple 0470 12 34 56, 010/23.45.67 ou +33 6 12 34 56 78.
person-agrees-sms = La personne accepte de recevoir nos SMS
person-agrees-email = La personne accepte de recevoir nos e-mails
person-address-kind = Où le courrier atteint la personne
person-address-none = Pas d'adresse postale (ou pas maintenant)
person-walk-in = Vient au guichet : on l'informe quand elle passe
person-walk-in-hint = Pour une personne sans téléphone ni adresse, ou qui préfère venir.
person-trusted-name = Personne de confiance : nom
person-trusted-reach = Comment joindre la personne de confiance
person-trusted-reach-hint = Un numéro de téléphone ou une adresse. Par exemple : sa voisine, 0470 98 76 54
person-trusted-name-missing = Indiquez le nom de la personne de confiance
person-trusted-reach-missing = Indiquez comment joindre la personne de confiance : un téléphone ou une adresse
contact-consent-legend = Ce que la personne accepte
contact-agrees-sms = La personne accepte maintenant de recevoir des SMS
contact-agrees-email = La personne accepte maintenant de recevoir des e-mails
contact-agreed-sms = SMS : la personne a donné son accord.
contact-agreed-email = E-mails : la personne a donné son accord.
person-unprintable = Les lettres ne peuvent pas être imprimées telles que ce dossier est écrit : aucune police de guichet n'a ces caractères du nom ou de l'adresse : { $chars }. Écrivez-les autrement (en lettres latines, par exemple).
pref-channel-detail = { $channel } : { $detail }
person-actions = Que faire pour cette personne
person-print-card = Imprimer la carte du { $when }
home-see-today = Aujourd'hui au guichet
persons-none-in-teams = Personne trouvé dans les dossiers suivis par vos équipes.
persons-all-offer-title = Pas dans les dossiers de vos équipes ?
persons-all-offer = En cas d'urgence, vous pouvez chercher dans tous les dossiers de l'organisation, avec un motif. Vous ne verrez que les noms et les dates de naissance ; la recherche et son motif sont enregistrés.
persons-all-submit = Chercher dans tous les dossiers, avec ce motif
persons-all-title = Chercher dans tous les dossiers, avec un motif
persons-all-back = Retour à la recherche dans les dossiers de vos équipes
persons-all-intro = À utiliser seulement quand vous avez besoin d'un dossier qu'aucune de vos équipes ne suit, par exemple pour aider quelqu'un en urgence.
persons-all-shown = Seuls le nom et la date de naissance de chaque dossier trouvé sont montrés.
persons-all-logged = Chaque dossier trouvé est noté dans le journal des accès avec votre motif ; le délégué à la protection des données le voit, et la personne aussi sur son rapport.
persons-all-none = Aucun dossier de l'organisation ne correspond. Vous pouvez enregistrer la personne.
persons-all-open = Ouvrir ce dossier avec ce motif (24 heures)
persons-all-query-missing = Tapez un nom, un numéro de téléphone ou un numéro national à chercher
similar-files-title = Dossiers semblables dans d'autres équipes
similar-files-saved = Votre choix est enregistré.
similar-files-intro = Quand l'accueil enregistre quelqu'un, guichet cherche les dossiers qui pourraient être la même personne. Les dossiers des autres équipes ne sont jamais montrés ; l'accueil peut être averti de leur nombre, pour ne pas créer un second dossier sans le savoir.
similar-files-legend = Quand un dossier semblable existe dans une autre équipe
similar-files-tell = Dire à l'accueil combien il y en a (rien d'autre à leur sujet)
similar-files-silent = Ne rien dire
similar-files-save = Enregistrer ce choix
input-review-title = Certains caractères n'ont pas pu être gardés
input-review-removed = { $field } : { $count ->
    [one] { $count } caractère invisible a été retiré.
   *[other] { $count } caractères invisibles ont été retirés.
}
input-review-intro = Le formulaire contenait des caractères de contrôle invisibles, souvent collés depuis un autre programme. Ils ont été retirés ; voici ce qui reste. Rien n'est encore enregistré : vérifiez, puis envoyez à nouveau le formulaire.
input-review-empty = (il ne reste rien)
input-review-password = Tapez à nouveau votre mot de passe
input-review-send = Envoyer à nouveau le formulaire sans ces caractères
input-review-back = Pour changer quelque chose d'abord, revenez en arrière avec votre navigateur : ce que vous avez tapé y est encore.
phones-already = Ce numéro est déjà dans le dossier, sous la forme { $number }.
error-conflict = Ceci a été changé au même moment par quelqu'un d'autre, ou existe déjà. Revenez en arrière, rechargez la page et réessayez.
error-corrupt = Une valeur enregistrée dans la base de données ne peut pas être lue : cette page ne peut pas être montrée. Rien n'a été changé. Prévenez la personne responsable de guichet : le journal du serveur dit quelle valeur.
error-log-not-written = Le journal des accès n'a pas pu être écrit : cette page n'est donc pas montrée, car un dossier ne s'ouvre qu'une fois son ouverture notée. Réessayez dans un instant.
error-internal = Un problème est survenu sur le serveur et rien n'a été changé. Réessayez ; si cela se reproduit, prévenez la personne responsable de guichet.
error-cannot-print = Ce document ne peut pas être mis en page pour l'impression. Vérifiez le nom et l'adresse de la personne dans le dossier (une ligne très longue, ou des caractères que les polices n'ont pas), puis réessayez.
# --- issue 12: paper that always prints ---
tray-envelopes = { $letters ->
    [one] { $letters } lettre
   *[other] { $letters } lettres
} dans { $envelopes ->
    [one] { $envelopes } enveloppe.
   *[other] { $envelopes } enveloppes.
}
tray-envelopes-together = Les lettres marquées « Enveloppe : lettre 1 sur 2 » vont ensemble dans la même enveloppe.
tray-set-aside-count = { $count ->
    [one] { $count } lettre est mise de côté : elle ne peut pas être imprimée telle quelle.
   *[other] { $count } lettres sont mises de côté : elles ne peuvent pas être imprimées telles quelles.
}
tray-set-aside = Mise de côté :
tray-set-aside-fix = Ouvrir le dossier de { $name }
print-error-title = Impression impossible
print-address-too-long = L'adresse de { $name } a trop de lignes pour la fenêtre de l'enveloppe, même en petits caractères. Raccourcissez-la dans son dossier, puis imprimez à nouveau.
print-card-too-long = La carte de rendez-vous de { $name } est trop longue pour une page A5. Raccourcissez ce qu'il faut apporter, puis imprimez à nouveau.
print-uncovered = Dans { $field } pour { $name }, ces caractères ne peuvent pas être imprimés : { $chars }. Écrivez-les autrement dans le dossier (en lettres latines, par exemple), puis imprimez à nouveau.
print-layout-failed = La lettre pour { $name } n'a pas pu être mise en page. Prévenez l'administrateur de guichet.
print-stopped = L'impression s'est arrêtée. Réessayez ; si cela se reproduit, prévenez l'administrateur de guichet.
print-open-file = Ouvrir le dossier de { $name }
print-field-recipient = le nom et l'adresse
print-field-sender = l'en-tête
print-field-place-date = la date
print-field-reference = la référence
print-field-subject = l'objet
print-field-body = le texte
print-field-contact = les coordonnées de contact
card-for = Pour : { $name }
card-pdf-for-scripts = Cette carte contient des lettres arabes ou éthiopiennes : imprimez la carte PDF, qui contient ses polices. Imprimée depuis le navigateur, elle pourrait montrer des carrés vides.
# --- issue 12: booking ---
appointment-see-free = Voir les heures libres
appointment-see-free-hint = Vous ne savez pas quand ? Voyez les heures libres pour les choix ci-dessus (avec qui, où, combien de temps), puis choisissez-en une.
appointment-for-request = Pour la demande : { $topic }
appointment-bring-in = à écrire en { $language }
appointment-bring-differs = La carte et les messages de { $name } sont en { $language }, pas dans la langue de cet écran : écrivez ceci en { $language }.
appointment-bring-unknown = La langue de { $name } n'est pas encore connue : la carte et les messages sont en { $language }.
appointment-bring-other = La langue de { $name } est : { $other }. La carte et les messages sont en { $language } : écrivez simplement.
hours-and = et
hours-site-closed-day = { $site } est fermé le { $day }. Choisissez un autre jour.
hours-site-outside = { $site } est ouvert le { $day } { $hours }. Un rendez-vous de { $from } à { $to } n'y tient pas : choisissez une autre heure.
hours-worker-off = { $worker } ne travaille pas le { $day }. Choisissez un autre jour ou une autre personne.
hours-worker-outside = { $worker } travaille le { $day } { $hours }. Un rendez-vous de { $from } à { $to } n'y tient pas : choisissez une autre heure ou une autre personne.
booked-title = Le rendez-vous est enregistré.
booked-confirm-letter = Une lettre de confirmation part avec le courrier d'aujourd'hui (courrier à poster).
booked-confirm-email = Un e-mail de confirmation est en route.
booked-confirm-sms = Un SMS de confirmation est en route.
booked-confirm-call = Rien ne peut être envoyé par écrit à { $name } : un appel pour confirmer est ajouté à la liste des personnes à appeler aujourd'hui.
booked-confirm-call-trusted = { $name } est joint par une personne de confiance ({ $who }) : un appel pour confirmer est ajouté à la liste des personnes à appeler aujourd'hui.
booked-confirm-walk-in = Rien ne sera envoyé : { $name } n'est joint qu'au guichet, quand la personne passe. Donnez-lui la date et l'heure à son passage, avec la carte.
booked-confirm-none = Rien ne sera envoyé : aucune façon de joindre { $name } n'est utilisable ({ $why }). Complétez le dossier, ou prévenez la personne vous-même.
booked-confirm-none-recorded = Rien ne sera envoyé : aucune façon de joindre { $name } n'est enregistrée. Ajoutez-en une au dossier, ou prévenez la personne vous-même.
missing-postal-address = pas d'adresse postale
missing-email-address = pas d'adresse e-mail
missing-email-consent = pas d'accord pour les e-mails
missing-mobile = pas de numéro de GSM
missing-sms-consent = pas d'accord pour les SMS
missing-landline = pas de numéro de téléphone fixe
missing-trusted = pas de nom ni de numéro pour la personne de confiance
skipped-letter-late = Pas de lettre de rappel : même postée aujourd'hui, elle n'arriverait pas avant le jour du rendez-vous.
skipped-message-late = Pas de message de rappel : le moment prévu (deux jours avant) est déjà passé.
skipped-call-late = Pas d'appel de rappel : le jour ouvrable avant le rendez-vous est déjà passé.
skipped-letter-confirmed = Pas de lettre de rappel : elle arriverait avec la confirmation, ou juste après.
skipped-message-confirmed = Pas de message de rappel : il arriverait avec la confirmation, ou juste après.
skipped-call-confirmed = Pas d'appel de rappel : il viendrait avec la confirmation, ou juste après.
appointment-confirmation-line = Confirmation : { $when }
appointment-confirm-call-line = Appeler la personne pour confirmer, le { $day }
week-title = Heures libres
week-for = Pour { $name }. Choisissez une heure libre : elle remplit le formulaire de rendez-vous.
week-back = Retour au formulaire de rendez-vous
week-show = Afficher
week-nav = Semaines
week-previous = Semaine précédente
week-next = Semaine suivante
week-legend = Chaque heure en lien est libre pour la durée choisie. « occupé » : un autre rendez-vous est prévu (on ne montre jamais ici avec qui).
week-none-free = Aucune heure libre cette semaine.
week-caption = { $worker }, semaine du { $from } au { $to }
week-past = passé
week-closed = fermé
week-off-hours = hors horaire
week-busy = occupé
week-room-taken = salle prise
week-too-short = trop court
week-free = libre
week-day-holiday = Jour férié ({ $holiday }) : fermé
week-day-closing-because = Fermé : { $reason }
week-day-closing = Jour de fermeture
week-day-site-closed = Le site est fermé
week-day-worker-off = { $worker } ne travaille pas ce jour-là
request-appointments = Rendez-vous pour cette demande
request-appointments-none = Pas encore de rendez-vous.
request-book = Prendre un rendez-vous pour cette demande
today-call-confirm = Pour confirmer son nouveau rendez-vous du { $when }.
today-call-trusted = Appeler sa personne de confiance : { $who }.

# --- issue 13: lost updates (lead) ---
changed-title = Ce dossier a changé pendant que vous le modifiiez.
changed-intro = Quelqu'un l'a enregistré avant vous ; rien de ce que vous avez tapé n'est encore enregistré. Ce qu'il contient maintenant est ci-dessous, et ce que vous avez tapé est gardé dans le formulaire : vérifiez les deux, puis enregistrez à nouveau.
changed-list-intro = Quelqu'un l'a changé avant vous, donc rien n'a été fait : la liste ci-dessous est celle de maintenant. Vérifiez-la, puis recommencez si c'est encore nécessaire.
changed-name = Nom : { $name }
changed-usual-name = Nom d'usage : { $name }
changed-birth = Date de naissance : { $date }
changed-birth-unknown = Date de naissance : inconnue
changed-niss = Numéro national : { $number }
changed-address = Adresse : { $address }
# --- issue 12: words (the person's report in plain words, the acknowledgement as a receipt, names per language) ---
report-seen = Le { $date }, { $who } a { $did }.
report-seen-someone = un ancien membre du personnel
report-seen-file = consulté votre dossier
report-seen-contact = ouvert la page sur la façon de vous contacter
report-seen-consents = ouvert la page de vos accords
report-seen-notes = lu les notes de votre dossier
report-seen-note-new = ouvert la page pour écrire une note dans votre dossier
report-seen-identity = ouvert la page de votre nom et de votre date de naissance
report-seen-phones = ouvert la page de vos numéros de téléphone
report-seen-emails = ouvert la page de vos adresses e-mail
report-seen-household = ouvert la page de votre ménage
report-seen-household-remove = changé qui fait partie de votre ménage
report-seen-merge = comparé deux dossiers à votre nom, pour n'en garder qu'un
report-seen-report = imprimé le rapport de ce que nous savons de vous
report-seen-export = copié toutes vos données dans un fichier
report-seen-erase-page = ouvert la page pour effacer vos données
report-seen-erased = effacé vos données, comme vous l'avez demandé
report-seen-search-all = trouvé votre nom et votre date de naissance en cherchant dans tous les dossiers, sans faire partie d'une équipe qui vous suit
report-seen-break-glass = ouvert votre dossier de façon exceptionnelle, sans faire partie d'une équipe qui vous suit
report-seen-request-new = ouvert la page pour noter une nouvelle demande pour vous
report-seen-appointment-new = ouvert la page pour vous donner un rendez-vous
report-seen-request = consulté votre demande { $reference }
report-seen-acknowledgement = imprimé l'accusé de réception de votre demande { $reference }
report-seen-appointment = consulté un de vos rendez-vous
report-seen-card = imprimé la carte d'un de vos rendez-vous
report-seen-calendar = fait un fichier d'agenda pour un de vos rendez-vous
report-seen-letter = imprimé une lettre pour vous
report-seen-other-read = ouvert une page de votre dossier
report-seen-other-print = imprimé une page de votre dossier
report-seen-other-export = copié des données de votre dossier
report-pref-none = Vous ne nous avez pas encore dit comment vous joindre.
report-pref-first = Nous vous contactons d'abord { $channel }.
report-pref-then = Si cela ne marche pas : { $channel }.
report-channel-paper-letter = par courrier
report-channel-landline = par un appel sur votre téléphone fixe
report-channel-mobile = par un appel sur votre GSM
report-channel-sms = par SMS
report-channel-email = par e-mail
report-channel-walk-in-only = seulement quand vous venez au guichet
report-channel-trusted-third = par votre personne de confiance
report-pref-language = Votre langue : { $language }.
report-pref-language-other = Votre langue : { $language }. Nous pouvons demander l'aide d'un interprète.
report-need-reading-difficulty = Vous avez demandé des textes faciles à lire.
report-need-large-print = Vous avez demandé des grands caractères.
report-need-visual-impairment = Vous nous avez dit que vous voyez mal.
report-need-hearing-impairment = Vous nous avez dit que vous entendez mal : nous vous écrivons ou nous vous voyons au guichet.
report-need-interpreter = Vous avez demandé un interprète.
report-need-no-smartphone = Vous n'avez pas de smartphone.
report-need-no-computer = Vous n'avez pas d'ordinateur.
report-need-no-internet-at-home = Vous n'avez pas internet à la maison.
report-need-no-card-reader = Vous n'avez pas de lecteur de carte d'identité.
report-need-no-itsme = Vous n'avez pas itsme.
request-reference = Référence
request-ack-marks = Imprimer l'accusé de réception (ou l'envoyer) met la demande à l'état « Accusé de réception envoyé ».
ack-printed-on = Date : { $date }.
ack-reference = Votre référence : { $reference }. Donnez-la quand vous nous appelez.
queue-find-label = Ouvrir une demande par sa référence
queue-find-hint = Comme sur l'accusé de réception, par exemple 2026-0042.
queue-find-open = Ouvrir
queue-find-format = Écrivez la référence comme sur l'accusé de réception : l'année, un tiret, le numéro (par exemple 2026-0042).
queue-find-none = Aucune demande avec cette référence dans les dossiers que vous pouvez ouvrir. Vérifiez le numéro, ou cherchez la personne.
tpl-var-reference = la référence de la demande (par exemple 2026-0042), à rappeler au téléphone
names-legend = Le nom dans les lettres aux personnes, par langue
names-hint = Les lettres et messages à une personne utilisent le nom dans sa langue. Laissez vide pour utiliser le nom ci-dessus.
names-fr = En français
names-nl = En néerlandais
names-en = En anglais
names-de = En allemand
names-too-long = { $language } : le nom est trop long ({ $max } caractères au plus).
names-control = { $language } : le nom doit tenir sur une ligne, sans tabulation.
service-names-link = Noms dans d'autres langues ({ $service })
service-names-title = Les noms d'un service dans d'autres langues
service-names-heading = { $service } : son nom dans d'autres langues
service-names-back = Retour aux services et équipes
service-names-save = Enregistrer les noms

# --- issue 13: limits (lead) ---
error-too-many = { $seconds ->
    [one] Trop de demandes de ce genre en une minute. Réessayez dans { $seconds } seconde.
   *[other] Trop de demandes de ce genre en une minute. Réessayez dans { $seconds } secondes.
}
error-too-slow = Le formulaire a mis trop de temps à arriver et n'a pas été enregistré. Revenez en arrière et envoyez-le à nouveau.

## Directory of local services (J5)
nav-directory = Services locaux
dir-title = Trouver un service près de chez vous
dir-intro = Les services sociaux, de santé et d'aide numérique de la région : ce qu'ils font, quand y aller, les langues parlées. Accessible à tous, sans compte.
dir-q = Que cherchez-vous ?
dir-q-hint = Quelques mots, par exemple « smartphone », « loyer » ou « médecin ».
dir-topic = Thème
dir-any = Tous
dir-topics-digital = Aide numérique
dir-topics-social = Social, santé, emploi
dir-place = Code postal ou commune
dir-place-hint = Avec un code postal, les services les plus proches viennent en premier.
dir-language = Langue parlée
dir-only = Seulement
dir-only-walk-in = sans rendez-vous
dir-only-open-now = ouvert maintenant
dir-only-free = gratuit
dir-only-wheelchair = accessible en chaise roulante
dir-submit = Chercher
dir-results = { $count ->
    [0] Aucun service trouvé.
    [one] { $count } service trouvé.
   *[other] { $count } services trouvés.
}
dir-none = Essayez avec moins de mots ou sans filtre.
dir-languages-label = Langues parlées :
dir-free = Gratuit
dir-wheelchair = Accessible en chaise roulante
dir-pages = Pages de résultats
dir-page-of = Page { $page } sur { $pages }
dir-previous = Page précédente
dir-next = Page suivante
dir-back = Retour à la recherche
dir-back-to-service = Retour au service
dir-checked-on = Informations vérifiées le { $date }.
dir-stale-since = Informations vérifiées pour la dernière fois le { $date } : téléphonez avant d'y aller.
dir-never-checked = Informations jamais vérifiées : téléphonez avant d'y aller.
dir-print-slip = Imprimer la fiche d'orientation
dir-slip-title = Fiche d'orientation
dir-slip-of = Fiche d'orientation : { $name }
dir-slip-how-to-print = Imprimez cette page (Ctrl+P) et donnez-la à la personne.
dir-address = Adresse
dir-when = Quand y aller
dir-how = Comment
dir-phone = Téléphone
dir-email = E-mail
dir-bring = À apporter
dir-spoken = Langues parlées
dir-cost = Prix
dir-who = Pour qui
dir-access = Accès
dir-walk-in = Sans rendez-vous : { $when }
dir-opens = Ouvert : { $when }
dir-no-hours = Horaires non communiqués : téléphonez avant d'y aller.
dir-closed-until = Fermé jusqu'au { $date }.
dir-closed-until-because = Fermé jusqu'au { $date } ({ $reason }).
dir-how-walk-in = sans rendez-vous
dir-how-appointment = sur rendez-vous
dir-how-phone = par téléphone
dir-how-online = en ligne
dir-how-referral = seulement envoyé par un professionnel
dir-welcome-everyone = Tout le monde
dir-welcome-preferential = Tout le monde, en priorité : { $audience }
dir-welcome-exclusive = Seulement : { $audience }
dir-open-until = ouvert maintenant, jusqu'à { $time }
dir-today-from = aujourd'hui à partir de { $time }
dir-tomorrow-from = demain à partir de { $time }
dir-weekday-from = { $day } à partir de { $time }
dir-date-from = { $date } à partir de { $time }

## Referrals (J5)
nav-referrals = Orientations reçues
ref-here = Orienter la personne vers ce service
ref-new-title = Orienter vers un service
ref-new-of = Orienter vers : { $service }
ref-back-to-file = Retour au dossier
ref-inside = Ce service travaille dans guichet : la demande arrive dans sa liste, il l'accepte ou la refuse, et vous voyez sa réponse dans le dossier.
ref-outside = Ce service ne travaille pas dans guichet : donnez-lui ces informations vous-même (téléphone, courrier), l'orientation reste notée dans le dossier.
ref-share = Ce que vous partagez
ref-share-hint = Rien d'autre n'est envoyé : ni le dossier, ni les notes. Cochez seulement ce qui est utile.
ref-share-name = Son nom : { $name }
ref-share-language = Sa langue : { $language }
ref-share-phone = Le numéro où le service peut la joindre
ref-share-email = L'adresse e-mail où le service peut la joindre
ref-share-none = Aucun
ref-need = Ce dont la personne a besoin
ref-need-hint = Quelques phrases, avec ses mots si possible. Le service les lira.
ref-need-missing = Écrivez en quelques mots ce dont la personne a besoin
ref-consent = La personne est d'accord que ces informations soient partagées avec ce service
ref-consent-missing = Demandez l'accord de la personne avant de partager ses informations
ref-send = Envoyer l'orientation
ref-person-title = Orientations vers d'autres services
ref-person-none = Aucune orientation.
ref-person-new = Orienter vers un service
ref-status-sent = en attente de réponse
ref-status-accepted = acceptée
ref-status-refused = refusée : { $reason }
ref-status-expired = sans réponse, expirée
ref-queue-title = Orientations reçues
ref-queue-intro = Les personnes orientées vers vos services par d'autres équipes. Ouvrez une orientation pour lire ce qui a été partagé et répondre.
ref-queue-empty = Aucune orientation reçue.
ref-col-service = Service
ref-col-from = Envoyée par
ref-col-waiting = Depuis
ref-col-status = État
ref-waiting-days = { $days ->
    [0] aujourd'hui
    [one] depuis un jour
   *[other] depuis { $days } jours
}
ref-one-title = Orientation reçue
ref-one-of = Orientation vers : { $service }
ref-back-to-queue = Retour aux orientations reçues
ref-from = Envoyée par l'équipe { $team }
ref-packet-name = Nom
ref-packet-phone = Téléphone
ref-packet-email = E-mail
ref-packet-language = Langue
ref-packet-need = Besoin
ref-accept = Accepter
ref-refuse = Refuser
ref-reason = Raison du refus
ref-reason-hint = La personne et l'équipe qui l'a orientée la liront.
ref-reason-missing = Écrivez la raison du refus
ref-already-answered = Cette orientation a déjà reçu une réponse ou a expiré
report-referrals-title = Les services vers lesquels nous vous avons orienté
report-referrals-none = Nous ne vous avons orienté vers aucun autre service.
report-referral = Le { $date }, vers : { $service }.
report-referral-shared = Partagé avec votre accord : { $list }.
report-referral-shared-name = votre nom
report-referral-shared-language = votre langue
report-referral-shared-need = ce dont vous aviez besoin
report-referral-accepted = Le service a accepté.
report-referral-refused = Le service a refusé : { $reason }
report-referral-expired = Le service n'a pas répondu.
report-referral-waiting = Le service n'a pas encore répondu.
report-seen-referral = envoyé vos informations à un autre service, avec votre accord
report-seen-referral-read = lu les informations envoyées par un autre service
report-seen-referral-new = préparé une orientation vers un autre service
dir-slip-for-person = Imprimer la fiche pour la personne (PDF, dans sa langue)
report-seen-slip = imprimé une fiche pour aller vers un autre service

## Directory imports
nav-directory-imports = Importer des services
imp-title = Importer des services locaux
imp-intro = Ajoutez ou mettez à jour les services de l'annuaire à partir d'un fichier Open Referral (HSDS 3.0) ou data·inclusion. Rien n'est importé avant que vous ayez lu le rapport et choisi d'importer.
imp-source = Nom de la source
imp-source-hint = Par exemple « Annuaire social de la province ». Importer à nouveau la même source met ses services à jour, sans doublons.
imp-source-missing = Donnez un nom à la source
imp-format = Format des fichiers
imp-format-missing = Choisissez le format des fichiers
imp-format-hsds-json = Open Referral HSDS 3.0, JSON
imp-format-hsds-csv = Open Referral HSDS 3.0, fichiers CSV (services.csv, locations.csv…)
imp-format-data-inclusion = data·inclusion, JSON
imp-files = Fichiers
imp-files-hint = Un ou plusieurs fichiers, 64 Mo en tout au plus.
imp-files-missing = Choisissez au moins un fichier
imp-too-big = Les fichiers dépassent 64 Mo en tout : importez-les en plusieurs fois
imp-check = Lire les fichiers
imp-recent = Imports récents
imp-col-source = Source
imp-col-when = Quand
imp-col-status = État
imp-status-checked = Lu, en attente de votre choix : rien n'est encore importé.
imp-status-applied = Importé : { $added } ajoutés, { $updated } mis à jour.
imp-status-failed = L'import a échoué : rien n'a été changé.
imp-status-discarded = Abandonné : rien n'a été importé.
imp-one-title = Import
imp-one-of = Import : { $source }
imp-back = Retour aux imports
imp-applying = Import en cours. Cette page se met à jour toute seule.
imp-refresh = Mettre à jour maintenant
imp-counts = Ce que les fichiers contiennent de valable
imp-col-kind = Type
imp-col-count = Nombre
imp-kind-organizations = Organisations
imp-kind-services = Services
imp-kind-locations = Lieux
imp-kind-service-at-locations = Services dans un lieu
imp-kind-taxonomies = Taxonomies
imp-kind-taxonomy-terms = Termes de taxonomie
imp-problems = { $count ->
    [one] Un enregistrement ne peut pas être importé
   *[other] { $count } enregistrements ne peuvent pas être importés
}
imp-col-file = Fichier
imp-col-line = Ligne
imp-col-place = Champ
imp-col-message = Problème
imp-apply-all = Importer
imp-apply-valid = { $count ->
    [one] Importer le seul enregistrement valable
   *[other] Importer les { $count } enregistrements valables
}
imp-discard = Abandonner
imp-already = Cet import a déjà été appliqué ou abandonné, ou il est en cours
ref-decision-missing = Choisissez d'accepter ou de refuser
home-to-check-title = Fiches de l'annuaire à vérifier
home-to-check-intro = Vos équipes tiennent ces fiches des services locaux. Vérifiez que les heures, l'adresse et le téléphone sont toujours justes, puis dites-le ici.
home-to-check-since = vérifiée pour la dernière fois le { $date }
home-to-check-never = jamais vérifiée
home-to-check-done = Vérifiée aujourd'hui
ref-status-outside = à transmettre au service (il ne travaille pas dans guichet)
ref-print-letter = imprimer la lettre pour le service
ref-letter-subject = Orientation vers votre service : { $service }
ref-letter-intro = Madame, Monsieur, nous vous orientons une personne que nous accompagnons ({ $organisation }). Elle est d'accord que nous vous transmettions les informations ci-dessous, et rien d'autre.
ref-letter-name = Nom :
ref-letter-phone = Téléphone :
ref-letter-email = E-mail :
ref-letter-language = Langue :
ref-letter-need = Ce dont la personne a besoin :
ref-letter-closing = Merci de la recevoir. Pour toute question, vous pouvez nous joindre aux coordonnées ci-dessous.
report-seen-referral-letter = imprimé une lettre d'orientation pour un autre service, avec votre accord

## Referral delays and email to an outside service
home-referral-delays = Délais des orientations
ref-delays-title = Délais des orientations
ref-delays-intro = Une orientation envoyée à une équipe de guichet attend sa réponse pendant un temps limité ; l'équipe qui la reçoit est prévenue avant la fin. Les nouveaux délais valent pour les orientations envoyées à partir de maintenant.
ref-delays-expire = Une orientation sans réponse expire après (jours)
ref-delays-expire-hint = Entre 7 et 90 jours. Par défaut : 30.
ref-delays-remind = Rappeler l'équipe qui la reçoit après (jours)
ref-delays-remind-hint = Au moins un jour, et avant l'expiration. Par défaut : 10.
ref-delays-save = Enregistrer les délais
ref-delays-saved = Les délais sont enregistrés. Ils valent pour les prochaines orientations.
ref-delays-not-days = Écrivez un nombre entier de jours, par exemple 30.
ref-delays-range = Écrivez un nombre de jours entre { $min } et { $max }.
ref-by-email = Envoyer aussi l'orientation par e-mail au service ({ $email })
ref-by-email-hint = Le service reçoit seulement ce que vous avez coché et le besoin. Vous pouvez toujours imprimer la lettre.
ref-status-emailed = envoyée par e-mail au service ({ $email })
report-seen-referral-email = envoyé par e-mail une orientation à un autre service, avec votre accord
report-keep-referrals = Ce que nous avons transmis pour une orientation est effacé { $duration } après la réponse du service, ou après la fin du délai de réponse.
retention-referral-packets = Orientations : effacer ce qui a été transmis après (mois)
retention-referral-packets-hint = Le nom, le moyen de contact, la langue et le besoin transmis à un service ; le service, les dates et la réponse restent pour les statistiques. Compté depuis la réponse ou l'expiration. Par défaut : 12 mois. Entre 1 et 1200.
retention-would-packets = { $count ->
    [one] { $count } orientation perdrait ce qui a été transmis.
   *[other] { $count } orientations perdraient ce qui a été transmis.
}
retention-did-packets = { $count ->
    [one] { $count } orientation vidée de ce qui a été transmis.
   *[other] { $count } orientations vidées de ce qui a été transmis.
}
imp-problems-in-english = Chaque problème donne le fichier et la ligne à corriger ; l'explication est en anglais, la langue du format Open Referral.

## Digital assistance and mandates (journey J4)
nav-assistance = Aide numérique
act-title = Aide numérique
act-title-for = Aide numérique pour { $name }
act-title-anonymous = Aide numérique à une personne de passage
act-prepare-mandate = Préparer un mandat à signer
act-never-credentials = guichet ne garde jamais un mot de passe, un code PIN ou un code itsme : ne les écrivez nulle part.
act-platform = Démarche ou plateforme
act-platform-choose = — choisir —
act-mode = Fait
act-mode-with = avec la personne (elle fait, nous l'aidons)
act-mode-for = pour la personne (nous faisons en son nom)
act-minutes = Durée (minutes)
act-minutes-hint = Par exemple 40.
act-outcome = Résultat
act-outcome-done = fait
act-outcome-partly = en partie
act-outcome-not-possible = pas possible
act-barriers = Obstacles rencontrés
act-barrier-itsme-required = itsme exigé
act-barrier-no-smartphone = pas de smartphone
act-barrier-no-card-reader-or-pin = pas de lecteur de carte ou de code PIN de la carte d'identité
act-barrier-platform-down = plateforme en panne
act-barrier-forgotten-code = code ou mot de passe oublié
act-barrier-document-missing = document manquant
act-barrier-language = langue
act-barrier-too-complex = formulaire trop compliqué
act-barrier-cost = coût
act-barrier-other = autre
act-autonomy = Autonomie de la personne pour cette démarche
act-autonomy-fully-accompanied = entièrement accompagnée
act-autonomy-partly-autonomous = en partie autonome
act-autonomy-autonomous = autonome
act-equipment = Équipement de la personne
act-equipment-hint = Laissez vide si vous ne savez pas.
act-equipment-none = aucun
act-equipment-phone = téléphone
act-equipment-computer = ordinateur
act-equipment-tablet = tablette
act-redirect = Orientée ailleurs
act-redirect-nowhere = non
act-redirect-public-digital-space = vers un espace public numérique
act-redirect-social-service = vers un service social
act-redirect-administration = vers une administration
act-redirect-association = vers une association
act-redirect-family-or-friend = vers un proche
act-redirect-other = ailleurs
act-day = Jour
act-day-hint = Aujourd'hui si vous ne changez rien. Par exemple 03/12/2026.
act-note = Note (aide numérique)
act-note-hint = Facultatif. Lue seulement par les collègues qui suivent la personne pour l'aide numérique.
act-note-checked = Ce n'est pas un mot de passe ni un code : enregistrer la note telle quelle
act-note-looks-like-code = La note ressemble à un mot de passe ou à un code. Retirez-le, ou confirmez que ce n'en est pas un.
act-anonymous = La personne (sans dossier)
act-anonymous-hint = Aucun nom n'est gardé : seulement sa tranche d'âge, son code postal et sa langue, si elle veut bien.
act-age = Tranche d'âge
act-age-under-18 = moins de 18 ans
act-age-18-25 = 18 à 25 ans
act-age-26-45 = 26 à 45 ans
act-age-46-64 = 46 à 64 ans
act-age-65-79 = 65 à 79 ans
act-age-80-plus = 80 ans et plus
act-age-unknown = ne sait pas
act-postcode = Code postal
act-language = Langue parlée
act-language-hint = Code de deux ou trois lettres, par exemple fr, nl, ar, tr.
act-save = Enregistrer l'aide
act-error-platform = Choisissez la démarche ou la plateforme.
act-error-mode = Dites si c'était fait avec la personne ou pour elle.
act-error-minutes = Écrivez la durée en minutes, par exemple 40.
act-error-minutes-range = Écrivez une durée entre 1 et 480 minutes.
act-error-outcome = Choisissez le résultat.
act-error-barriers = Choisissez les obstacles dans la liste.
act-error-autonomy = Choisissez l'autonomie de la personne.
act-error-equipment = Choisissez l'équipement dans la liste.
act-error-equipment-none = « Aucun » ne peut pas être coché avec un équipement.
act-error-redirect = Choisissez où la personne a été orientée.
act-error-day = Écrivez le jour, par exemple 03/12/2026.
act-error-day-future = Le jour ne peut pas être dans le futur.
act-error-day-old = Le jour ne peut pas dater de plus de 31 jours.
act-error-age = Choisissez une tranche d'âge.
act-error-postcode = Écrivez un code postal belge de 4 chiffres, ou laissez vide.
act-error-language = Écrivez un code de langue de deux ou trois lettres, ou laissez vide.
act-refused-none = Pour faire cette démarche à la place de la personne, il faut son mandat pour « { $area } ». Elle n'en a pas donné : préparez-en un à signer, ou faites la démarche avec elle.
act-refused-area = Le mandat de la personne ne couvre pas « { $area } » : préparez un mandat pour ce domaine, ou faites la démarche avec elle.
act-refused-not-yet = Le mandat pour « { $area } » ne commence que le { $date }.
act-refused-ended = Le mandat pour « { $area } » a pris fin le { $date } : préparez-en un nouveau, ou faites la démarche avec la personne.
act-refused-revoked = La personne a arrêté son mandat pour « { $area } » le { $date }. Sans nouveau mandat, la démarche ne peut plus être faite en son nom ; elle peut être faite avec elle.
act-recorded-anonymous = { $count ->
    [one] Aide enregistrée. { $count } aide à une personne de passage aujourd'hui.
   *[other] Aide enregistrée. { $count } aides à des personnes de passage aujourd'hui.
}
act-person-title = Aide numérique
act-recorded = L'aide est enregistrée.
act-person-none = Aucune aide numérique enregistrée.
act-person-new = Enregistrer une aide numérique
act-minutes-n = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
mandate-area-tax = impôts
mandate-area-social-security = sécurité sociale
mandate-area-health-insurance = mutuelle et santé
mandate-area-pension = pension
mandate-area-unemployment = chômage et emploi
mandate-area-housing = logement
mandate-area-energy = énergie
mandate-area-banking = banque
mandate-area-municipal-counter = guichet communal en ligne
mandate-area-residence = séjour et étrangers
mandate-area-other = autre
mandate-form-subject = Mandat pour des démarches en ligne
mandate-form-intro = Moi, { $name }, je donne à { $organisation } le droit de faire pour moi des démarches en ligne.
mandate-form-areas = Pour ces démarches :
mandate-form-period = Du { $start } au { $end }.
mandate-form-may-title = Ce que nous pouvons faire :
mandate-form-may = Remplir et envoyer pour vous les démarches cochées.
    Vous dire ce que nous avons fait.
    Garder une trace de chaque démarche dans votre dossier.
mandate-form-never-title = Ce que nous ne faisons jamais :
mandate-form-never = Garder vos mots de passe, vos codes PIN ou vos codes itsme.
    Faire une autre démarche que celles cochées.
    Donner vos informations à quelqu'un d'autre sans votre accord.
mandate-form-stop = Vous pouvez arrêter ce mandat, ou une seule démarche, quand vous voulez : au guichet, par téléphone ou par lettre.
mandate-form-signatures = Signature de la personne : ______________________
    Pour { $organisation } : ______________________
mandate-form-reference = Mandat n° { $number }
mandate-new-title = Nouveau mandat
mandate-new-of = Nouveau mandat donné par { $name }
mandate-new-intro = Le mandat est donné à l'organisation, pas à vous seul·e. Préparez-le avec la personne, imprimez-le et faites-le signer.
mandate-areas = Domaines
mandate-areas-hint = Cochez seulement ce que la personne accepte.
mandate-duration = Durée
mandate-duration-one-day = un jour
mandate-duration-one-month = un mois
mandate-duration-three-months = trois mois
mandate-duration-six-months = six mois
mandate-duration-one-year = un an
mandate-start = Début
mandate-start-hint = Par exemple 03/12/2026.
mandate-elsewhere = La personne a-t-elle déjà donné un mandat ailleurs (un proche, un autre service) ?
mandate-elsewhere-yes = oui
mandate-elsewhere-no = non
mandate-elsewhere-unknown = elle ne sait pas
mandate-error-areas = Cochez au moins un domaine.
mandate-error-duration = Choisissez la durée.
mandate-error-start = Écrivez le jour de début, par exemple 03/12/2026.
mandate-error-start-early = Le début ne peut pas être avant le { $date }.
mandate-error-start-late = Le début ne peut pas être après le { $date }.
mandate-error-elsewhere = Dites si la personne a déjà donné un mandat ailleurs.
mandate-create = Enregistrer et préparer le formulaire
mandate-title = Mandat
mandate-of = Mandat donné par { $name }
mandate-status = Où il en est
mandate-status-active = en cours
mandate-status-not-yet-valid = pas encore commencé
mandate-status-ended = terminé
mandate-status-revoked = arrêté par la personne
mandate-period = du { $start } au { $end }
mandate-period-label = Période
mandate-team = Recueilli par
mandate-fingerprint = Empreinte du formulaire
mandate-area-revoked = arrêté le { $date }
mandate-print = Imprimer le formulaire à signer (PDF)
mandate-recorded = Le mandat est enregistré. Imprimez le formulaire et faites-le signer.
mandate-revoked = L'arrêt du mandat est enregistré.
mandate-revoke-title = La personne arrête le mandat
mandate-revoke-intro = L'arrêt compte à partir d'aujourd'hui.
mandate-revoke-what = Ce qu'elle arrête
mandate-revoke-all = tout le mandat
mandate-how = Comment elle l'a dit
mandate-how-desk = au guichet
mandate-how-phone = par téléphone
mandate-how-letter = par lettre
mandate-revoke = Enregistrer l'arrêt
mandate-renew = Renouveler
mandates-ending-title = Mandats qui se terminent
mandates-ending-intro = Les mandats des personnes que vos équipes suivent, qui se terminent dans les 30 jours. Demandez-leur si elles veulent renouveler.
mandates-ending-none = Aucun mandat ne se termine dans les 30 jours.
mandates-ending-person = Personne
mandates-ending-ends = Fin
mandate-person-title = Mandats
mandate-person-none = Aucun mandat.
mandate-person-new = Préparer un mandat
home-mandates-ending = Mandats qui se terminent bientôt
report-mandates-title = Vos mandats
report-mandates-none = Vous ne nous avez donné aucun mandat.
report-mandate = Mandat pour : { $areas }. Du { $start } au { $end }. Recueilli par : { $team }.
report-assistance-title = L'aide pour vos démarches en ligne
report-assistance-none = Nous n'avons noté aucune aide pour des démarches en ligne.
report-assistance-with = { $date } : { $platform }, fait avec vous ({ $minutes } minutes).
report-assistance-for = { $date } : { $platform }, fait pour vous avec votre mandat ({ $minutes } minutes).
mandate-renewal-call = L'appeler avant la fin pour lui demander si elle veut renouveler
mandate-renewal-call-hint = Un appel apparaît dans les appels du jour de votre équipe, deux semaines avant la fin.
today-call-mandate = Demander si la personne veut renouveler son mandat, qui se termine le { $date }.
home-platforms = Démarches et plateformes de l'aide numérique
platforms-title = Démarches et plateformes de l'aide numérique
platforms-intro = La liste que l'écran d'aide numérique propose. guichet livre les plateformes belges courantes ; ajoutez celles que votre organisation rencontre. Chaque plateforme dit de quel domaine de mandat elle relève.
platforms-area = Domaine du mandat
platforms-add = Ajouter une démarche ou une plateforme
platforms-fr = Nom en français
platforms-nl = Nom en néerlandais
platforms-en = Nom en anglais
platforms-other-hint = Si vous le laissez vide, le nom français est repris.
platforms-save = Ajouter
platforms-added = « { $name } » est ajouté à la liste.
platforms-error-name = Écrivez le nom en français.
platforms-error-long = Écrivez un nom de 80 caractères au plus.
platforms-error-area = Choisissez le domaine du mandat.
platforms-error-exists = Cette démarche est déjà dans la liste.
mandate-scan-title = Le formulaire signé
mandate-scan-none = Aucun scan du formulaire signé n'est joint.
mandate-scan-attached = Voir le formulaire signé ({ $kind }, { $size } Ko, joint le { $date })
mandate-scan-file = Joindre le formulaire signé, scanné ou photographié
mandate-scan-hint = PDF, JPEG ou PNG, 5 Mo au plus. Il remplace celui déjà joint. Il est effacé avec le dossier.
mandate-scan-send = Joindre
mandate-scanned = Le formulaire signé est joint.
mandate-scan-empty = Choisissez le fichier du formulaire signé.
mandate-scan-too-big = Le fichier dépasse 5 Mo : scannez-le avec une résolution plus basse.
mandate-scan-not-a-scan = Le fichier n'est pas un PDF, un JPEG ni un PNG.
report-seen-mandates = ouvert la page d'un de vos mandats (pour le préparer, le voir ou l'arrêter)
report-seen-assistance-new = ouvert l'écran pour noter une aide numérique pour vous
report-seen-mandate-form = imprimé le formulaire d'un de vos mandats, à signer
report-seen-mandate-scan = ouvert le formulaire signé d'un de vos mandats
act-redirect-to = vers { $service } (annuaire)
act-sent-here = Noter une aide numérique qui oriente ici

# Audit participatif (parcours J7)
audit-title = Audit participatif
audit-home-coordinator = Audit participatif : ouvrir un tour, imprimer des codes papier
audit-home-member = Audit participatif de votre équipe
audit-intro = Une fois par an, l'équipe regarde ensemble ce que le numérique change à son travail. Les réponses sont anonymes : personne, pas même la coordination, ne peut savoir qui a répondu quoi. Les résultats n'apparaissent qu'une fois que 5 membres ont répondu.
audit-rounds = Les tours de vos équipes
audit-none = Aucun tour pour l'instant.
audit-col-title = Tour
audit-col-team = Équipe
audit-col-opened = Ouvert le
audit-col-status = État
audit-col-answers = Réponses
audit-status-open = Ouvert
audit-status-closed = Clôturé le { $date }
audit-answer-now = Répondre au questionnaire
audit-answered = Vous avez répondu
audit-open-title = Ouvrir un tour
audit-open-team = Équipe
audit-open-team-choose = Choisissez une équipe
audit-open-round-title = Nom du tour
audit-open-title-hint = Par exemple : Audit 2026
audit-open-submit = Ouvrir le tour
audit-error-team = Choisissez une des équipes que vous coordonnez.
audit-error-title = Donnez un nom au tour.
audit-error-title-long = Le nom est trop long (120 caractères au plus).
audit-error-already-open = Cette équipe a déjà un tour ouvert : clôturez-le d'abord.
audit-opened = Le tour est ouvert. Les membres peuvent répondre dès maintenant ; imprimez des codes papier pour les collègues sans compte.
audit-closed = Le tour est clôturé.
audit-back = Tous les tours
audit-back-round = Retour au tour
audit-round-title = { $title } — { $team }
audit-round-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
audit-you-answered = Vous avez répondu à ce tour. Merci.
audit-results = Résultats par thème
audit-hidden = { $count } réponses sur les { $needed } nécessaires. Les résultats apparaissent quand { $needed } membres ont répondu, pour que personne ne puisse reconnaître une réponse.
audit-chart-title = Moyenne par thème, de 1 (pas du tout) à 5 (tout à fait)
audit-no-rating = aucune note
audit-col-theme = Thème
audit-col-mean = Moyenne (1 à 5)
audit-col-rated = Notes
audit-col-dont-know = « Je ne sais pas »
audit-plan-link = Plan d'action
audit-compare = Comparaison avec le tour précédent
audit-compare-title = Ce tour et { $title }
audit-compare-desc = { $theme } : { $now } maintenant, { $before } avant
audit-compare-none = C'est le premier tour de l'équipe : rien à comparer pour l'instant.
audit-compare-hidden = Le tour précédent ({ $title }) a eu moins de 5 réponses : ses résultats ne sont pas montrés, il n'y a donc rien à comparer.
audit-col-now = Ce tour
audit-col-before = Tour précédent
audit-col-change = Évolution
audit-comments = Ce que les membres ont écrit
audit-comments-hint = Sans ordre particulier, sans nom.
audit-run-title = Mener le tour
audit-codes-count = Codes papier imprimés : { $printed } ; utilisés : { $used }.
audit-codes-label = Combien de codes papier imprimer
audit-codes-hint = Un par collègue qui répondra sur papier. Chaque code donne une seule réponse. Les codes ne sont pas gardés : on ne peut pas les réimprimer.
audit-codes-submit = Imprimer les codes (PDF)
audit-codes-file = les codes papier
audit-error-codes-count = Tapez un nombre entier de 1 à 100.
audit-error-codes-closed = Ce tour est clôturé : on ne peut plus imprimer de codes.
audit-close-hint = Une fois le tour clôturé, plus personne ne peut répondre, ni en ligne ni sur papier.
audit-close-submit = Clôturer le tour
audit-closed-notice = Ce tour est clôturé.
audit-already = Vous avez déjà répondu à ce tour.
audit-answer-title = Questionnaire : { $title }
audit-answer-intro = Pour chaque affirmation, dites à quel point elle est vraie dans votre équipe, ou « Je ne sais pas ». Votre réponse est anonyme : elle est gardée sans votre nom, sans l'heure, et séparée des autres réponses.
audit-scale-1 = 1 – pas du tout
audit-scale-2 = 2 – plutôt pas
audit-scale-3 = 3 – en partie
audit-scale-4 = 4 – en grande partie
audit-scale-5 = 5 – tout à fait
audit-scale-dk = Je ne sais pas
audit-comment = Un commentaire sur ce thème (facultatif)
audit-comment-hint = Ne nommez personne : les commentaires sont montrés à toute l'équipe.
audit-answer-submit = Envoyer ma réponse
audit-error-choose = Choisissez une réponse, ou « Je ne sais pas » : { $statement }
audit-error-comment-long = Le commentaire est trop long ({ $max } caractères au plus).
audit-thanks = Merci : votre réponse est enregistrée. Personne ne peut savoir laquelle est la vôtre.
audit-code-title = Répondre avec un code papier
audit-code-intro = Tapez le code imprimé sur votre billet. Il ouvre le questionnaire de votre équipe, une seule fois.
audit-code-label = Votre code
audit-code-hint = Huit lettres et chiffres, par exemple ABCD-EFGH. Majuscules, espaces et tirets n'ont pas d'importance.
audit-code-submit = Continuer
audit-error-code-missing = Tapez le code imprimé sur votre billet.
audit-error-code-malformed = Ce n'est pas un code : il a huit lettres et chiffres, par exemple ABCD-EFGH.
audit-error-code-unknown = Ce code est inconnu. Vérifiez-le sur votre billet.
audit-error-code-used = Ce code a déjà servi : chaque code donne une seule réponse.
audit-error-code-closed = Ce tour est clôturé : les réponses ne sont plus acceptées.
audit-plan-title = Plan d'action : { $title }
audit-plan-title-short = Plan d'action
audit-plan-hidden = Le plan d'action s'ouvre quand { $needed } membres ont répondu.
audit-plan-intro = Des recommandations pour les thèmes les plus faibles. Cochez celles que l'équipe reprend, puis dites ce qu'elle fera, qui s'en charge et pour quand.
audit-plan-theme = { $theme } (moyenne { $mean })
audit-plan-chosen = L'équipe reprend cette recommandation
audit-plan-action = Ce que nous ferons
audit-plan-owner = Qui s'en charge
audit-plan-due = Pour quand
audit-plan-due-hint = Par exemple 30/06/2026
audit-plan-save = Enregistrer le plan
audit-plan-saved = Le plan est enregistré.
audit-plan-print = Imprimer le plan (PDF)
audit-plan-empty = Aucune recommandation reprise pour l'instant.
audit-error-action = Dites ce que l'équipe fera.
audit-error-action-long = Ce texte est trop long (1000 caractères au plus).
audit-error-owner-long = Ce nom est trop long (120 caractères au plus).
audit-error-due = Tapez une date sous la forme JJ/MM/AAAA, par exemple 30/06/2026.
audit-plan-pdf-title = Plan d'action — { $title }
audit-plan-pdf-team = Équipe : { $team }
audit-plan-pdf-weakest = Thèmes les plus faibles : { $themes }
audit-plan-pdf-action = Ce que nous ferons : { $action }
audit-plan-pdf-owner = Qui s'en charge : { $owner }
audit-plan-pdf-due = Pour le { $date }
audit-slip-title = Audit participatif « { $title } » — { $team }
audit-slip-go = Répondez sur { $address }
audit-slip-once = Ce code donne une seule réponse.
audit-slip-anonymous = Votre réponse est anonyme : personne ne peut la relier à vous.
audit-theme-quality = Qualité et proximité du service
audit-theme-wellbeing = Santé mentale des travailleuses et travailleurs
audit-theme-relations = Relations, avec les personnes et entre collègues
audit-theme-training = Formation continue
audit-theme-tools = Des outils adaptés au terrain
audit-theme-data = Protection des données
audit-theme-person = La personne au centre
audit-theme-policy = Une politique numérique qui renforce les droits
audit-st-quality-time = L'encodage dans nos outils nous laisse assez de temps pour les personnes que nous rencontrons.
audit-st-quality-reach = On peut nous joindre sans ordinateur : au guichet sans rendez-vous, ou par téléphone.
audit-st-quality-choice = Chaque personne peut choisir la façon dont nous la contactons.
audit-st-quality-autonomy = Nos outils numériques aident les personnes à se débrouiller seules plutôt qu'à dépendre de nous.
audit-st-wellbeing-pace = Le rythme que les outils numériques imposent à notre travail est supportable.
audit-st-wellbeing-mistakes = Ici, on a droit à l'erreur quand on apprend un nouvel outil.
audit-st-wellbeing-help = Quand un outil me bloque, une ou un collègue m'aide sans me juger.
audit-st-wellbeing-meaning = Les tâches numériques laissent intact le sens de mon métier.
audit-st-relations-meet = En équipe, nous nous voyons encore assez souvent en personne.
audit-st-relations-disconnect = En dehors de mes heures, personne n'attend que je lise les messages du travail.
audit-st-relations-people = Les écrans ne s'interposent pas entre nous et les personnes que nous aidons.
audit-st-training-offered = Je suis formé·e, pendant le temps de travail, aux outils que je dois utiliser.
audit-st-training-platforms = J'apprends à temps qu'une plateforme publique dont nous dépendons change.
audit-st-training-skill = Savoir utiliser le numérique est reconnu comme une compétence à part entière dans mon métier.
audit-st-tools-once = Nous n'encodons qu'une seule fois la même information.
audit-st-tools-equipment = J'ai le matériel qu'il me faut, sans devoir utiliser mon propre téléphone ou abonnement.
audit-st-tools-work = Nos outils fonctionnent quand nous en avons besoin, et quelqu'un aide quand ils tombent en panne.
audit-st-tools-cobuilt = L'équipe a eu son mot à dire quand nos outils ont été choisis ou changés.
audit-st-data-need = Je ne vois que les données des personnes que je dois aider.
audit-st-data-consent = Nous ne gardons sur les personnes que ce dont leur aide a besoin, avec leur accord.
audit-st-data-control = Ce que nous encodons ne sert pas à contrôler les travailleuses et travailleurs.
audit-st-data-talk = Nous prenons régulièrement le temps de parler de confidentialité et de secret professionnel.
audit-st-person-paper = Une personne sans smartphone ni adresse e-mail reçoit le même service que tout le monde.
audit-st-person-language = Les personnes qui lisent peu ou parlent une autre langue comprennent nos lettres et nos messages.
audit-st-person-fit = Nous adaptons notre façon de travailler à la personne, et pas l'inverse.
audit-st-policy-evaluate = Avant l'arrivée d'un nouvel outil, nous nous demandons s'il aide les personnes à accéder à leurs droits.
audit-st-policy-review = Nous revoyons régulièrement nos outils et les changeons quand ils ne fonctionnent pas.
audit-st-policy-field = Les décisions sur le numérique tiennent compte de ce que dit le terrain.
audit-rec-quality-r-desk = Garder un guichet gratuit ouvert sans rendez-vous, et une ligne téléphonique avec un message enregistré clair.
audit-rec-quality-r-once = Faire la liste de ce que nous encodons deux fois, et supprimer les doublons.
audit-rec-quality-r-choice = Demander à chaque personne comment elle veut être contactée, et s'y tenir.
audit-rec-wellbeing-r-buddy = Former des binômes pour que les collègues à l'aise avec un outil accompagnent les autres, sur le temps de travail.
audit-rec-wellbeing-r-delays = Convenir de délais de réponse que nous pouvons tenir, et les faire connaître.
audit-rec-wellbeing-r-meaning = Tenir une réunion d'équipe sur ce que les tâches numériques font au sens de notre travail.
audit-rec-relations-r-disconnect = Écrire notre droit à la déconnexion : pas de messages de travail en dehors des heures.
audit-rec-relations-r-meet = Prévoir des moments réguliers ensemble, en personne, formels et informels.
audit-rec-training-r-plan = Établir un plan de formation annuel pour les outils et plateformes que nous utilisons.
audit-rec-training-r-shoes = Essayer nos propres démarches comme les personnes que nous aidons, pour voir où elles bloquent.
audit-rec-training-r-profile = Décrire, niveau par niveau, les compétences numériques dont chaque fonction a besoin.
audit-rec-tools-r-guide = Écrire un petit guide pratique de tous les outils du service.
audit-rec-tools-r-cobuild = Associer l'équipe avant de choisir ou de changer un outil.
audit-rec-tools-r-equipment = Faire la liste du matériel qui manque, et le demander.
audit-rec-data-r-session = Une fois par an, avec un ou une juriste ou le délégué à la protection des données, revoir notre façon de garder les secrets et les données.
audit-rec-data-r-minimum = Vérifier que tout ce que nous gardons sur les personnes est nécessaire à leur aide et accepté par elles.
audit-rec-data-r-nocontrol = Écrire noir sur blanc que nos encodages ne servent pas à surveiller les travailleuses et travailleurs.
audit-rec-person-r-channels = Proposer chaque démarche d'au moins une façon qui ne demande pas d'écran.
audit-rec-person-r-readable = Faire relire nos lettres, avant de les envoyer, par quelqu'un qui lit peu.
audit-rec-person-r-case = Décider avec chaque personne, au cas par cas, des façons de rester en contact qui lui conviennent.
audit-rec-policy-r-before = Avant d'adopter un outil, peser ce qu'il apporte et le temps caché qu'il coûte.
audit-rec-policy-r-review = Revoir nos outils avec l'équipe une fois par an, et changer ce qui ne marche pas.
audit-rec-policy-r-voice = Faire connaître aux instances décideuses les difficultés du terrain, exemples à l'appui.
## Observatoire (J6)
obs-title = Observatoire des obstacles numériques
obs-intro = Des chiffres tirés des dossiers, par équipe, service ou site, jamais par travailleur. Un chiffre sous 5 s’affiche « < 5 ».
obs-scope = Pour
obs-period = Période
obs-show = Afficher
obs-report-of = { $scope }
obs-period-quarter = { $quarter }e trimestre { $year }
obs-subtitle = { $period }, comparé à { $previous }
obs-hours = Heures d’aide numérique
obs-hours-line = Heures d’aide numérique : { $hours } ({ $previous } : { $before })
obs-hours-value = { $hours } h
obs-small = < 5
obs-masked = masqué
obs-total = Total
obs-none = Rien sur ces deux périodes.
obs-summary = En bref
obs-summary-hours = { $period } : { $hours } d’aide numérique ({ $previous } : { $before }).
obs-summary-barriers = Les obstacles rencontrés le plus souvent : { $list }.
obs-summary-blocked = Les plateformes où la démarche n’a pas pu aboutir le plus souvent : { $list }.
obs-summary-channels = Les demandes sont arrivées surtout par : { $list }.
obs-summary-promises = Dates promises tenues : { $kept } sur { $total }.
obs-method = Méthode
obs-method-records = Chaque chiffre est compté à partir de ce que l’équipe a noté dans guichet (aides numériques, demandes, rendez-vous, messages, orientations) ; rien n’est saisi une seconde fois.
obs-method-small = Un chiffre de 1 à 4 personnes ou actes s’affiche « < 5 ». Un autre chiffre est « masqué » quand il permettrait de retrouver un petit chiffre à partir d’un total.
obs-method-workers = Aucun chiffre n’est donné par travailleur : le plus petit niveau est l’équipe.
obs-method-counted = Chiffres comptés le { $date }.
obs-csv = Télécharger en CSV
obs-pdf = Imprimer le rapport (PDF)
obs-csv-section = Rubrique
obs-csv-category = Catégorie
obs-csv-period = Période
obs-csv-value = Valeur
obs-publish = Publier un lien en lecture seule
obs-publish-hint = Le lien montre les chiffres tels qu’aujourd’hui, figés, par exemple pour le conseil communal. Vous pourrez le retirer.
obs-published-title = Lien publié
obs-published-intro = Les chiffres de ce rapport sont figés. Toute personne qui a le lien peut les lire, sans se connecter.
obs-published-link = Lien à partager
obs-published-once = Copiez-le maintenant : guichet ne le montre qu’une fois.
obs-published-list = Liens publiés
obs-published-line = { $period }, publié le { $date }
obs-published-on = Publié le { $date }
obs-withdraw = Retirer
obs-withdrawn-mark = retiré
obs-withdrawn = Ce rapport a été retiré par le service qui l’avait publié.
obs-back = Retour à l’observatoire
obs-no-team = Vous ne coordonnez aucune équipe : il n’y a pas de chiffres à montrer.
obs-bad-choice = Cette équipe ou cette période n’existe pas.
obs-section-platform = Aides numériques par plateforme
obs-section-blocked = Plateformes où la démarche n’a pas pu aboutir
obs-section-barrier = Obstacles rencontrés
obs-section-mode = Avec la personne ou à sa place
obs-section-autonomy = Autonomie de la personne
obs-section-outcome = Résultat de l’aide
obs-section-helped = Personnes suivies et passages anonymes
obs-section-channel = Demandes par canal d’arrivée
obs-section-topic = Demandes par sujet
obs-section-promise = Dates promises
obs-section-appointment = Rendez-vous
obs-section-message = Courriers, SMS et e-mails envoyés
obs-section-referral = Orientations envoyées
obs-helped-person = Personne avec un dossier
obs-helped-anonymous = Passage anonyme
obs-promise-kept = Tenue
obs-promise-missed = Dépassée
obs-promise-open = Pas encore échue
obs-appointment-kept = Honoré
obs-appointment-missed = Manqué
obs-appointment-cancelled = Annulé
obs-appointment-planned = Encore prévu
obs-message-letter = Courrier papier
obs-message-sms = SMS
obs-message-email = E-mail
obs-referral-sent = Sans réponse
obs-referral-accepted = Acceptée
obs-referral-refused = Refusée
obs-alert-title = Alerte : une plateforme bloque plus que d’habitude
obs-alert = { $team } : { $count } démarches n’ont pas pu aboutir sur { $platform } du { $from } au { $to }, contre { $usual } en moyenne par période de quatre semaines du { $usual_from } au { $usual_to }.
obs-alert-few = { $team } : { $count } démarches n’ont pas pu aboutir sur { $platform } du { $from } au { $to }, contre moins de 5 en tout du { $usual_from } au { $usual_to }.
home-observatory = Observatoire des obstacles numériques
nav-observatory = Observatoire

## Right to disconnect (issue 18)
nav-disconnect = Droit à la déconnexion
account-leave-link = Mes congés
leave-title = Mes congés
leave-intro = Pendant vos congés, guichet ne vous envoie rien : les messages attendent votre retour et vous les retrouvez sur votre page d’accueil.
leave-list-title = Congés prévus
leave-none = Aucun congé enregistré.
leave-line = Du { $first } au { $last }
leave-remove = Retirer
leave-add-title = Ajouter un congé
leave-first = Premier jour
leave-date-hint = Par exemple 21/12/2026.
leave-last = Dernier jour
leave-last-hint = Laissez vide pour un seul jour.
leave-add = Enregistrer le congé
leave-back = Retour à mon compte
leave-added = Votre congé est enregistré.
leave-removed = Le congé est retiré.
leave-first-missing = Indiquez le premier jour du congé.
leave-first-not-a-date = Le premier jour n’est pas une date : écrivez-le comme 21/12/2026.
leave-last-not-a-date = Le dernier jour n’est pas une date : écrivez-le comme 03/01/2027.
leave-ends-before-start = Le dernier jour vient avant le premier.
leave-too-long = Un congé dure au plus un an : pour un congé plus long, enregistrez-le à nouveau quand il continue.
leave-past = Ce congé est déjà passé : il ne retiendrait rien.
login-outside-hours = Vous êtes en dehors de vos heures de travail : votre organisation ne permet pas de se connecter maintenant. Si vous êtes de garde, demandez à votre coordinatrice ou coordinateur de vous ajouter à la liste de garde.
outside-hours-title = Vous êtes en dehors de vos heures de travail
outside-hours-lead = Vous vous êtes connecté·e en dehors de vos heures ou pendant un congé.
outside-hours-shipped = Votre organisation respecte votre droit à la déconnexion : rien ne vous oblige à travailler maintenant. Ce qui arrive attend vos prochaines heures de travail.
outside-hours-held = Les messages de guichet qui vous sont destinés restent retenus jusqu’à vos prochaines heures de travail.
outside-hours-continue = Continuer quand même
outside-hours-sign-out = Me déconnecter
disconnect-title = Droit à la déconnexion
disconnect-intro = En dehors de leurs heures et pendant leurs congés, guichet n’envoie rien aux membres du personnel. Choisissez ce qui se passe quand quelqu’un se connecte à ce moment-là.
disconnect-policy = Connexion en dehors des heures de travail
disconnect-policy-remind = Rappeler la politique de déconnexion, puis laisser entrer
disconnect-policy-refuse = Refuser la connexion (sauf pour la liste de garde)
disconnect-text = Texte de votre politique de déconnexion (facultatif)
disconnect-text-hint = Montré après une connexion en dehors des heures. Laissé vide, guichet montre un texte général.
disconnect-on-call = Liste de garde
disconnect-on-call-hint = Ces personnes peuvent toujours se connecter, sans rappel.
disconnect-save = Enregistrer
disconnect-saved = La politique de déconnexion est enregistrée.
disconnect-policy-missing = Choisissez ce qui se passe lors d’une connexion en dehors des heures.
disconnect-text-too-long = Le texte est trop long : { $max } caractères au plus.
disconnect-on-call-unknown = Une personne choisie pour la liste de garde n’existe pas.
home-away-title = Arrivé pendant votre absence
home-away-line = { $when } : { $subject }
## Self-assessment and training log (issue 18)

skills-area-1 = 1. Maîtrise de l'information et des données
skills-area-2 = 2. Communication et collaboration
skills-area-3 = 3. Création de contenu numérique
skills-area-4 = 4. Sécurité
skills-area-5 = 5. Résolution de problèmes
skills-c-1-1 = Naviguer, rechercher et filtrer des données et du contenu numérique
skills-c-1-2 = Évaluer des données et du contenu numérique
skills-c-1-3 = Gérer des données et du contenu numérique
skills-c-2-1 = Interagir par le biais des technologies numériques
skills-c-2-2 = Partager par le biais des technologies numériques
skills-c-2-3 = S'engager dans la citoyenneté par le biais des technologies numériques
skills-c-2-4 = Collaborer par le biais des technologies numériques
skills-c-2-5 = Nétiquette
skills-c-2-6 = Gérer son identité numérique
skills-c-3-1 = Développer du contenu numérique
skills-c-3-2 = Intégrer et retravailler du contenu numérique
skills-c-3-3 = Droits d'auteur et licences
skills-c-3-4 = Programmation
skills-c-4-1 = Protéger les appareils
skills-c-4-2 = Protéger les données personnelles et la vie privée
skills-c-4-3 = Protéger la santé et le bien-être
skills-c-4-4 = Protéger l'environnement
skills-c-5-1 = Résoudre des problèmes techniques
skills-c-5-2 = Identifier des besoins et des réponses technologiques
skills-c-5-3 = Utiliser les technologies numériques de manière créative
skills-c-5-4 = Identifier les lacunes en matière de compétences numériques
skills-band-foundation = Fondamental
skills-band-intermediate = Intermédiaire
skills-band-advanced = Avancé
skills-band-highly-specialised = Hautement spécialisé
skills-title = Mes compétences numériques
skills-private = Vous seul voyez ceci. Votre coordinateur ne voit que des nombres anonymes pour l'équipe, à partir de cinq collègues.
skills-saved = Votre autoévaluation est enregistrée.
skills-summary-title = Mes niveaux par palier
skills-intro = Pour chaque compétence, choisissez le niveau qui vous correspond aujourd'hui, ou laissez « non évalué ». Rien n'est obligatoire.
skills-help-link = Que veulent dire les niveaux ?
skills-tools-title = Nos outils
skills-submit = Enregistrer mon autoévaluation
skills-help-title = Les niveaux
skills-help-levels = DigComp 2.2 décrit chaque compétence sur huit niveaux, en quatre paliers.
skills-help-foundation = Fondamental (1–2) : je fais des tâches simples, avec de l'aide ou seul.
skills-help-intermediate = Intermédiaire (3–4) : je fais seul des tâches habituelles et je résous des problèmes simples.
skills-help-advanced = Avancé (5–6) : je choisis comment faire des tâches variées et j'aide les autres.
skills-help-highly-specialised = Hautement spécialisé (7–8) : je résous des problèmes complexes et j'apporte de nouvelles façons de faire.
skills-help-more = Le cadre de la Commission européenne, avec des exemples :
skills-coach = Je peux aider des collègues sur ce point
skills-coach-hint = « Je peux aider des collègues » n'est pas privé : vos collègues voient dans le guide des outils que vous vous proposez. Vos niveaux restent à vous.
skills-not-assessed = Non évalué
skills-error-level = Choisissez un niveau de 1 à 8, ou « non évalué », pour { $subject }.
skills-error-unknown = Le formulaire contenait une note pour quelque chose qui n'y figure pas. Rien n'a été enregistré : vérifiez vos choix et enregistrez à nouveau.
skills-needs-small = moins de 5
skills-needs-hidden = masqué
skills-team-title = Besoins de formation de l'équipe
skills-team-intro = Pour chaque compétence et chaque outil : combien de collègues se sont placés au palier fondamental (niveau 1 ou 2). Des nombres anonymes, montrés seulement quand au moins cinq collègues de l'équipe se sont évalués. Rien n'est montré par personne.
skills-team-none = Vous ne coordonnez aucune équipe.
skills-team-subject = Compétence ou outil
skills-team-count = Collègues au palier fondamental
skills-team-suppressed = Moins de cinq collègues se sont évalués : rien n'est montré.
skills-tr-title = Mon carnet de formation
skills-tr-private = Vous seul voyez votre carnet de formation. Imprimez-le pour appuyer une demande de temps de formation.
skills-tr-done-title = Formations suivies
skills-tr-wished-title = Formations souhaitées
skills-tr-none = Aucune pour l'instant.
skills-tr-day = Jour
skills-tr-training = Formation
skills-tr-provider = Donnée par
skills-tr-hours = Heures
skills-tr-note = Remarque
skills-tr-delete = Retirer
skills-tr-print-title = Imprimer mon carnet de formation
skills-tr-print-assessment = Ajouter mon autoévaluation (niveaux par palier)
skills-tr-print = Imprimer (PDF)
skills-tr-add-title = Ajouter une formation
skills-tr-status = Suivie ou souhaitée ?
skills-tr-status-done = Suivie
skills-tr-status-wished = Souhaitée
skills-tr-provider-hint = Un organisme, un collègue, un cours en ligne. Facultatif.
skills-tr-day-hint = Pour une formation suivie : le jour, par exemple 14/02/2026.
skills-tr-hours-hint = Facultatif, par exemple 3,5.
skills-tr-add = Ajouter à mon carnet
skills-tr-added = La formation est ajoutée à votre carnet.
skills-tr-deleted = La formation est retirée de votre carnet.
skills-tr-error-status = Dites si la formation a été suivie ou si vous la souhaitez.
skills-tr-error-title = Donnez le nom de la formation.
skills-tr-error-long = Au plus { $max } caractères.
skills-tr-error-unreadable = Ce texte contient un caractère invisible ou trop de lignes : tapez-le à nouveau.
skills-tr-error-day = Donnez le jour où la formation a été suivie.
skills-tr-error-date = Donnez une date comme 14/02/2026.
skills-tr-error-future = Ce jour est encore à venir : notez la formation comme souhaitée.
skills-tr-error-hours = Donnez un nombre d'heures de 0,5 à 2000, comme 3,5.
skills-pdf-title = Carnet de formation — { $name }
skills-pdf-subtitle = Le { $date }
skills-pdf-assessment = Mon autoévaluation (DigComp 2.2)
skills-pdf-no-assessment = Pas encore d'autoévaluation.
skills-pdf-band = Niveau
skills-pdf-subjects = Compétence ou outil
skills-pdf-request-title = Demande de temps de formation
skills-pdf-request = { $name } a suivi { $done } formation(s), { $hours } heure(s) en tout, et souhaite en suivre { $wished } autre(s). Les outils numériques changent vite et les personnes que nous aidons en dépendent : ce carnet appuie une demande de temps pour se former pendant les heures de travail.
skills-account-title = Compétences et formation
skills-account-skills = Mes compétences numériques
skills-account-trainings = Mon carnet de formation
skills-account-team = Besoins de formation de l'équipe
## Tool guide and coaches (issue 18)
nav-guide = Guide des outils
guide-title = Guide des outils
guide-intro = Les outils que nous utilisons, à quoi ils servent, qui contacter, et les modes d’emploi écrits par des collègues.
guide-coaches-link = Trouver un collègue qui aide
guide-search-label = Chercher un outil
guide-search-hint = Un nom, un mot d’un mode d’emploi : « mutualité », « certificat », « itsme ».
guide-search-button = Chercher
guide-due-count = { $count ->
    [one] { $count } outil à revoir : sa page n’a plus été relue depuis trop longtemps.
   *[other] { $count } outils à revoir : leur page n’a plus été relue depuis trop longtemps.
}
guide-none = Le guide ne contient encore aucun outil.
guide-none-found = Aucun outil ne correspond à « { $q } ».
guide-col-tool = Outil
guide-col-reviewed = Dernière relecture
guide-to-review = À revoir
guide-add-title = Ajouter un outil
guide-name = Nom de l’outil
guide-purpose = À quoi il sert
guide-purpose-hint = En une ou deux phrases, pour un collègue qui ne le connaît pas.
guide-who-to-ask = Qui contacter
guide-who-to-ask-hint = Un collègue, un service d’aide, un numéro de téléphone.
guide-review-months = Relire la page tous les … mois
guide-review-months-hint = Entre 1 et 60 mois. Par défaut : 12.
guide-add-button = Ajouter l’outil
guide-back = Retour au guide des outils
guide-back-tool = Retour à la page de l’outil
guide-archived-notice = Cet outil est archivé : il n’apparaît plus dans le guide.
guide-review-due-notice = Cette page est à revoir : sa relecture était prévue le { $date }.
guide-last-review = Dernière relecture : { $date }.
guide-next-review = Prochaine relecture : { $date }.
guide-print = Imprimer cette page (PDF)
guide-mark-reviewed = Marquer comme relue aujourd’hui
guide-edit-link = Modifier la page
guide-howtos-heading = Modes d’emploi
guide-howtos-none = Personne n’a encore écrit de mode d’emploi pour cet outil.
guide-howto-new-link = Écrire un mode d’emploi
guide-howto-by = Écrit par { $name }, le { $date }.
guide-howto-on = Écrit le { $date }.
guide-coaches-heading = Collègues qui aident
guide-coaches-none = Personne ne s’est encore proposé pour cet outil.
guide-coach-on = Je peux aider mes collègues avec cet outil
guide-coach-off = Je n’aide plus mes collègues avec cet outil
guide-done-howto = Votre mode d’emploi est ajouté.
guide-done-reviewed = La page est marquée comme relue aujourd’hui.
guide-done-saved = La page est enregistrée.
guide-done-coach = Merci : vos collègues vous voient parmi les personnes qui aident.
guide-done-withdrawn = Vous n’apparaissez plus parmi les personnes qui aident.
guide-edit-title = Modifier la page : { $tool }
guide-edit-save = Enregistrer la page
guide-archive-title = Archiver l’outil
guide-archive-hint = Un outil que nous n’utilisons plus : il disparaît du guide, sa page reste lisible.
guide-archive = Archiver l’outil
guide-restore-title = Remettre l’outil dans le guide
guide-restore-hint = Cet outil est archivé. Remettez-le s’il est de nouveau utilisé.
guide-restore = Remettre dans le guide
guide-howto-new-title = Écrire un mode d’emploi : { $tool }
guide-howto-title = Titre
guide-howto-title-hint = Ce que le mode d’emploi permet de faire, par exemple « Télécharger une attestation ».
guide-howto-body = Les étapes
guide-howto-body-hint = Une étape par ligne. Laissez une ligne vide entre deux paragraphes.
guide-alt = Ce que montre l’image
guide-alt-hint = Obligatoire si vous ajoutez une image : pour un collègue qui ne la voit pas.
guide-image = Une capture d’écran (facultatif)
guide-image-hint = Une image PNG ou JPEG, 1 Mo au plus.
guide-howto-save = Ajouter le mode d’emploi
guide-error-name-missing = Écrivez le nom de l’outil.
guide-error-purpose-missing = Écrivez à quoi sert l’outil.
guide-error-who-missing = Écrivez qui contacter pour cet outil.
guide-error-too-long = Ce texte est trop long : raccourcissez-le.
guide-error-months = Écrivez un nombre de mois entre 1 et 60.
guide-error-title-missing = Écrivez le titre du mode d’emploi.
guide-error-body-missing = Écrivez les étapes du mode d’emploi.
guide-error-image-type = Ce fichier n’est pas une image PNG ou JPEG. Choisissez une capture d’écran enregistrée en PNG ou en JPEG, ou n’ajoutez pas d’image.
guide-error-image-size = Cette image dépasse 1 Mo. Choisissez une image plus petite (ou réduisez-la), ou n’ajoutez pas d’image.
guide-error-alt-missing = Écrivez ce que montre l’image.
guide-error-subject = Choisissez une compétence.
guide-pdf-subtitle = Guide des outils – page relue le { $date }
guide-pdf-image = Image : { $alt }.
guide-coaches-title = Collègues qui aident
guide-coaches-intro = Des collègues se proposent pour aider les autres avec un outil ou une compétence numérique. Se proposer est visible par toute l’organisation.
guide-coaches-by-tool = Par outil
guide-coaches-by-competence = Par compétence numérique (DigComp)
guide-coaches-empty = Personne pour le moment.
guide-mine-title = Mon aide
guide-mine-none = Pour le moment, vous ne proposez votre aide pour aucun sujet.
guide-withdraw = Je n’aide plus
guide-competence-label = Je peux aider mes collègues pour cette compétence
guide-volunteer = Me proposer
home-guide-due = { $count ->
    [one] { $count } outil à revoir dans le guide des outils
   *[other] { $count } outils à revoir dans le guide des outils
}
