"""Dutch residue phrases (the Netherlands and Flanders), grouped by junk family and concept.

Written from what Dutch-language news sites print around their articles (NOS, NRC,
de Volkskrant, AD, Het Parool, De Telegraaf, De Standaard, HLN, nu.nl): "Dit artikel
is exclusief voor abonnees", "Lees verder met een abonnement", "Al abonnee? Log in",
"Schrijf je in voor onze nieuwsbrief", "Lees ook:", "Meest gelezen", "Reageer",
"Je e-mailadres wordt niet gepubliceerd", "Deel dit artikel", "Volg ons op",
"Download de app", "Advertentie", "Door Jan Jansen", "Foto: ANP" / "Beeld ANP".
Sentence patterns speak to the reader ("je/jouw/uw", "in je mailbox"); reports
about paywalls, newsletters or comments speak about them and must not match.

Ambiguities:

- The Dutch imperative is the bare verb stem, the same form as the first person
  singular ("Lees", "Neem", "Volg", "Ontvang": "ik lees", "ik volg"). Sentence
  patterns that open on such a verb are anchored at the sentence start (``^``), so a
  quoted "ik volg het nieuws via TikTok" is not a follow prompt.
- Reader words: "je" is left out: it is also the generic "one" in every quote
  ("je weet maar nooit") and French "I"; "u" is one letter (Spanish "or", Polish
  "at") and the interviewer's polite "u" in every interview; "onze" is also French
  and Portuguese "eleven". The word lists merge across languages, so these would
  make French and Portuguese prose look like a prompt. "jij, jouw, jou, jullie, uw,
  wij, ons" are kept; "wij"/"ons" appear in quotes as English "we"/"our" do.
  Polite address is lower-case "u" in Dutch: no polite_reader_words.
- Bare "Reacties" is not a comment header: NOS and others use it as a body
  subheading ("Reacties" from politicians); a count or a verb is required.
- "Deel" and "Steun" open ordinary sentences as nouns ("Deel van het probleem",
  "Steun voor het plan"); "Word" is English: none of them is a bare pitch opener.
- "door" (byline) is also English "door"; the byline reader requires names after it.
- "en" joins names in a byline ("Door Jan Jansen en Piet de Vries").
"""

from .schema import LanguagePack

_SOCIAL = r"(?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|whatsapp|telegram|google (?:nieuws|news))"

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                r"(?:dit |het )?(?:artikel|stuk|verhaal|interview|bericht) is (?:alleen |exclusief |uitsluitend )?(?:voor|beschikbaar voor) (?:abonnees|leden|premium-?(?:abonnees|leden)|plus-?abonnees|digitale abonnees)",
                r"(?:alleen |exclusief |uitsluitend )?voor (?:abonnees|premium-?abonnees|plus-?abonnees)",
                r"lees (?:dit (?:artikel|stuk) |het (?:hele|volledige) (?:artikel|stuk) )?verder met (?:een )?[\p{L}\p{N}+\- ]{1,30}",
                r"(?:word|neem|sluit) (?:nu |direct )?(?:abonnee|een abonnement(?: af)?) (?:en|om) (?:lees verder|verder te lezen|lees (?:het hele|het volledige|dit) (?:artikel|stuk))",
                r"wil(?:t)? (?:je|u|jij) (?:dit (?:artikel|stuk) )?(?:verder|helemaal) lezen\?(?: [^.?!]{1,80})?",
            ],
            "sentence": [
                r"(?:om|wil (?:je|jij)|wilt u) (?:dit (?:artikel|stuk|verhaal) )?(?:verder|volledig|helemaal) (?:te )?lezen,? (?:moet|heb|hebt|heeft|neem|word|log|sluit|kun|kunt|dien)",
                r"(?:je|jij|u) (?:hebt|heeft) (?:je |jouw |uw |het )?(?:maximale |maximum )?(?:aantal )?(?:gratis |vrije )?(?:artikelen|limiet)[^.!?]{0,40}(?:bereikt|gelezen|opgebruikt)",
                r"(?:dit|het) (?:artikel|stuk|verhaal|interview) is (?:alleen |exclusief |uitsluitend )?(?:voor|beschikbaar voor) (?:abonnees|leden|premium-?abonnees|plus-?abonnees)",
                r"^(?:word|neem|sluit) (?:nu |direct )?(?:abonnee|een abonnement(?: af)?) (?:en|om)",
            ],
        },
        "offer": {
            "sentence": [
                r"(?:je|jij|u) (?:krijgt|hebt|heeft) (?:direct |meteen |dan )?(?:onbeperkt |volledige? )?toegang tot",
                r"(?:maandelijks|dagelijks|altijd|op elk moment|per maand) opzegbaar",
                r"^(?:probeer|lees|test) (?:nu )?(?:\d{1,6}|een|één) (?:dag|dagen|week|weken|maand|maanden) (?:gratis|voor (?:slechts |maar )?€ ?\d{1,6}(?:[.,]\d{1,6})?)",
                r"(?:de )?eerste (?:maand|\d{1,6} (?:weken|maanden)) (?:gratis|voor (?:slechts |maar )?€ ?\d{1,6}(?:[.,]\d{1,6})?)",
                r"(?:daarna|vervolgens) (?:slechts |maar )?€ ?\d{1,6}(?:[.,]\d{1,6})? per (?:maand|week|jaar)",
            ],
        },
        "account": {
            "line": [
                r"(?:ben (?:je|jij|u) )?al (?:abonnee|lid|geregistreerd)\?? ?(?:(?:log (?:hier |dan )?in|inloggen|meld (?:je|u) aan)(?: hier)?)?",
                r"(?:heb (?:je|jij)|hebt u|heeft u) al een (?:abonnement|account)\?? ?(?:(?:log (?:hier |dan )?in|inloggen)(?: hier)?)?",
            ],
            "sentence": [r"(?:ben (?:je|jij|u) )?al (?:abonnee|lid)\?", r"(?:heb (?:je|jij)|hebt u|heeft u) al een (?:abonnement|account)\?"],
            "button": [r"(?:nu )?(?:inloggen|log in|abonneren|word abonnee|neem een abonnement|registreren)"],
        },
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"(?:wij|we) (?:en (?:onze|derde) partijen |en onze partners )?(?:gebruiken|plaatsen|maken gebruik van) (?:functionele |analytische |tracking ?)?cookies",
                r"(?:deze|onze) (?:web)?site (?:gebruikt|maakt gebruik van) cookies",
                r"door (?:verder te gaan|(?:deze|onze) (?:web)?site te (?:gebruiken|bezoeken)|gebruik te maken van (?:deze|onze) (?:web)?site),? (?:ga je|gaat u) akkoord",
                r"(?:je|jouw|uw) (?:cookie-?(?:voorkeuren|instellingen|toestemming)|toestemming) (?:op elk moment |altijd |later )?(?:aanpassen|wijzigen|beheren|intrekken)",
            ],
            "line": [
                r"(?:(?:alle |alles )?(?:cookies )?(?:accepteren|toestaan|weigeren|afwijzen)(?: en (?:doorgaan|sluiten))? ?)+",
                r"cookie-?(?:instellingen|voorkeuren|beleid|verklaring|melding)",
                r"(?:privacy|toestemmings)-?(?:instellingen|voorkeuren)",
                r"(?:instellingen|voorkeuren) (?:beheren|aanpassen|wijzigen)",
            ],
            "button": [r"akkoord", r"accepteren", r"weigeren", r"instellingen", r"meer informatie"],
        },
        "embed_gate": {
            "sentence": [
                r"(?:deze|de) (?:inhoud|content|video|embed) kan (?:helaas )?niet (?:worden )?(?:getoond|weergegeven|afgespeeld)",
                r"om (?:deze|de) (?:inhoud|content|video|embed|post) te (?:bekijken|zien|tonen|laden),? (?:moet|moeten|dien|heb|hebben) (?:je|jij|u|wij|we)",
                r"^(?:accepteer|aanvaard) (?:dan )?(?:eerst )?(?:de |alle )?[\p{L}\- ]{0,40}cookies",
                r"wil(?:t)? (?:je|u) (?:deze|de) (?:inhoud|content|video|post) (?:zien|bekijken)\?",
                r"(?:niet )?akkoord (?:bent |gaat )?(?:gegaan )?met (?:het (?:plaatsen|gebruik) van )?(?:[\p{L}\-]{1,30} )?cookies",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:schrijf (?:je|u) (?:nu |hier |gratis )?in (?:voor|op)|meld (?:je|u) (?:nu |hier |gratis )?aan voor|abonneer (?:je|u) (?:nu )?op|ontvang) (?:de |onze |ons |het )?(?:gratis )?(?:[\p{L}\p{N}'’&.\-]{1,30} ){0,2}[\p{L}\p{N}\-]{0,20}nieuwsbrief(?: [\p{L}\p{N}'’&.\- ]{1,30})?",
                r"(?:de |onze )?(?:gratis )?(?:[\p{L}\p{N}]{1,20}[ -]?)?nieuwsbrief(?:en)?",
                r"(?:bedankt|dank (?:je|u) wel|dank (?:je|u)|dank) voor (?:je|jouw|uw) (?:aanmelding|inschrijving)!?",
                r"(?:vul |voer )?(?:hier )?(?:je|jouw|uw) e-?mailadres(?: in)?",
                r"e-?mailadres",
                r"(?:je|jij|u) bent (?:nu )?(?:ingeschreven|aangemeld)(?: voor [\p{L}\p{N}'’&.\- ]{1,40})?!?",
                r"blijf (?:altijd )?(?:op de hoogte|goed geïnformeerd)(?: van [\p{L}\p{N}'’&.\- ]{1,40})?",
            ],
            "sentence": [
                r"(?:in|naar|direct in|rechtstreeks in) (?:je|jouw|uw) (?:mailbox|inbox|e-?mailbox)",
                r"(?:schrijf (?:je|u)|meld (?:je|u)) (?:nu |hier |gratis |dan )?(?:in|aan)(?: voor| op)? (?:de |onze |ons |het )?[^.!?]{0,40}nieuwsbrief",
                r"(?:je|jij|u) (?:kunt|kan) (?:je|zich|u) (?:op elk moment|altijd|op ieder moment|te allen tijde) (?:weer )?(?:afmelden|uitschrijven)",
                r"(?:door (?:je|u) (?:aan te melden|in te schrijven)|bij (?:aanmelding|inschrijving)),? (?:ga je|gaat u) akkoord",
                r"^(?:lees|bekijk) (?:ons|onze) (?:privacybeleid|privacyverklaring|privacystatement)",
                r"^(?:ontvang|krijg) (?:elke|iedere|wekelijks|dagelijks)[^.!?]{0,60}(?:nieuwsbrief|mailbox|inbox)",
            ],
            "button": [r"(?:nu |gratis )?(?:aanmelden|inschrijven|abonneren|verzenden|versturen)", r"schrijf me in", r"meld me aan"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"\d{1,6} reacties?|reacties? \(\d{1,6}\)?",
                r"(?:\d{1,6}|één|eén|een) (?:gedachten?|reacties?) (?:over|op) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?",  # a blog engine's "N thoughts on “Title”"
                r"reageer(?: op dit (?:artikel|bericht|stuk))?",
                r"(?:plaats|schrijf|geef|laat) (?:een|je|jouw|uw) reactie(?: achter)?",
                r"(?:bekijk|lees|toon|laad)(?: alle| de)?(?: \d{1,6})? reacties",
                r"reageren is (?:niet (?:meer )?mogelijk|gesloten|uitgeschakeld)(?: (?:bij|op|onder) dit (?:artikel|bericht))?",
                r"(?:de )?reactiemogelijkheid is (?:gesloten|uitgeschakeld)",
            ],
        },
        "form": {
            "line": [
                r"(?:nog )?geen reacties", r"(?:de )?reacties (?:zijn )?(?:gesloten|uitgeschakeld)", r"was dit artikel (?:nuttig|behulpzaam)", r"(?:meld een fout|fout gezien)",
                r"(?:je|jouw|uw) e-?mailadres wordt niet gepubliceerd\.?(?: (?:vereiste|verplichte) velden zijn (?:gemarkeerd|aangegeven) met ?\*?)?",
                r"(?:vereiste|verplichte) velden zijn (?:gemarkeerd|aangegeven) met ?\*?",
                r"(?:log in|meld (?:je|u) aan|(?:je|u) moet ingelogd zijn) om (?:te reageren|een reactie (?:te )?(?:plaatsen|geven))",
                r"(?:wees|ben) de eerste die reageert|reageer als eerste",
                r"(?:annuleer|annuleren) (?:reactie|antwoord)",
                r"(?:plaats|verstuur|verzend) (?:reactie|bericht)",
                r"(?:reacties|reactie) (?:worden|wordt) geladen(?:…|\.\.\.)?",
                r"mijn naam, e-?mail(?:adres)? en website (?:bewaren|opslaan) in deze browser[^.]{0,80}",
            ],
            "sentence": [
                r"(?:je|jouw|uw) e-?mailadres wordt niet gepubliceerd",
                r"(?:vereiste|verplichte) velden zijn (?:gemarkeerd|aangegeven)",
                r"(?:je|jouw|uw) reactie (?:wordt|zal) (?:eerst |vooraf )?(?:gemodereerd|beoordeeld|gecontroleerd|goedgekeurd)",
                r"^(?:lees|bekijk) (?:onze|de) (?:spelregels|huisregels|reactieregels|reactievoorwaarden)",
                r"laat (?:het )?(?:ons )?weten in de (?:reacties|comments)",
            ],
            "button": [r"beantwoorden", r"antwoorden", r"ja,? nee", r"reageer", r"rapporteer", r"naam ?\*?", r"e-?mail(?:adres)? ?\*?", r"reactie ?\*?", r"verzenden", r"plaatsen"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                r"(?:vorig|volgend)e? (?:artikel|bericht)", r"lees ook", r"lees meer", r"lees verder", r"bekijk ook", r"zie ook", r"ook interessant", r"ook lezen",
                r"meer over dit (?:onderwerp|thema)", r"gerelateerd(?:e artikelen)?", r"aanbevolen(?: voor (?:jou|u))?",
                r"niet te missen", r"eerder verschenen",
            ],
            "line": [
                r"lees (?:hier )?(?:meer|verder|het (?:hele|volledige) (?:artikel|verhaal|interview))(?: (?:op|bij) [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"(?:bekijk|toon|laad) (?:alle|meer)(?: (?:artikelen|berichten|nieuws|video's|foto's|verhalen))?",
                r"(?:volgend|vorig)e? (?:artikel|bericht)",
                r"terug naar (?:de )?(?:homepage|home|voorpagina)",
                r"(?:terug )?naar (?:boven|de bovenkant)",
                r"(?:naar de inhoud springen|ga naar (?:de )?(?:inhoud|hoofdinhoud))",
            ],
        },
        "list": {
            "header": [
                r"(?:meest|best) (?:gelezen|bekeken|gedeeld|besproken)(?: (?:artikelen|nieuws|vandaag|van de week|nu))?",
                r"meestgelezen(?: artikelen)?",
                r"(?:gerelateerde|aanbevolen) (?:artikelen|berichten|verhalen)",
                r"(?:dit )?(?:vind|vindt) (?:je|jij|u) (?:misschien )?(?:ook )?(?:interessant|leuk)",
                r"ook interessant(?: voor (?:jou|u))?", r"lees ook", r"meer over dit (?:onderwerp|thema)",
                r"(?:meer|laatste) nieuws", r"net binnen",
            ],
        },
        "teaser": {"label": [r"bekijk", r"luister", r"fotoserie", r"foto's"]},
        "taxonomy": {"label": [r"trefwoorden", r"onderwerpen", r"rubriek", r"categorie(?:ën)?", r"thema's"]},
        "toc": {"header": [r"inhoudsopgave", r"in dit artikel"]},
        "tail_header": {"header": [r"meer informatie", r"over de (?:auteur|schrijver)", r"noot voor de redactie"]},
        "topic_latest": {"label": [r"[\p{L}\p{N}'’\- ]{2,50} liveblog"]},
    },
    "social": {
        "share": {
            "line": [
                r"(?:deel|delen)(?: dit (?:artikel|bericht|verhaal))?(?: (?:op|via|met) [\p{L}\p{N} ]{1,30})?",
                r"(?:(?:delen|deel|printen|afdrukken|kopieer (?:de )?link|link kopiëren|bewaren|e-?mail|facebook|twitter|linkedin|whatsapp|telegram|messenger|bluesky)[\s,|/·•]*){2,12}",
                r"link gekopieerd|kopieer (?:de )?link",
            ],
            "button": [r"delen", r"deel", r"printen", r"kopieer link", r"bewaren"],
        },
        "follow": {
            "line": [
                r"volg (?:ons|[\p{L}\p{N}'’.\- ]{1,40}) (?:ook )?(?:op|via) " + _SOCIAL + r"(?:[\s,]+(?:en |of )?" + _SOCIAL + r")*",
                r"volg ons (?:ook )?(?:op|via) [\p{L}, ]{1,60}",
                r"volg ons(?: (?:ook )?op)?",  # bare, over a row of platform links
            ],
            "sentence": [r"^volg ons (?:ook )?(?:op|via) " + _SOCIAL],
        },
    },
    "promo": {
        "app": {
            "line": [
                r"(?:download|installeer) (?:de|onze) (?:gratis )?[\p{L}\p{N}'’&.\- ]{0,30}app(?: (?:nu|gratis|hier))?",
                r"(?:lees|open|bekijk) (?:verder )?in de app",
            ],
            "sentence": [r"^download (?:de|onze) [\p{L}\p{N}'’&.\- ]{0,30}apps? (?:voor|via|in|en|op)", r"(?:gratis )?(?:in|via) de app store en (?:google play|de play store)"],
        },
        "podcast": {
            "line": [r"(?:luister (?:naar|ook naar)|abonneer (?:je|u) op) (?:onze|de) podcast(?: [\p{L}\p{N}'’&.\- ]{1,40})?"],
            "sentence": [r"(?:via|in) (?:je|jouw|uw) (?:favoriete )?podcast-?app", r"overal waar (?:je|u) (?:naar )?podcasts luistert"],
        },
        "membership": {
            "sentence": [r"^steun (?:onze|onafhankelijke|kwaliteits)[\p{L}\-]* ?journalistiek", r"^word (?:nu )?(?:lid|abonnee|donateur|vriend) (?:van|en)"],
            "line": [r"(?:steun ons|doneer)(?: nu| vandaag)?"],
        },
        "affiliate": {
            "label": [r"advertentie", r"gesponsord"],
            "sentence": [
                r"(?:dit|het) (?:artikel|bericht|stuk) bevat (?:affiliate ?links|affiliatelinks)",
                r"(?:wij|we) (?:ontvangen|krijgen) (?:mogelijk |soms )?een (?:kleine )?(?:commissie|vergoeding) (?:als|wanneer) (?:je|u)",
            ],
            "line": [r"gesponsord(?: door [\p{L}\p{N}'’&.\- ]{1,40})?|gesponsorde (?:inhoud|content|bijdrage)|in samenwerking met [\p{L}\p{N}'’&.\- ]{1,40}"],
        },
        "tips": {"line": [r"tip (?:de|onze) redactie"], "sentence": [r"(?:heb (?:je|jij)|hebt u|heeft u) (?:een )?(?:nieuws)?tip\?", r"^(?:stuur|mail) (?:ons )?(?:je|jouw|uw) (?:nieuws)?tip"]},
    },
    "media": {
        "advert": {"line": [r"advertentie", r"(?:het )?(?:artikel|verhaal) gaat (?:verder )?(?:onder|na) (?:de|deze) advertentie", r"(?:lees )?verder na de advertentie"]},
        "embed": {
            "line": [
                r"(?:(?:de )?(?:video|inhoud|pagina|speler|media) )?(?:wordt|worden) geladen(?:…|\.\.\.)?", r"laden(?:…|\.\.\.)",
                r"(?:bekijk|speel) (?:de )?(?:video|foto's|fotoserie|galerij)(?: af)?",
                r"\d{1,6} (?:foto's|video's|afbeeldingen)", r"(?:foto|afbeelding) \d{1,6} (?:van|/) \d{1,6}",
                r"leestijd:? (?:ca\. |circa )?\d{1,6} min(?:uten|uut)?", r"(?:luister naar|beluister) dit artikel",
                r"(?:volledig scherm|sluiten|vergroten)",
            ],
        },
    },
    "legal": {
        "site_notice": {"line": [r"(?:trots )?mogelijk gemaakt (?:door|met) [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {"sentence": [r"alle rechten voorbehouden",
                                   # the reprint notice, of this article or with the desk's consent ("overname" alone is also a takeover)
                                   r"^overname van (?:dit|deze) (?:artikel|bericht|tekst|inhoud|publicatie) (?:is )?(?:niet toegestaan|verboden|alleen toegestaan met)(?: (?:zonder )?(?:schriftelijke |voorafgaande )?toestemming(?: van de (?:redactie|uitgever))?)?[.!]?$",
                                   r"^overname (?:is )?(?:niet toegestaan|verboden|alleen toegestaan met) (?:zonder )?(?:schriftelijke |voorafgaande )?toestemming van de (?:redactie|uitgever)[.!]?$", r"niets uit (?:deze|dit) (?:uitgave|artikel|publicatie|website) mag (?:worden )?(?:verveelvoudigd|overgenomen|gepubliceerd)"]},
        "disclaimer": {"sentence": [r"(?:dit|het) (?:is|vormt) geen (?:beleggingsadvies|financieel advies|juridisch advies)"]},
        "ai_disclosure": {
            "sentence": [
                r"(?:dit|deze) (?:artikel|bericht|stuk|verhaal|tekst|samenvatting) (?:is|werd) (?:\w+ ){0,3}(?:met (?:behulp|hulp|ondersteuning) van |door |met )(?:een )?(?:ai|a\.i\.|kunstmatige intelligentie|artificiële intelligentie|chatgpt|taalmodel)",
            ],
        },
    },
    "credits": {
        "byline": {"lead": [r"door"], "label": [r"auteurs?", r"tekst", r"tekst en foto'?s?"]},
        "editor": {"label": [r"redactie", r"eindredactie"], "lead": [r"bewerkt door", r"eindredactie door"]},
        "contributor": {"lead": [r"met medewerking van", r"met bijdragen van"], "label": [r"medewerking"]},
        "photo_credit": {"label": [r"foto(?:'s)?", r"beeld", r"afbeelding", r"illustratie", r"bron"], "lead": [r"foto(?:'s)? door", r"beeld door"]},
        "credit_other": {"lead": [r"vertaald door", r"vertaling door", r"illustraties? door", r"graphics? door", r"ontwerp door"]},
        "role": {"sentence": [r"correspondent(?:e|en)?", r"verslaggever(?:s)?", r"redacteur(?:en)?", r"journaliste", r"columnist(?:en)?", r"fotograaf", r"(?:hoofd|eind)redacteur"]},
        "bio": {"sentence": [r"(?:is|was|werkt als) (?:\p{L}+ ){0,3}(?:redacteur|journalist|journaliste|verslaggever|correspondent|columnist|fotograaf)", r"schrijft (?:sinds \d{4} )?(?:voor|over)"]},
        "date_words": {"sentence": [
            r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|mrt|okt)\.?",
            r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
            r"om|uur|op|bijgewerkt|gepubliceerd|geplaatst|gewijzigd|aangepast|laatst",
        ]},
        "signoff": {"sentence": [r"is (?:te )?bereik(?:baar|en) (?:via|op|per)\b", r"^(?:volg|mail) (?:hem|haar|[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,3}) (?:op|via)\b"]},
        "contact": {"label": [r"(?:pers|media)contact", r"contactpersoon", r"telefoon"]},
        "caption": {"label": [r"onderschrift", r"op de foto"]},
        "dateline": {"lead": [r"gepubliceerd(?: op)?", r"bijgewerkt(?: op)?", r"laatst bijgewerkt(?: op)?", r"aangepast(?: op)?", r"geplaatst(?: op)?", r"gewijzigd(?: op)?"]},
    },
    "pitch": {
        "imperative": {
            "sentence": [
                r"^(?:abonneer|schrijf je in|meld je aan|download|volg ons|deel dit|lees|bekijk|luister|ontdek|probeer|steun ons|klik|doe mee|ontvang|registreer)\b",
            ],
        },
    },
}

PACK = LanguagePack(
    code="nl",
    phrases=PHRASES,
    stopwords=tuple("de het een van en in op te voor met is dat die niet zijn er aan ook als om".split()),
    reader_words=tuple("jij jouw jou jullie uw wij ons".split()),
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=("en",),
    byline_words=("door",),
    place_words=("in", "uit"),
    platform_words=("op", "via"),
    also_words=None,
    photo_words=("foto", "foto's", "beeld"),
    phone_labels=("tel", "telefoon", "fax", "mobiel"),
    comment_actions=("reageer", "reageren", "beantwoorden", "rapporteer"),
    relative_time=(r"\d+\s+(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand)\s+geleden",),
    comment_says=("schreef",),
    self_reference=("dit", "deze"),
    clock_words=("uur",),
    ordinal_suffixes=(),
)
