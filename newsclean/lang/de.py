"""German residue phrases, grouped by junk family and concept.

Written from what German-language news sites print (Abo-Schranken, Einwilligungs-
Hinweise für externe Inhalte, Newsletter-Kästen, Kommentarbereiche, "Lesen Sie
auch"). The polite "Sie"/"Ihre" is the reader's voice; matching stays case-blind
only where the phrase itself is unambiguous.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                r"(?:jetzt )?weiterlesen mit [\p{L}\p{N}+ ]{1,30}",
                r"(?:jetzt )?(?:abonnieren|abo abschließen) und weiterlesen",
                r"(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|für unsere) (?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende|digital-?abonnenten|plus-?kunden|mitglieder)(?: (?:verfügbar|zugänglich|sichtbar|lesbar|bestimmt))?",
                r"(?:exklusiv |nur )?für (?:abonnenten|abonnentinnen|abonnent\*innen|plus-?abonnenten)",
                r"(?:lesen sie|lies) (?:jetzt )?(?:den (?:ganzen|vollständigen) artikel|weiter)(?: mit [\p{L}\p{N}+ ]{1,30})?",
                r"(?:um|zum) (?:diesen artikel )?weiter(?:zu)?lesen",
            ],
            "sentence": [
                r"(?:um|zum) (?:diesen (?:artikel|beitrag) )?(?:vollständig |komplett )?(?:weiter(?:zu)?lesen|lesen zu können),? (?:benötigen|brauchen|müssen|registrieren|melden|schließen) sie",
                r"(?:sie haben|du hast) (?:ihr|dein|das) (?:kontingent|limit) (?:an|kostenloser|freier) (?:artikeln?|beiträgen?)",
                r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?(?:für|für unsere) (?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder|plus)",
                r"(?:mit|als) (?:einem )?[\p{L}\p{N}+\- ]{0,30}abo(?:nnement)? (?:lesen|erhalten|haben) sie (?:alle|unbegrenzt|vollen|sofort)",
            ],
        },
        "offer": {
            "sentence": [
                r"(?:jetzt|gleich) (?:\d{1,6} (?:tage|wochen|monate) )?(?:kostenlos|gratis|für \d{1,6}[,.]?\d* ?(?:€|euro)) (?:testen|lesen|abonnieren)",
                r"(?:unbegrenzten?|vollen?|uneingeschränkten?) zugriff auf (?:alle )?(?:artikel|inhalte|beiträge)",
                r"(?:jederzeit|monatlich) kündbar",
                r"(?:danach|anschließend|ab dem \d{1,6}\. monat) (?:nur |für )?\d{1,6}[,.]?\d* ?(?:€|euro)",
                r"(?:\d{1,6} (?:tage|wochen|monate)) (?:für )?(?:\d{1,6}[,.]?\d* ?(?:€|euro)|kostenlos|gratis)",
                r"(?:abo|abonnement) abschließen",
            ],
        },
        "account": {
            "line": [
                r"(?:sie sind )?bereits (?:abonnent(?:in)?|abonniert|registriert|kunde|plus-?kunde)(?:\?)? ?(?:(?:hier |jetzt )?(?:anmelden|einloggen|login))?",
                r"(?:sie haben|du hast) (?:bereits|schon) ein (?:abo|abonnement|konto|digital-?abo)\?? ?(?:(?:hier |jetzt )?(?:anmelden|einloggen|login))?",
            ],
            "sentence": [r"bereits (?:abonnent(?:in)?|registriert)\?", r"(?:sie haben|du hast) (?:bereits|schon) ein (?:abo|abonnement|konto)\?"],
            "button": [r"(?:jetzt |hier )?(?:anmelden|einloggen|login|registrieren|abonnieren|abo abschließen)"],
        },
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"wir (?:und unsere partner )?(?:verwenden|nutzen|setzen) cookies",
                r"(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies",
                r"durch (?:die )?(?:weitere )?nutzung (?:dieser|unserer) (?:web)?seite stimmen sie",
                r"(?:ihre|deine) cookie-?(?:einstellungen|präferenzen|auswahl) (?:jederzeit )?(?:ändern|anpassen|verwalten|widerrufen)",
                r"wir und unsere (?:\d{1,6} )?partner (?:speichern|verarbeiten)(?: und/oder greifen auf)? (?:informationen|daten) (?:auf|von) (?:einem|ihrem) (?:gerät|endgerät)",
                r"sie können (?:ihre )?(?:einwilligung|zustimmung|auswahl) jederzeit (?:widerrufen|ändern)",
            ],
            "line": [
                r"(?:(?:alle )?(?:cookies )?(?:akzeptieren|zulassen|ablehnen|erlauben)(?: und (?:weiter|schließen))? ?)+",
                r"(?:cookie|datenschutz|privatsphäre)-?(?:einstellungen|hinweis|richtlinie|präferenzen)",
                r"einstellungen (?:verwalten|anpassen)",
                r"externer inhalt",
                r"empfohlener (?:redaktioneller )?inhalt",
            ],
            "button": [r"akzeptieren", r"zustimmen", r"einverstanden", r"ablehnen", r"einstellungen", r"mehr (?:infos?|informationen|optionen)", r"ok", r"verstanden"],
        },
        "embed_gate": {
            "sentence": [
                r"an dieser stelle (?:finden sie|befindet sich|ist) (?:einen? )?(?:externen?|ergänzenden?|eingebetteten?) (?:inhalt|beitrag|video|element)",
                r"(?:ich bin|bin) (?:damit )?einverstanden,? dass mir externe inhalte angezeigt werden",
                r"(?:damit|dabei) können personenbezogene daten an drittplattformen übermittelt werden",
                r"(?:um|zum) (?:diesen|den|externen) (?:inhalt|beitrag|video|eintrag) (?:anzuzeigen|zu sehen|abzuspielen|zu laden),? (?:benötigen wir|müssen sie|ist ihre)",
                r"(?:mit|durch) (?:dem )?(?:klick|klicken) auf [\"„“]?(?:akzeptieren|einverstanden|inhalt (?:anzeigen|laden))",
                r"(?:externe|eingebettete) inhalte (?:von|aus) (?:drittanbietern|[\p{L}\p{N} ]{1,30}) (?:anzeigen|laden|zulassen)",
                r"mehr (?:dazu|informationen) (?:in|finden sie in) (?:unserer|der) datenschutzerklärung",
                r"(?:inhalt|inhalte) (?:anzeigen|laden|aktivieren|entsperren)",
                r"klicken sie auf (?:den|diesen) (?:[\p{L}]+ )?button,? um",
                r"um (?:den|diesen) inhalt (?:von [\p{L}\p{N}.\-]+ )?zu (?:laden|sehen|aktivieren)",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:jetzt |hier )?(?:zum |für den |unseren |den )?[\p{L}\p{N}\- ]{0,30}newsletter (?:abonnieren|bestellen|anmelden|anfordern)",
                r"(?:jetzt |hier )?(?:zum|für den) [\p{L}\p{N}\- ]{0,30}newsletter anmelden",
                r"(?:unser |der |zum )?newsletter(?:-anmeldung)?",
                r"(?:vielen )?dank für (?:ihre|deine) (?:anmeldung|registrierung)",
                r"(?:ihre|deine) e-?mail-?adresse(?: eingeben)?",
                r"e-?mail-?adresse",
                r"(?:bleiben sie|immer) (?:auf dem laufenden|informiert)",
            ],
            "sentence": [
                r"(?:direkt |bequem |kostenlos )*(?:in|an) (?:ihr|dein|ihren|deinen) (?:e-?mail-?)?(?:postfach|posteingang)",
                r"melden sie sich (?:jetzt )?(?:kostenlos )?(?:für|zu) (?:unseren|den|unserem) [\p{L}\p{N}\- ]{0,30}newsletter an",
                r"melde dich (?:hier |jetzt )?(?:kostenlos )?(?:für|zu|bei) (?:unseren|den|unserem) [\p{L}\p{N}\- ]{0,30}newsletter an",
                r"(?:abonnieren|bestellen) sie (?:jetzt )?(?:kostenlos )?(?:unseren|den) [\p{L}\p{N}\- ]{0,30}newsletter",
                r"(?:sie|du) (?:können|kannst) (?:den newsletter|sich) jederzeit (?:wieder )?(?:abbestellen|abmelden)",
                r"(?:mit|nach) (?:der|ihrer) anmeldung (?:zum newsletter )?(?:stimmen|akzeptieren) sie",
                r"(?:hinweise|informationen) zum datenschutz finden sie",
                r"mit (?:meinem|unserem) (?:kostenlosen )?newsletter verpasst (?:du|ihr|sie) (?:keine|nichts)",
                r"(?:schauen sie|schau|abonnieren sie|abonniere|bestellen sie|melde dich|melden sie sich)[^.!?]{0,30}newsletter",
            ],
            "button": [r"(?:jetzt |kostenlos )?(?:anmelden|abonnieren|registrieren|bestellen|absenden)"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:\d{1,6} )?kommentare?(?: \(?\d{1,6}\)?)?",
                r"(?:\d{1,6}|ein|eine) (?:gedanken?|kommentare?|antworten?) (?:zu|auf) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?",  # a blog engine's "N thoughts on “Title”"
                r"(?:kommentar|kommentare) (?:schreiben|verfassen|anzeigen|lesen|laden|einblenden|öffnen)",
                r"(?:schreiben sie|hinterlassen sie|verfassen sie) (?:einen|ihren) kommentar",
                r"(?:einen )?kommentar (?:schreiben|hinterlassen|abgeben)",
                r"(?:diskutieren sie mit|leserkommentare|ihre meinung ist gefragt)",
                r"(?:die )?kommentarfunktion (?:ist|wurde) (?:für diesen artikel )?(?:deaktiviert|geschlossen)",
            ],
        },
        "form": {
            "line": [
                r"(?:noch )?keine kommentare(?: vorhanden| bisher)?", r"(?:die )?(?:kommentare|kommentarfunktion) (?:sind|ist|wurden?) (?:geschlossen|deaktiviert)(?: für diesen (?:artikel|beitrag))?", r"war (?:dieser|der) (?:artikel|beitrag|text) hilfreich", r"hat (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen", r"gefällt (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag)", r"(?:einen )?fehler (?:melden|gefunden)",
                r"(?:ihre|deine) e-?mail-?adresse wird nicht veröffentlicht\.?(?: erforderliche felder sind (?:mit \*? ?)?markiert ?\*?)?",
                r"erforderliche felder sind (?:mit \*? ?)?markiert ?\*?",
                r"(?:sie|du) (?:müssen|musst) (?:angemeldet|eingeloggt) sein,? um (?:einen kommentar|kommentare) (?:zu )?(?:schreiben|verfassen|abzugeben)",
                r"(?:kommentare|kommentar) (?:werden|wird) geladen(?:…|\.\.\.)?",
                r"antwort abbrechen",
                r"kommentar (?:abschicken|absenden)",
            ],
            "sentence": [
                r"(?:ihre|deine) e-?mail-?adresse wird nicht veröffentlicht",
                r"erforderliche felder sind",
                r"(?:müssen|musst) (?:angemeldet|eingeloggt|registriert) sein,? um",
                r"(?:mein(?:en)? )?namen?, (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website in diesem browser speichern",
                r"(?:kommentare|beiträge) werden (?:vor der veröffentlichung )?(?:moderiert|geprüft|freigeschaltet)",
                r"(?:lesen sie|beachten sie) (?:unsere|die) (?:netiquette|kommentar-?richtlinien|diskussionsregeln)",
                r"(?:verraten|schreiben|sagen|erzählen) (?:sie|du|ihr) (?:es )?(?:uns )?(?:gerne |doch )?in den kommentaren",
            ],
            "button": [r"antworten", r"melden", r"ja,? nein", r"gefällt mir", r"name ?\*?", r"e-?mail ?\*?", r"kommentar ?\*?", r"abschicken", r"absenden"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                r"lesen sie (?:auch|dazu|mehr|hier)", r"lies auch", r"auch interessant", r"mehr zum thema", r"zum thema",
                r"weiterlesen", r"mehr dazu", r"siehe auch", r"das könnte sie auch interessieren", r"empfehlungen?",
                r"passend dazu", r"ebenfalls interessant", r"verwandte (?:artikel|themen)", r"meistgelesen",
                r"auch lesen", r"lies auch", r"schon gelesen", r"auch auf [\p{L}\p{N}.\-]{2,40}", r"weitere (?:artikel|beiträge|infos?|informationen) (?:zum thema|unter|auf|aus|zu) ?[\p{L}\p{N}.\- ]{0,40}",
            ],
            "line": [r"(?:hier )?(?:weiterlesen|mehr lesen|mehr erfahren|zum (?:ganzen |vollständigen )?artikel)", r"zur startseite", r"(?:zurück )?(?:nach oben|zum seitenanfang)", r"(?:zum inhalt|zur navigation) springen", r"direkt zum inhalt",
                     r"(?:vorschau auf den )?(?:nächsten?|vorherigen?) (?:artikel|beitrag)", r"(?:\.\.\. ?)?weiter zu [\"„“]?[\p{L}\p{N} ]{1,40}[\"“”]?",
                     r"hier geht(?:'s|’s| es) (?:zu(?:r|m)?|weiter)[\p{L}\p{N}\- ]{0,60}",
                     r"[\p{L}\p{N}'’&.,\- ]{3,80} (?:findest du|finden sie|findet ihr|gibt(?:'s|’s| es)) hier",
                     r"weitere (?:infos?|informationen)(?: hierzu| dazu)? (?:unter|auf|bei|gibt es) .{2,80}", r"mehr (?:artikel|nachrichten|beiträge) (?:zum thema|aus|von) [\p{L}\p{N}'’&.\- ]{1,40}"],
        },
        "topic_latest": {
            "label": [r"[\p{L}\p{N}][\p{L}\p{N}'’\- ]{1,49} (?:im )?(?:liveticker|live-?ticker|live-?blog|newsblog|ticker)"],
        },
        # Tail sections of press releases and blogs: only after the last body paragraph.
        "tail_header": {"header": [r"weitere informationen", r"zusatzinformationen", r"weiterführende links?", r"links? zum thema", r"über (?:den autor|die autorin)", r"originalpublikation", r"teilnehmende blogs", r"pressemitteilungen", r"über diese (?:reihe|serie)"]},
        "toc": {"header": [r"inhaltsverzeichnis", r"inhalt(?:e)? (?:dieses|des) (?:artikels|beitrags)"]},
        "taxonomy": {"label": [r"schlagw(?:o|ö)rte?r?", r"kategorien?", r"rubrik", r"themen", r"tags?", r"stichw(?:o|ö)rte?r?"]},
        "list": {
            "header": [
                r"(?:mehr|weitere) (?:zum thema|artikel|nachrichten|beiträge|themen|aus (?:dem ressort|der rubrik)|aus [\p{L}\p{N}\- ]{1,30})",
                r"(?:das )?(?:könnte|dürfte) sie (?:auch|ebenfalls) interessieren",
                r"meistgelesen(?:e (?:artikel|nachrichten))?", r"(?:am )?meisten gelesen", r"beliebte (?:artikel|beiträge)",
                r"verwandte (?:artikel|themen|beiträge)", r"ähnliche (?:artikel|beiträge|themen)", r"top-?themen", r"empfehlungen(?: der redaktion)?",
                r"auch interessant", r"lesen sie auch", r"neueste (?:artikel|beiträge|nachrichten)", r"aktuelle (?:artikel|nachrichten)",
                r"themen(?: in diesem artikel)?", r"(?:jetzt )?im trend",
                r"(?:das )?(?:thema )?könnte (?:dich|sie|euch) (?:auch|ebenfalls) interessieren", r"lust auf mehr\??", r"schon gelesen\??",
                r"weitere (?:artikel|beiträge|themen|nachrichten)(?: (?:zum thema|aus der kolumne|aus (?:der|dem) [\p{L}\- ]{1,30}|zu [\p{L}\- ]{1,30}))?",
                r"kommentierte artikel", r"lesen sie auch die folgenden (?:beiträge|artikel)", r"top-?themen(?: bei [\p{L}\p{N}.\- ]{1,30})?",
                r"empfohlene (?:beiträge|artikel)", r"mehr zum thema(?: auf [\p{L}\p{N}.\-]{2,40})?", r"beiträge aus dem forum",
                r"weitere (?:aktuelle )?themen(?: aus [\p{L}\- ]{1,40})?", r"auch auf [\p{L}\p{N}.\-]{2,40}",
            ],
        },
    },
    "social": {
        "share": {
            "line": [
                r"(?:diesen |den )?(?:artikel|beitrag|seite) (?:teilen|empfehlen|drucken|versenden)(?: (?:auf|per|via) [\p{L} ]{1,30})?",
                r"teilen sie diesen (?:artikel|beitrag)",
                r"(?:auf|bei|per|via) (?:facebook|twitter|x|whatsapp|linkedin|xing|e-?mail|pinterest|telegram) teilen",
                r"(?:(?:teilen|twittern|drucken|versenden|merken|kopieren|link kopieren|e-?mail|facebook|twitter|whatsapp|linkedin|xing|pinterest|telegram|flipboard|messenger|threads|bluesky|mastodon)[\s,|/·•]*){2,14}",
                r"(?:link|url) (?:kopiert|kopieren)",
            ],
            "button": [r"teilen", r"twittern", r"drucken", r"merken", r"versenden", r"link kopieren", r"zur merkliste(?: hinzufügen)?", r"feedback(?: senden)?"],
        },
        "follow": {
            "line": [
                r"folg(?:en sie|t|e) (?:uns|[\p{L}\p{N}'’.\- ]{1,40}) (?:auf|bei) (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|whatsapp|telegram|google news)(?:[\s,]+(?:und |oder )?(?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky))*",
                r"folg(?:en sie|t|e) uns(?: auf)?",  # bare, over a row of platform links
            ],
            "sentence": [r"folg(?:en sie|t|e) uns (?:auf|bei) (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|whatsapp|telegram|google news)"],
        },
    },
    "promo": {
        # Tip lines: "Haben Sie einen Hinweis? Schreiben Sie uns an ...".
        "tips": {"sentence": [r"haben sie (?:einen )?(?:hinweis|tipp) für (?:uns|die redaktion)\?", r"haben sie (?:einen )?(?:hinweis|tipp)\?(?= (?:schreiben|mailen|senden|schicken) sie (?:uns|der redaktion))", r"^schreiben sie uns (?:an|unter)"]},
        "app": {
            "line": [r"(?:laden sie |hol dir |holen sie sich )?(?:jetzt )?(?:die|unsere) [\p{L}\p{N}\- ]{0,30}app(?: herunterladen| laden)?", r"(?:in der app|in unserer app) (?:lesen|öffnen|weiterlesen)"],
            "sentence": [r"(?:laden sie|holen sie sich|hol dir) (?:jetzt )?(?:die|unsere) [\p{L}\p{N}\- ]{0,30}app", r"(?:kostenlos )?(?:im|aus dem) (?:app store|google play store?)(?: und (?:im|bei) (?:google play|app store))?"],
        },
        "podcast": {
            "line": [r"(?:hören|abonnieren) sie (?:unseren|den) podcast(?: (?:auf|bei) [\p{L} ]{1,30})?", r"(?:jetzt )?(?:reinhören|anhören|abonnieren)(?: (?:auf|bei) [\p{L} ]{1,30})?"],
            "sentence": [r"(?:überall,? )?wo es podcasts gibt", r"(?:hören|abonnieren) sie [^.]{1,60} (?:auf|bei) (?:spotify|apple podcasts|deezer|audible)"],
        },
        "affiliate": {
            "sentence": [
                r"(?:dieser|der) (?:artikel|beitrag) enthält (?:sogenannte )?affiliate-?links",
                r"(?:wir )?(?:erhalten|bekommen) (?:wir )?(?:eine|ggf\. eine|gegebenenfalls eine) (?:kleine )?provision",
                r"mit [*\"„“]?(?:gekennzeichnete|markierte) links sind (?:affiliate|provisions)",
                r"bei den (?:verlinkungen|links) handelt es sich um (?:affiliate|provisions|partner)",
                r"(?:erhalten wir|wir erhalten) (?:eine (?:kleine )?provision|geld),? wenn (?:sie|du)",
                r"(?:dieser|der) (?:beitrag|artikel) enthält (?:unbezahlte )?werbung",
                r"enthält affiliate[- ]?links?",
            ],
            "label": [r"anzeige", r"werbung", r"sponsored"],
            "line": [r"(?:anzeige|werbung|sponsored|gesponsert(?: von [\p{L}\p{N}'’&.\- ]{1,40})?|in kooperation mit [\p{L}\p{N}'’&.\- ]{1,40})", r"(?:anzeige|werbung),? enthält affiliate[- ]?links?"],
        },
        "membership": {
            "sentence": [
                r"unterstützen sie (?:unseren|unabhängigen|guten|qualitäts-?) ?journalismus",
                r"(?:werden sie|jetzt) (?:mitglied|unterstützer(?:in)?|abonnent(?:in)?)",
                r"(?:mit einem|ihr) (?:freiwilligen )?(?:beitrag|spende) (?:ermöglichen|sichern|unterstützen) sie",
                r"^unterstütze (?:uns|[\p{L}\p{N}.\-]{2,40})\b",
                r"(?:die )?aktuelle ausgabe [^.]{0,60}(?:kiosk|e-?paper|im abo)",
                r"gefällt (?:dir|ihnen|euch) unser (?:[\p{L}\-]*magazin|blog|podcast|angebot|journalismus)\??",
            ],
            "line": [r"(?:jetzt )?(?:unterstützen|spenden|mitglied werden)"],
        },
    },
    "media": {
        "advert": {"line": [r"(?:anzeige|werbung|advertorial)", r"(?:der )?(?:artikel|text) (?:geht|wird) (?:unter|nach) (?:der|dieser) (?:anzeige|werbung) (?:weiter|fortgesetzt)", r"(?:weiter(?:lesen)?|lesen sie weiter) nach der (?:anzeige|werbung)"]},
        "embed": {
            "line": [
                r"(?:wird|werden) geladen(?:…|\.\.\.)?", r"(?:video|bild|foto|galerie|bildergalerie|vollbild|schließen)",
                r"(?:video|bilder|bildergalerie|galerie) (?:abspielen|ansehen|öffnen|starten)", r"\d{1,6} (?:bilder|fotos|videos)",
                r"bild \d{1,6} (?:von|/) \d{1,6}", r"(?:artikel )?(?:vorlesen|anhören)(?: lassen)?", r"lesezeit:? (?:ca\. )?\d{1,6} min(?:uten?)?", r"\d{1,3} min(?:\.|uten)? lesezeit", r"lesedauer:? (?:ca\. )?\d{1,3} min(?:\.|uten)?",
                r"(?:bild|video|galerie|foto) (?:anzeigen|vergrößern|ansehen)", r"video verfügbar bis [\p{L}\p{N}., ]{4,30}",
            ],
        },
    },
    "legal": {
        "site_notice": {"line": [r"(?:stolz präsentiert von|betrieben mit) [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {"sentence": [r"alle rechte vorbehalten",
                                   r"^dieser (?:artikel|beitrag|text) (?:erschien|ist|wurde) (?:zuerst|ursprünglich) (?:bei|auf)\b",
                                   r"^(?:zuerst|ursprünglich) erschienen (?:bei|auf)\b", r"(?:hier )?können sie die rechte an diesem artikel erwerben", r"über dieses thema berichtete [^.]{1,80} am", r"(?:copyright|urheberrecht) (?:©\s*)?\d{4}", r"nachdruck (?:nur )?(?:mit|nach) (?:genehmigung|zustimmung)"]},
        "disclaimer": {"sentence": [r"(?:stellt|ist) keine (?:anlage|finanz|rechts|steuer)(?:-)?(?:beratung|empfehlung) dar", r"keine (?:anlageberatung|anlageempfehlung)", r"alle angaben ohne gewähr", r"(?:dieser|der) (?:text|artikel|beitrag) entspricht den (?:vorgaben|standards|richtlinien|anforderungen)"]},
        "ai_disclosure": {
            "sentence": [
                r"(?:dieser|der) (?:text|artikel|beitrag|inhalt) (?:wurde|ist) (?:\w+ ){0,3}(?:mit (?:hilfe|unterstützung) (?:von |einer |künstlicher )*|von (?:einer )?|durch (?:eine )?)(?:ki|künstliche[rn]? intelligenz|chatgpt|gpt[\w.\-]*|sprachmodell\w*)",
                r"(?:ki|mit ki)-(?:generiert|erstellt|gestützt)e?[rns]? (?:text|artikel|inhalt|zusammenfassung)",
                r"(?:automatisch|maschinell) (?:erstellt|generiert|übersetzt)(?:er|e|es)? (?:text|artikel|beitrag|meldung)",
            ],
        },
    },
    "credits": {
        # "text" only with its colon ("Text: Anna Müller"): bare, it opens "Text Version", "Text Size"
        "byline": {"lead": [r"von"], "label": [r"autor(?:in)?", r"autoren", r"text", r"text und fotos?"]},
        "editor": {"label": [r"redaktion", r"bearbeitung", r"redigiert", r"schlussredaktion"], "lead": [r"bearbeitet von", r"redigiert von"]},
        "contributor": {"label": [r"mitarbeit", r"mit material von"], "lead": [r"unter mitarbeit von", r"mit material (?:von|der nachrichtenagenturen?)"]},
        "photo_credit": {"label": [r"fotos?", r"bild(?:er)?", r"bildquellen?", r"quelle", r"grafik", r"foto(?:s)? ?(?:&|und) ?text", r"titelbild", r"beitragsbild", r"symbolbild"], "lead": [r"fotos? von", r"bild(?:er)? von"]},
        "role": {"sentence": [r"redakteur(?:in)?", r"korrespondent(?:in)?", r"reporter(?:in)?", r"autor(?:in)?", r"journalist(?:in)?", r"volontär(?:in)?", r"chefredakteur(?:in)?", r"ressortleiter(?:in)?", r"freie[rn]? mitarbeiter(?:in)?"]},
        "bio": {"sentence": [r"(?:ist|war|arbeitet als) (?:\p{L}+ ){0,3}(?:redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|kolumnist(?:in)?|volontär(?:in)?)", r"schreibt (?:seit \d{4} )?(?:für|über)"]},
        "date_words": {"sentence": [r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)", r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", r"um|uhr|am|mez|mesz|aktualisiert|veröffentlicht|stand|zuletzt|erstellt|geändert"]},
        "signoff": {"sentence": [r"(?:ist|sind) (?:per e-?mail |auf [\p{L}]+ )?(?:erreichbar|zu erreichen) (?:unter|über|per|auf)", r"^(?:folgen sie|schreiben sie) (?:ihm|ihr|ihnen|[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,3}) (?:auf|an|unter)\b"]},
        "contact": {"lead": [r"pressesprecher(?:in|\*in|:in)?"], "label": [r"(?:presse|medien)?kontakt", r"ansprechpartner(?:in)?(?: (?:für (?:die )?(?:medien|presse)|zum thema))?", r"pressesprecher(?:in|\*in)?", r"telefon", r"tel\.?", r"fax", r"e-?mail", r"internet", r"web"]},
        "caption": {"label": [r"bildunterschrift", r"im bild", r"unser bild"]},
        "dateline": {"lead": [r"veröffentlicht(?: am)?", r"letzte änderung(?: am)?", r"aktualisiert(?: am)?", r"zuletzt aktualisiert(?: am)?", r"erstellt(?: am)?", r"stand", r"geändert(?: am)?"]},
    },
    "pitch": {
        "imperative": {
            "sentence": [
                r"^(?:holen sie|hol dir|abonnieren sie|melden sie sich|registrieren sie sich|lesen sie|hören sie|folgen sie|teilen sie|klicken sie|entdecken sie|sichern sie sich|testen sie|erfahren sie|mehr erfahren|weiter zu|zum angebot)\b",
            ],
        },
    },
}

PACK = LanguagePack(
    code='de',
    phrases=PHRASES,
    stopwords=tuple('der die das und in zu mit von den dem des ein eine sie es ist im am auf für nicht auch jetzt hier als er um an du sich wird werden dass war wir ich oder aber noch nach bei aus'.split()),
    reader_words=tuple('wir uns unser unsere unseren unserem du dir dich dein deine deinen deinem deiner euch euer eure euren'.split()),
    reader_words_lowercase_only=None,
    polite_reader_words=tuple('Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer'.split()),
    name_joiners=tuple('und'.split()),
    byline_words=tuple('von'.split()),
    place_words=tuple('in aus'.split()),
    platform_words=tuple('auf über'.split()),
    also_words=None,
    photo_words=tuple('foto fotos bild'.split()),
    phone_labels=tuple('tel telefon fax mobil'.split()),
    comment_actions=tuple('antworten melden'.split()),
    relative_time=(r"vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)",),
    comment_says=tuple('schreibt sagt'.split()),
    self_reference=("dieser", "diese", "dieses", "der vorliegende"),
    clock_words=tuple('uhr'.split()),
    ordinal_suffixes=(),
)
