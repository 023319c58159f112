"""French residue phrases, grouped by junk family and concept.

From what French-language news sites print around articles: "À lire aussi",
"Cet article est réservé aux abonnés", consent gates, comment forms.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                r"(?:cet|la suite de cet) article est réservée? (?:aux|à nos) abonnés",
                r"(?:article )?réservée? aux abonnés",
                r"il vous reste \d{1,6} ?% de cet article à lire",
            ],
            "sentence": [
                r"(?:cet|la suite de cet) article est réservée? (?:aux|à nos) abonnés",
                r"il vous reste \d{1,6} ?% de cet article à lire",
                r"pour (?:lire|accéder à) la suite(?: de cet article)?,? (?:abonnez-vous|connectez-vous|inscrivez-vous)",
            ],
        },
        "offer": {
            "sentence": [
                r"pour accéder en illimité",
                r"abonnez-vous (?:dès maintenant|pour|à partir de)",
                r"(?:\d{1,6}[,.]?\d* ?€|1 ?€) (?:le|par) (?:premier )?mois",
                r"sans engagement",
            ],
        },
        "account": {
            "line": [r"déjà abonnée?\s*\??\s*(?:se connecter|connectez-vous|je me connecte)?", r"vous êtes (?:déjà )?abonnée?\s*\??\s*(?:se connecter|connectez-vous)?"],
            "button": [r"(?:se connecter|connexion|je m'abonne|s'abonner)"],
        },
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"nous utilisons des cookies", r"ce site (?:web )?utilise des cookies",
                r"en poursuivant votre navigation(?: sur ce site)?,? vous acceptez",
                r"vous pouvez (?:modifier|retirer) votre consentement",
            ],
            "line": [r"(?:tout )?accepter(?: et fermer| et continuer)?", r"(?:tout )?refuser", r"paramétrer (?:les )?cookies", r"gérer (?:mes|les) (?:choix|préférences|cookies)"],
        },
        "embed_gate": {
            "sentence": [
                r"ce contenu (?:est|a été) bloqué", r"(?:pour|afin de) (?:afficher|voir) ce contenu,? (?:vous devez|veuillez|il faut)",
                r"en cliquant sur [«\"“]?(?:accepter|afficher)", r"vous acceptez le dépôt de cookies",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [r"inscrivez-vous à (?:notre|la) newsletter(?: [\p{L}\- ]{1,30})?", r"(?:la |notre )?newsletter(?: [\p{L}\- ]{1,30})?", r"je m'inscris", r"s['’]inscrire à (?:la |notre )?newsletter(?: [\p{L}\- ]{1,30})?", r"recevez (?:notre|nos) newsletters?(?: [\p{L}\- ]{1,30})?",
                     r"merci (?:pour|de) votre inscription", r"recevez (?:chaque (?:matin|soir|jour|semaine)|tous les (?:jours|matins|soirs)) [^.!?]{1,80}"],
            "sentence": [r"inscrivez-vous (?:gratuitement )?à (?:notre|la) newsletter", r"(?:directement )?dans votre boîte (?:mail|e-mail|aux lettres)", r"vous pouvez vous désinscrire à tout moment"],
            "button": [r"(?:je m'inscris|s'inscrire|valider|ok)"],
        },
    },
    "comments": {
        "section": {"header": [r"(?:\d{1,6} )?commentaires?(?: \(?\d{1,6}\)?)?", r"(?:\d{1,6}|une?) (?:réflexions?|commentaires?|réponses?) (?:sur|à) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?", r"\d{1,6} réactions?|réactions? \(?\d{1,6}\)?", r"laisser un commentaire", r"laisser une réponse", r"(?:ajouter|écrire) un commentaire", r"réagir(?: à cet article)?", r"(?:voir|afficher) les commentaires"]},
        "form": {
            "line": [r"aucun commentaire(?: pour le moment| pour l'instant)?", r"(?:les )?commentaires (?:sont )?(?:fermés|clos|désactivés)(?: pour cet article)?", r"(?:connectez-vous|identifiez-vous|inscrivez-vous) pour (?:commenter|réagir|laisser un commentaire)(?: (?:à )?cet article)?",
                     r"signaler (?:un abus|ce commentaire|un contenu(?: abusif| illicite)?)", r"contacter (?:l['’]auteure?|la rédaction)", r"cet article (?:vous )?a-t-il été utile", r"signaler une (?:erreur|faute)", r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?(?: les champs obligatoires sont indiqués avec ?\*?)?", r"les champs obligatoires sont indiqués avec ?\*?"],
            "sentence": [
                r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée", r"les champs obligatoires sont indiqués",
                r"enregistrer mon nom, mon e-?mail et mon site (?:web )?dans (?:le|ce) navigateur", r"ce site utilise akismet pour réduire les indésirables",
                r"prévenez-moi de (?:tous )?les nouveaux (?:commentaires|articles)",
            ],
            "button": [r"répondre", r"signaler", r"oui,? non", r"nom ?\*?", r"e-?mail ?\*?", r"commentaire ?\*?", r"site (?:web|internet)", r"laisser un commentaire", r"annuler la réponse", r"poster (?:un|le) commentaire"],
        },
    },
    "related": {
        "taxonomy": {"label": [r"mots[- ]cl(?:é|e)s?", r"thèmes?", r"tags?", r"catégories?", r"rubriques?"]},
        "read_next": {
            "label": [r"(?:article|billet) (?:précédent|suivant)", r"à lire aussi", r"lire aussi", r"à lire également", r"voir aussi", r"à voir aussi", r"sur le même sujet", r"découvrez aussi", r"lire la suite"],
            "line": [r"lire la suite", r"retour en haut(?: de (?:la )?page)?", r"(?:en )?haut de (?:la )?page", r"aller (?:au contenu(?: principal)?|à la navigation)", r"(?:tous les|voir les) articles(?: [\p{L}\- ]{1,30})?"],
        },
        # Tail sections of press releases and blogs: after the last body paragraph (or, with a colon, in the text's last part).
        "tail_header": {"header": [r"pour en savoir plus", r"(?:pour )?plus d['’]informations", r"liens utiles", r"à propos de l['’]auteure?", r"contacts? presse"]},
        # A table of contents repeats the subheadings that follow.
        "toc": {"header": [r"sommaire", r"table des matières", r"dans cet article"]},
        "list": {"header": [r"(?:à lire|à voir) aussi", r"les (?:plus|articles les plus) (?:lus|populaires|partagés)", r"articles? (?:similaires|liés|associés|recommandés)", r"sur le même (?:sujet|thème)", r"nos derni(?:ers|ères) (?:articles|actualités)", r"dans la même rubrique"]},
    },
    "social": {
        "share": {"line": [r"partager(?: (?:cet |l'|l’)article)?(?: sur [\p{L} ]{1,30})?", r"(?:(?:partager|tweeter|facebook|twitter|linkedin|whatsapp|e-?mail|imprimer|copier le lien)[\s,|/·•]*){2,12}"], "button": [r"partager", r"tweeter", r"imprimer", r"copier le lien"]},
        "follow": {"line": [r"suivez-nous sur [\p{L}, ]{1,60}", r"suivez-nous(?: sur)?",  # bare, over a row of platform links
                             r"suivez (?:toute )?l['’]actualité[^.!?]{0,60} sur (?:notre|nos) (?:compte|comptes|page|chaîne|réseaux)(?: [\p{L}]{1,20}){0,3}",
                             r"rejoignez(?:-nous)?(?: sur)? (?:notre|nos) (?:chaîne|canal|communauté|groupe)(?: [\p{L}]{1,20}){0,3}", r"rejoignez-nous sur [\p{L}, ]{1,40}"], "sentence": [r"suivez-nous sur (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube)"]},
    },
    "promo": {
        # Tip lines: "Vous avez une information à nous communiquer ? Écrivez-nous à ...".
        "tips": {"sentence": [r"vous avez (?:une information|une info|un témoignage)(?: à nous (?:communiquer|transmettre|signaler)| à partager) ?\?", r"vous avez (?:une information|une info|un témoignage) ?\?(?= (?:écrivez|contactez)-nous)", r"écrivez-nous à"]},
        "app": {"line": [r"télécharge[rz] (?:l['’]|notre |gratuitement l['’])application(?: [\p{L}\- ]{1,30})?"], "sentence": [r"téléchargez (?:l'|notre )application"]},
        "membership": {"sentence": [r"soutenez (?:notre|le|un) journalisme", r"faites un don"]},
        "affiliate": {"line": [r"(?:contenu )?sponsorisé(?: par [\p{L}\p{N}'’&.\- ]{1,40})?", r"publi-?(?:rédactionnel|reportage)"]},
    },
    "media": {
        "advert": {"line": [r"publicité", r"la suite (?:de l'article )?(?:après|sous) (?:la|cette) publicité"]},
        "embed": {"line": [
            r"chargement(?: en cours)?(?:…|\.\.\.)?", r"lire la vidéo", r"(?:voir|afficher) (?:la|les) (?:photo|photos|vidéo|galerie)",
            r"temps de lecture ?:? \d{1,6} min(?:utes?)?", r"lecture ?:? \d{1,3} min(?:utes?)?", r"\d{1,6} min(?:utes?)? de lecture", r"écouter (?:cet |l['’] ?)article",
        ]},
    },
    "legal": {
        "site_notice": {"line": [r"(?:fièrement )?propulsé par [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {"sentence": [r"tous droits réservés",
                                   r"^cet article (?:a été|est) (?:(?:initialement|d['’]abord|originellement) (?:publié|paru)|republié) (?:sur|dans|par|à partir)",
                                   r"^lire l['’]article original", r"reproduction (?:interdite|strictement interdite)"]},
        "ai_disclosure": {"sentence": [r"(?:cet|ce) (?:article|texte|contenu) a été (?:\w+ ){0,3}(?:généré|rédigé|produit|écrit|traduit) (?:avec l'aide d'une |par une |à l'aide d'une |par l')?(?:intelligence artificielle|ia)",
                                        # "… avec l'aide de l'IA": the notice opens its sentence ("Selon le syndicat, cet article a été rédigé …" reports it)
                                        r"^(?:cet|ce) (?:article|texte|contenu) a été (?:\w+ ){0,3}(?:généré|rédigé|produit|écrit|traduit) (?:avec|à) l['’]aide de l['’](?:intelligence artificielle|ia)\b"]},
    },
    "credits": {
        "byline": {"lead": [r"par"], "label": [r"auteure?", r"texte"]},
        "photo_credit": {"label": [r"crédits? photos?", r"photos?", r"illustration", r"image(?: d'illustration| illustrative)?", r"crédits?"], "lead": [r"crédit photo"]},
        "signoff": {"sentence": [r"(?:peut|peuvent) être (?:joint|contacté)e?s? (?:à|au|par|sur|via)\b", r"^(?:suivez|écrivez)[- ](?:le|la|les|lui|leur|[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,3}) (?:sur|à|via)\b"]},
        "caption": {"label": [r"légende"]},
        "contributor": {"lead": [r"avec la (?:collaboration|contribution) de"]},
        "role": {"sentence": [r"journalistes?", r"correspondante?s?", r"rédact(?:eur|rice)s?(?: en chef)?", r"envoyée?s? spéciale?s?", r"envoyés spéciaux", r"chroniqueu(?:r|se)", r"éditorialiste"]},
        "dateline": {"lead": [r"publié le", r"mis à jour le", r"modifié le", r"publié", r"mis à jour"]},
        "date_words": {"sentence": [r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)", r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", r"le|à|h|publié|mis|jour|modifié"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:découvrez|inscrivez-vous|abonnez-vous|téléchargez|suivez-nous|partagez|cliquez|profitez|rejoignez)\b"]}},
}

PACK = LanguagePack(
    code='fr',
    phrases=PHRASES,
    stopwords=tuple('le la les de des du et en un une pour par sur il est au aux que on ce qui dans pas plus ne sa ses cette avec ou'.split()),
    reader_words=tuple('vous votre vos nous notre nos tu te'.split()),
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=tuple('et'.split()),
    byline_words=tuple('par'.split()),
    place_words=tuple('en'.split()),
    platform_words=tuple('sur via'.split()),
    also_words=None,
    photo_words=tuple('photo photos illustration'.split()),  # not 'crédit': 'Crédit Agricole'
    phone_labels=tuple('tél tel téléphone portable fax'.split()),
    comment_actions=tuple('répondre signaler'.split()),
    relative_time=(r"il y a\s+\d+\s+(?:minutes?|heures?|jours?|semaines?)",),  # not years: "Il y a 20 ans, la loi …"
    comment_says=('dit',),  # a header's present ('Anne dit :'), not a quote's 'a écrit :'
    self_reference=tuple('cet cette'.split()),
    clock_words=None,
    ordinal_suffixes=('er',),
)
