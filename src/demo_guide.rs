//! The demo's tool guide (issue 18, journey J10): the tools a CPAS desk uses every day,
//! how-tos written by colleagues (fictional, in our own words: the steps of the real
//! platforms change, a real guide is kept by the organisation), one page overdue for
//! review, and colleagues who volunteer to help: the social worker and the nurse for the
//! mutual-insurance portal, the volunteer for managing one's digital identity.

use anyhow::Context;
use chrono::Months;
use guichet_domain::guide::{check_image, NewHowto, NewImage, Subject, ToolFields};
use guichet_store::guide;
use guichet_store::{users, Db};

/// A screenshot of the mutual-insurance portal (fictional: a header, text, the button).
const CERTIFICATE_PNG: &[u8] = include_bytes!("demo_guide_certificate.png");

struct DemoTool {
    name: &'static str,
    purpose: &'static str,
    who_to_ask: &'static str,
    review_months: u32,
    /// How many months ago the page was last reviewed.
    reviewed_months_ago: u32,
    /// `(author's username, title, text)`.
    howtos: &'static [(&'static str, &'static str, &'static str)],
}

const TOOLS: &[DemoTool] = &[
    DemoTool {
        name: "Portail de la mutualité",
        purpose: "Le site où la personne (ou nous, avec son accord et à côté d’elle) consulte son dossier de mutualité : remboursements, attestations, documents à envoyer.",
        who_to_ask: "Thomas Claes (service social) ou Aïcha Diallo (soins à domicile). Pour un blocage du compte : le service aux membres de la mutualité de la personne.",
        review_months: 12,
        reviewed_months_ago: 2,
        howtos: &[
            (
                "social",
                "Télécharger une attestation d’assurabilité",
                "1. La personne se connecte au portail de sa mutualité avec itsme ou sa carte d’identité.\n2. Ouvrir « Mes documents », puis « Attestations ».\n3. Choisir « Attestation d’assurabilité » et l’année demandée.\n4. Cliquer sur le bouton vert « Télécharger » : un PDF s’ouvre.\n5. L’enregistrer ou l’imprimer pour la personne. Ne pas le garder sur le poste du guichet.\n\nSi l’attestation n’apparaît pas, la personne n’est peut-être pas en ordre de cotisation : l’orienter vers le service aux membres.",
            ),
            (
                "soins",
                "Demander le relevé des remboursements",
                "1. Se connecter au portail de la mutualité (itsme ou carte d’identité).\n2. Ouvrir « Mes remboursements ».\n3. Choisir la période (l’année civile, souvent, pour la déclaration d’impôts).\n4. Cliquer sur « Demander un relevé » : il arrive dans la boîte de messages du portail, parfois le lendemain.\n\nAstuce : le relevé par soin montre aussi les tickets modérateurs payés, utile pour le maximum à facturer.",
            ),
        ],
    },
    DemoTool {
        name: "itsme",
        purpose: "L’application d’identité numérique sur smartphone : elle permet de se connecter aux sites publics et de signer sans lecteur de carte.",
        who_to_ask: "Hélène Dupont (espace public numérique). Pour un compte bloqué : l’aide d’itsme, en ligne.",
        review_months: 12,
        reviewed_months_ago: 5,
        howtos: &[(
            "benevole",
            "Créer un compte itsme avec la carte d’identité",
            "1. Vérifier que la personne a son smartphone, sa carte d’identité et le code PIN de la carte (sinon, commune).\n2. Installer l’application itsme depuis le magasin d’applications.\n3. Choisir « Créer un compte » et suivre les écrans : numéro de téléphone, lecture de la carte, photo.\n4. La personne choisit elle-même son code itsme à cinq chiffres. Ne jamais le noter pour elle.",
        )],
    },
    DemoTool {
        name: "eBox",
        purpose: "La boîte aux lettres électronique des services publics : les courriers officiels y arrivent au lieu du papier quand la personne l’a activée.",
        who_to_ask: "Nadia Benali (accueil).",
        review_months: 12,
        reviewed_months_ago: 3,
        howtos: &[(
            "accueil",
            "Lire un courrier arrivé dans l’eBox",
            "1. La personne se connecte à l’eBox (itsme ou carte d’identité).\n2. Les nouveaux messages sont en gras : ouvrir le message, puis le document joint.\n3. Si la personne veut garder le papier, imprimer le document ici ; ne pas le transférer sur une adresse du CPAS.",
        )],
    },
    DemoTool {
        name: "MyMinfin",
        purpose: "Le portail du SPF Finances : déclaration d’impôts, avertissement-extrait de rôle, documents fiscaux.",
        who_to_ask: "Marc Peeters (coordination). Pendant la période des déclarations : les permanences du SPF Finances.",
        review_months: 12,
        // Overdue: the reminder shows on the guide and on the coordinator's home page.
        reviewed_months_ago: 14,
        howtos: &[(
            "social",
            "Retrouver l’avertissement-extrait de rôle",
            "1. Se connecter à MyMinfin avec la personne.\n2. Ouvrir « Mes documents ».\n3. Filtrer sur « Avertissement-extrait de rôle » et l’année de revenus.\n4. Ouvrir le PDF ; l’imprimer si la personne en a besoin pour une demande d’aide.",
        )],
    },
    DemoTool {
        name: "Plateforme régionale des allocations",
        purpose: "Le site de la caisse régionale où l’on suit un dossier d’allocations familiales et où l’on signale un changement (adresse, composition du ménage).",
        who_to_ask: "Thomas Claes (service social). La caisse a aussi un numéro gratuit, au dos de ses courriers.",
        review_months: 12,
        reviewed_months_ago: 4,
        howtos: &[(
            "social",
            "Signaler un déménagement",
            "1. Se connecter avec la personne (itsme ou carte d’identité).\n2. Ouvrir « Mon dossier », puis « Signaler un changement ».\n3. Choisir « Adresse » et indiquer la date du déménagement.\n4. Joindre la preuve si elle est demandée (attestation de la commune).",
        )],
    },
    DemoTool {
        name: "guichet",
        purpose: "Notre logiciel d’accueil : dossiers des personnes, demandes, rendez-vous, courriers et ce guide des outils.",
        who_to_ask: "Marc Peeters (coordination) pour les équipes et l’organisation ; Jan Vermeulen (administration) pour les comptes.",
        review_months: 6,
        reviewed_months_ago: 1,
        howtos: &[(
            "accueil",
            "Noter le passage d’une personne sans rendez-vous",
            "1. Ouvrir « Aujourd’hui ».\n2. Dans « Personnes qui attendent », écrire un repère (un prénom, une couleur de manteau) et ajouter.\n3. Quand un collègue la reçoit, cliquer sur « Appelée », puis sur « Terminé ».",
        )],
    },
];

/// Adds the demo's tool guide.
pub async fn seed(db: &Db, now: i64) -> anyhow::Result<()> {
    let actor_of = |username: &'static str| async move {
        let id = users::find_for_login(db, username)
            .await?
            .with_context(|| format!("the demo account {username}"))?
            .id;
        Ok::<_, anyhow::Error>(users::actor(db, id, now).await?)
    };
    let coordinator = actor_of("coordination").await?;
    let today = chrono::DateTime::from_timestamp(now, 0)
        .map(guichet_domain::clock::brussels)
        .context("the demo's date")?
        .date();
    let mut portal = None;
    for t in TOOLS {
        let fields = ToolFields::parse(
            t.name,
            t.purpose,
            t.who_to_ask,
            &t.review_months.to_string(),
        )
        .map_err(|e| anyhow::anyhow!("demo tool {}: {e:?}", t.name))?;
        let reviewed = today
            .checked_sub_months(Months::new(t.reviewed_months_ago))
            .context("a demo review day")?
            .format("%Y-%m-%d")
            .to_string();
        let id = guide::create_tool(db, &coordinator, &fields, &reviewed, now).await?;
        if portal.is_none() {
            portal = Some(id);
        }
        for (i, (author, title, body)) in t.howtos.iter().enumerate() {
            let mut howto = NewHowto::parse(title, body, None, "", false)
                .map_err(|e| anyhow::anyhow!("demo how-to {title}: {e:?}"))?;
            if portal == Some(id) && i == 0 {
                let kind = check_image(CERTIFICATE_PNG)
                    .map_err(|e| anyhow::anyhow!("demo screenshot: {e:?}"))?;
                howto.image = Some(NewImage {
                    kind,
                    alt: "La page « Attestations » du portail, avec le bouton vert « Télécharger » sous la liste des documents.".into(),
                    bytes: CERTIFICATE_PNG.to_vec(),
                });
            }
            guide::add_howto(db, &actor_of(author).await?, id, &howto, now).await?;
        }
    }
    let portal = portal.context("the demo's mutual-insurance portal")?;
    for username in ["social", "soins"] {
        guide::set_coach(
            db,
            &actor_of(username).await?,
            &Subject::Tool(portal),
            true,
            now,
        )
        .await?;
    }
    guide::set_coach(
        db,
        &actor_of("benevole").await?,
        &Subject::Competence("2.6"),
        true,
        now,
    )
    .await?;
    Ok(())
}
