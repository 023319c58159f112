"""Italian residue phrases, grouped by junk family and concept.

Written from what Italian news sites print around their articles (Corriere della
Sera, la Repubblica, La Stampa, Il Sole 24 Ore, ANSA, Il Post, Fanpage, WordPress
sites in Italian): "Contenuto riservato agli abbonati", "Per continuare a leggere",
"Sei già abbonato? Accedi", "Iscriviti alla newsletter", "Leggi anche:", "I più
letti", "Lascia un commento", "Il tuo indirizzo email non sarà pubblicato",
"Seguici su", "Scarica l'app", "© RIPRODUZIONE RISERVATA", bylines "di Mario Rossi".

Sentence patterns speak to the reader (the "tu" forms: "hai raggiunto", "la tua
casella", "iscriviti", "disdici"); reports about paywalls, newsletters or comments
speak about them in the third person and must not match. Ambiguous words:

- "abbonati" is the imperative "subscribe" and the noun "subscribers"; "registrati"
  is "sign up" and "registered" ("Registrati 300 nuovi casi"); "scarica", "guarda",
  "ascolta", "partecipa", "diventa" are imperatives and third-person verbs ("chi
  scarica l'app"). They appear only in whole-line patterns or with words that
  make them a prompt ("abbonati ora", "scarica la nostra app").
- "Lei"/"suo"/"sua" are polite "you"/"your" and "she"/"his"/"her": not reader words,
  and no polite reader words (capitalised "Lei" is also a name, "Lei Jun").
- "vi" and "ci" are "you"/"us" and "there" ("ci sono", "vi si trova"), "vi" also a
  Roman numeral; "tue" is also "Tue" (Tuesday); "nostra" is in "Cosa Nostra", which
  every crime report names: none of them is a reader word. Nor are "noi" and "ti":
  short enough to turn up as other text ("amazon.com/The-Signal-Noi…" in an English
  page made a tweet box look like a pitch and cut the sentence above it; "TI" is
  Texas Instruments), and the prompts that use them also say "tu", "tuo" or "nostro".
- "di" opens a byline ("di Mario Rossi") but is not a byline word: as a segment
  splitter it would cut names such as "Mario Di Stefano" apart. It is a byline lead
  only, and a lead counts only when the rest of the line is names.
- "Domenica" and "Sabato" are names too: as date words a two-word name starting
  with them is not read as a byline name.
- "Commento" alone is an opinion kicker, not a comment section: only "Commenti"
  (plural) or a count opens a section. "Foto" is a photo-credit label, not a teaser.
"""

from .schema import LanguagePack

_APOS = "['’] ?"  # l'articolo, l’app, l' app

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                rf"(?:questo |quest{_APOS}|l{_APOS})?(?:contenuto|articolo) (?:è )?(?:riservat[oa]|esclusiv[oa]|dedicat[oa]) (?:agli|ai|per gli) (?:abbonati|iscritti|utenti registrati)(?: (?:a|di) [\p{{L}}\p{{N}}'’&.\- ]{{1,30}})?",
                r"(?:solo |riservato |esclusivo )?per (?:gli )?abbonati",
                rf"(?:per )?continu(?:a|are) a leggere(?: (?:l{_APOS}articolo|questo articolo|la notizia))?(?: \.\.\.|…)?",
                rf"(?:abbonati|accedi|registrati|iscriviti) (?:ora |subito |adesso )?per (?:continuare a leggere|leggere (?:l{_APOS}articolo|tutto l{_APOS}articolo|il resto dell{_APOS}articolo|la notizia))",
            ],
            "sentence": [
                rf"per continuare a leggere(?: (?:questo articolo|l{_APOS}articolo|la notizia))?,? (?:abbonati|accedi|registrati|iscriviti|effettua il login|scegli)",
                r"hai (?:raggiunto|esaurito) (?:il (?:numero massimo|limite)(?: mensile)? (?:di|degli) )?(?:articoli|contenuti)(?: gratuiti| gratis| disponibili)?",
                r"hai letto \d{1,6} (?:articoli |contenuti )?(?:su|di) \d{1,6}",
                rf"(?:questo |quest{_APOS})(?:contenuto|articolo) è riservato (?:agli|ai) (?:abbonati|iscritti)",
            ],
        },
        "offer": {
            "sentence": [
                r"disdici (?:quando vuoi|in qualsiasi momento|in ogni momento)",
                r"abbonati (?:ora |subito |adesso )?(?:a|per|da) (?:soli |solo )?(?:€ ?)?\d{1,6}(?:[.,]\d{1,6})? ?(?:€|euro)",
                rf"scopri (?:l{_APOS}offerta|le offerte|tutte le offerte)",
                r"(?:hai|avrai) accesso illimitato",
            ],
        },
        "account": {
            "line": [
                r"sei già (?:abbonat[oa]|registrat[oa]|iscritt[oa]|cliente)\?? ?(?:(?:accedi|entra|effettua il login|fai login|login)(?: qui)?)?",
                r"hai già un account\?? ?(?:(?:accedi|entra)(?: qui)?)?",
            ],
            "sentence": [
                r"sei già (?:abbonat[oa]|registrat[oa])\?",
                r"(?:accedi|effettua il login) (?:con il tuo account|per continuare)",
            ],
            "button": [r"accedi", r"abbonati(?: ora| subito)?", r"entra", r"login"],
        },
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"(?:questo sito|il nostro sito|questo sito web) (?:utilizza|usa) (?:i )?cookie",
                r"(?:noi e (?:i nostri )?(?:partner|terze parti)(?: selezionat[ie])? )?utilizziamo (?:i )?cookie",
                r"(?:proseguendo|continuando) (?:la navigazione|a navigare)(?: su questo sito)?,? (?:acconsenti|accetti)",
                r"(?:gestisci|modifica|personalizza) le tue (?:preferenze|scelte)",
                r"(?:cliccando|facendo clic) su [\"“«]?(?:accetta|accetto|ok)",
            ],
            "line": [
                r"(?:(?:accetta|accetto|rifiuta|rifiuto|gestisci|personalizza)(?: tutti| tutto)?(?: i cookie)? ?)+",
                r"continua senza accettare",
                r"(?:cookie policy|informativa (?:sui |estesa sui )?cookie|impostazioni (?:dei )?cookie|preferenze (?:dei |sui )?cookie)",
            ],
        },
        "embed_gate": {
            "sentence": [
                r"questo contenuto (?:è (?:fornito|ospitato) da|proviene da) [\p{L}\p{N}'’&.\- ]{1,40},? che (?:potrebbe|può) (?:usare|utilizzare) (?:i )?cookie",
                r"per (?:visualizzare|vedere) questo contenuto,? (?:è necessario|devi|accetta)",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:iscriviti|registrati) (?:gratis |gratuitamente )?alla (?:nostra )?newsletter(?: [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"ricevi (?:la |le )?(?:nostra |nostre )?newsletters?(?: [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"(?:la |le )?(?:nostra |nostre )newsletters?(?: [\p{L}\p{N}'’&.\- ]{1,30})?",
                rf"grazie per (?:esserti (?:iscritt[oa]|registrat[oa])|la tua iscrizione|l{_APOS}iscrizione)",
                r"(?:inserisci|scrivi) (?:il tuo |la tua )?(?:indirizzo )?e-?mail",
                r"(?:il tuo |la tua )(?:indirizzo )?e-?mail|indirizzo e-?mail",
                r"iscrizione (?:avvenuta|effettuata|completata) con successo",
            ],
            "sentence": [
                r"(?:nella|sulla|direttamente nella) tua (?:casella (?:di posta|e-?mail|mail)|inbox|posta(?: elettronica)?|mail|e-?mail)",
                r"(?:iscriviti|registrati) (?:gratis |gratuitamente )?(?:alla|alle) (?:nostra |nostre )?newsletter",
                rf"(?:puoi|potrai) (?:cancellarti|disiscriverti|annullare l{_APOS}iscrizione) in (?:qualsiasi|ogni) momento",
                r"(?:iscrivendoti|cliccando su [\"“«]?iscriviti)(?: alla newsletter)?,? (?:accetti|dichiari|confermi|acconsenti)",
                rf"si è verificato un errore durante l{_APOS}iscrizione",
            ],
            "button": [r"iscriviti(?: ora| subito| gratis)?", r"invia", r"voglio iscrivermi"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:\d{1,6} )?commenti(?: \(?\d{1,6}\)?)?",
                r"(?:\d{1,6}|una?) (?:pensieri|pensiero|commenti|commento|risposte|risposta) (?:su|a) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?",  # a blog engine's "N thoughts on “Title”"
                r"1 commento",
                r"lascia un commento",
                r"(?:scrivi|aggiungi|invia) (?:un|il tuo) commento",
                r"(?:mostra|vedi|leggi|carica)(?: tutti)?(?: i)?(?: \d{1,6})? commenti",
                r"(?:i )?commenti (?:sono )?(?:chiusi|disabilitati)",
                rf"commenta(?: (?:la notizia|l{_APOS}articolo|questo articolo))?",
                r"partecipa alla discussione",
            ],
        },
        "form": {
            "line": [
                r"(?:ancora )?nessun commento", r"questo articolo (?:ti )?è stato utile", r"segnala(?: un)? errore",
                r"il tuo indirizzo e-?mail non sarà pubblicato\.?(?: i campi obbligatori sono contrassegnati(?: con)? ?\*?)?",
                r"i campi obbligatori sono contrassegnati(?: con)? ?\*?",
                r"(?:accedi|effettua il login|registrati) per (?:commentare|lasciare un commento)",
                r"sii il primo a commentare",
                r"annulla (?:risposta|commento)",
                r"(?:pubblica|invia) (?:il )?commento",
                r"salva il mio nome,? e-?mail e sito web in questo browser[^.]{0,80}",
                r"devi (?:essere connesso|effettuare il login|accedere) per (?:inviare|pubblicare|lasciare) un commento\.?",
            ],
            "sentence": [
                r"il tuo indirizzo e-?mail non sarà pubblicato",
                r"i campi obbligatori sono contrassegnati",
                r"salva il mio nome,? e-?mail",
                r"(?:avvisami|notificami) (?:via e-?mail |per e-?mail )?(?:in caso di|dei|di) (?:risposte|nuovi commenti|nuovi articoli)",
                r"questo sito usa akismet per ridurre lo spam",
            ],
            "button": [r"rispondi", r"segnala", r"sì,? no", r"mi piace", r"nome ?\*?", r"e-?mail ?\*?", r"sito web", r"commento ?\*?", r"invia", r"pubblica"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                r"leggi anche", r"vedi anche", r"guarda anche", r"ascolta anche", r"leggi pure",
                r"(?:ti )?potrebbe (?:anche )?interessar(?:e|ti)", r"potrebbero interessarti",
                r"(?:articoli|notizie) correlat[ie]", r"correlat[oi]", r"approfondisci", r"per approfondire", r"approfondimenti?",
                r"da non perdere", r"consigliati(?: per te)?", r"ti consigliamo", r"leggi (?:di più|tutto)",
            ],
            "line": [
                rf"leggi (?:di più|tutto|l{_APOS}articolo(?: completo)?|la notizia(?: completa)?)(?: qui)?",
                r"(?:vedi|mostra|carica) (?:altro|altri|di più|tutti(?: [\p{L}\p{N}'’ ]{1,30})?)",
                r"(?:altre notizie|altri articoli)(?: (?:di|su|da) [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"(?:articolo|notizia) (?:precedente|successiv[oa])",
                r"torna (?:su|in alto|all['’]inizio)",
                r"(?:vai|passa) al contenuto(?: principale)?",
            ],
        },
        "list": {
            "header": [
                r"(?:i |le )?più (?:letti|lette|visti|viste|cliccati|cliccate|commentati|condivisi)(?: (?:di oggi|oggi|della settimana|del giorno))?",
                r"(?:articoli|notizie|contenuti) correlat[ie]",
                r"(?:le )?ultime notizie",
                r"(?:ti )?potrebbe (?:anche )?interessarti|(?:ti )?potrebbero interessarti",
                r"consigliati per te", r"leggi anche", r"vedi anche", r"da non perdere", r"in evidenza",
            ],
        },
        "tail_header": {"header": [r"(?:ulteriori|maggiori|per) informazioni", r"per saperne di più"]},
        "toc": {"header": [r"indice dei contenuti", r"in questo articolo"]},
        "teaser": {"label": [r"guarda", r"ascolta", r"video", r"fotogallery", r"gallery", r"diretta"]},
        "taxonomy": {"label": [r"tag", r"argomenti", r"temi", r"categori[ae]", r"parole chiave"]},
    },
    "social": {
        "share": {
            "line": [
                rf"condividi(?: (?:questo articolo|l{_APOS}articolo|la notizia))?(?: (?:su|via) [\p{{L}}\p{{N}} ]{{1,30}})?",
                r"(?:(?:condividi|facebook|twitter|linkedin|whatsapp|telegram|e-?mail|stampa|copia (?:il )?link)[\s,|/·•]*){2,12}",
                r"copia (?:il )?link", r"link copiato",
            ],
            "button": [r"condividi", r"stampa", r"copia link"],
        },
        "follow": {
            "line": [
                r"seguici su [\p{L}, ]{1,60}",
                r"seguici(?: su)?",  # bare, over a row of platform links
                r"segui [\p{L}\p{N}'’&.\- ]{1,40} su (?:facebook|instagram|twitter|x|telegram|whatsapp|tiktok|youtube|linkedin|threads|google news)",
                r"iscriviti al (?:nostro )?canale (?:whatsapp|telegram|youtube)(?: [\p{L}\p{N}'’&.\- ]{1,30})?",
            ],
            "sentence": [
                r"seguici su (?:facebook|instagram|twitter|x|telegram|whatsapp|tiktok|youtube|linkedin|threads|google news)",
                r"(?:unisciti|iscriviti) al (?:nostro )?canale (?:whatsapp|telegram)",
            ],
        },
    },
    "promo": {
        "app": {
            "line": [rf"scarica (?:gratis )?(?:l{_APOS}app|la (?:nostra )?app|l{_APOS}applicazione|la nostra applicazione)(?: [\p{{L}}\p{{N}}'’&.\- ]{{1,30}})?"],
            "sentence": [r"scarica (?:gratis )?la nostra (?:app|applicazione)"],
        },
        "podcast": {"line": [r"ascolta (?:il )?(?:nostro )?podcast(?: [\p{L}\p{N}'’&.\- ]{1,40})?"]},
        "membership": {"sentence": [r"sostieni (?:il nostro |il |un )?giornalismo", r"fai una donazione"]},
        "affiliate": {
            "line": [
                r"(?:contenuto |articolo )?sponsorizzat[oa](?: da [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"(?:contenuto|articolo|informazione) pubblicitari[oa]",
                r"in collaborazione con [\p{L}\p{N}'’&.\- ]{1,40}",
            ],
            "sentence": [
                r"(?:questo articolo|questa pagina) (?:contiene|può contenere) link (?:di )?affiliazione",
                r"(?:riceviamo|potremmo ricevere|guadagniamo) una (?:piccola )?commissione",
            ],
        },
        "tips": {"sentence": [r"(?:hai|avete) una (?:segnalazione|notizia)(?: da (?:segnalarci|darci))?\?", r"scrivici a"]},
    },
    "media": {
        "advert": {"line": [r"pubblicità", rf"(?:l{_APOS}articolo|la notizia) continua (?:dopo|sotto) (?:la )?pubblicità"]},
        "embed": {
            "line": [
                r"caricamento(?: in corso)?(?:…|\.\.\.)?",
                r"(?:guarda|vedi) (?:il video|la gallery|la fotogallery|le foto)",
                r"\d{1,6} (?:foto|immagini)",
                r"(?:tempo di )?lettura:? \d{1,6} min(?:uti)?",
                rf"ascolta (?:l{_APOS}articolo|questo articolo)(?: \d{{1,6}} min(?:uti)?)?",
                r"(?:il tuo browser|questo browser) non supporta (?:il )?(?:video|audio|tag video)[^.]{0,40}",
            ],
        },
    },
    "legal": {
        "site_notice": {"line": [r"(?:orgogliosamente (?:creato|realizzato) con|alimentato da) [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {
            "sentence": [
                r"riproduzione riservata",
                r"tutti i diritti (?:sono )?riservati",
                r"(?:è )?vietata la (?:riproduzione|ridistribuzione)(?:,? anche parziale| totale o parziale)",
            ],
        },
        "ai_disclosure": {
            "sentence": [
                rf"(?:questo |quest{_APOS})(?:articolo|testo|contenuto) (?:è stato|è) (?:\w+ ){{0,3}}(?:generat[oa]|scritt[oa]|redatt[oa]|prodott[oa]|tradott[oa]|realizzat[oa]) (?:con l{_APOS}(?:aiuto|ausilio|supporto) (?:di |dell{_APOS})|da |tramite |con )(?:un{_APOS}|l{_APOS})?(?:intelligenza artificiale|ia)",
            ],
        },
    },
    "credits": {
        "byline": {"lead": [r"di", r"a cura di", r"testo di", r"servizio di", r"dal nostro (?:inviato|corrispondente)"], "label": [r"autore", r"autrice", r"autori"]},
        "contributor": {
            "lead": [r"(?:ha|hanno) collaborato", r"con la collaborazione di", r"con il contributo di"],
            "sentence": [r"(?:ha|hanno) collaborato (?:a|alla stesura di) questo (?:articolo|servizio)"],
        },
        "photo_credit": {
            "label": [r"foto(?:grafi[ae])?", r"crediti(?: fotografici)?", r"credits?(?: foto)?"],
            "lead": [r"foto di", r"fotografia di", r"immagini? di", r"illustrazione di"],
        },
        "credit_other": {"lead": [r"video di", r"grafica di", r"infografica di", r"traduzione di", r"montaggio di", r"riprese di"]},
        "role": {"sentence": [
            r"inviat[oa]", r"corrispondente", r"giornalista", r"giornalisti", r"redazione", r"redattore", r"redattrice",
            r"caporedattore", r"(?:vice)?direttore", r"(?:vice)?direttrice", r"cronista", r"editorialista", r"fotoreporter",
        ]},
        "caption": {"label": [r"nella foto", r"didascalia"]},
        "signoff": {"sentence": [r"(?:è|sono) (?:raggiungibil[ei]|contattabil[ei]) (?:a|al|su|via|tramite)\b", r"^(?:segui(?:lo|la|li)?|scrivi(?:gli|le)?(?: a)?) (?:[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,3} )?(?:su|a|all'|via)\b"]},
        "contact": {"label": [r"contatti(?: stampa)?", r"ufficio stampa", r"telefono", r"per informazioni"]},
        "dateline": {"lead": [r"pubblicat[oa](?: il)?", r"aggiornat[oa](?: il| alle)?", r"ultimo aggiornamento", r"modificat[oa] il"]},
        "date_words": {"sentence": [
            r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
            r"(?:lunedì|martedì|mercoledì|giovedì|venerdì|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)",
            r"il|alle|ore|del|aggiornat[oa]|pubblicat[oa]|modificat[oa]|ultimo|aggiornamento|oggi|ieri",
        ]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:abbonati (?:ora|subito|adesso)|iscriviti|seguici|segui|scopri|clicca|condividi|accedi|sostieni|ricevi|scarica la nostra)\b"]}},
}

PACK = LanguagePack(
    code="it",
    phrases=PHRASES,
    stopwords=tuple("il lo la i gli le di del della dei delle e che un una per con non è in da al alla si su".split()),
    reader_words=tuple("tu tuo tua tuoi voi vostro vostra vostri vostre nostro nostri nostre".split()),
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=("e",),
    byline_words=None,
    place_words=None,
    platform_words=("su",),
    also_words=None,
    photo_words=("foto", "fotografia"),
    phone_labels=("tel", "telefono", "cell"),
    comment_actions=("rispondi", "segnala", "mi piace"),
    relative_time=(r"\d+\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae])\s+fa",),
    comment_says=("scrive", "ha scritto"),
    self_reference=("questo", "questa", "quest'", "quest’"),
    clock_words=None,
    ordinal_suffixes=None,
)
