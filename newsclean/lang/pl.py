"""Polish residue phrases, grouped by junk family and concept.

From what Polish news sites print inside articles: "Czytaj też:", "Zobacz także",
subscription prompts and copyright notices.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [r"ten (?:tekst|artykuł) przeczytasz(?: w całości)?(?: [\p{L}\p{N} ]{1,40})?", r"(?:artykuł|treść) (?:dostępn[ya]|tylko) dla (?:prenumeratorów|subskrybentów)",
                     r"(?:ten )?(?:artykuł|tekst|materiał) jest dostępny (?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów)",
                     r"wykup (?:subskrypcję|prenumeratę|dostęp),? (?:aby|by) (?:czytać dalej|przeczytać (?:całość|cały (?:artykuł|tekst)))"],
            "sentence": [r"ten (?:tekst|artykuł) przeczytasz", r"(?:czytaj|przeczytaj) dalej (?:z|w) (?:prenumeratą|subskrypcją)", r"(?:artykuł|treść) dostępn[ya] (?:tylko )?dla (?:prenumeratorów|subskrybentów)"],
        },
        "offer": {"sentence": [r"wesprzyj nas(?: darowizną)?", r"dostęp do wszystkich (?:treści|artykułów)", r"(?:zapraszamy|zachęcamy) (?:też |także )?do (?:subskrypcji|prenumeraty)"]},
        "account": {"button": [r"zaloguj się", r"wykup (?:dostęp|prenumeratę)"]},
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"(?:ta|nasza|ten|nasz) (?:strona|witryna|serwis)(?: internetowa| internetowy)? (?:używa|wykorzystuje|stosuje) (?:plików |pliki )?(?:cookies?|ciasteczek|ciasteczka)",
                r"(?:używamy|wykorzystujemy|stosujemy) (?:plików |pliki )?(?:cookies?|ciasteczek|ciasteczka)",
                r"możesz (?:zmienić|wycofać) (?:swoją )?zgodę w dowolnym momencie",
            ],
            "line": [r"(?:akceptuję|akceptuj|zaakceptuj)(?: wszystkie| wszystko)?(?: i (?:przejdź|zamknij))?", r"(?:odrzuć|odrzucam)(?: wszystkie)?", r"ustawienia (?:plików )?cookies?"],
        },
    },
    "newsletter": {"signup": {"line": [r"zapisz się (?:do|na) (?:naszego )?newslett?era?(?: [\p{L}\- ]{1,30})?", r"dziękujemy za (?:zapisanie się|zapis|subskrypcję)(?: (?:do|na) (?:naszego )?newslett?era?)?"],
                              "sentence": [r"zapisz się (?:do|na) (?:naszego )?newslett?era?"]}},
    "comments": {
        "section": {"header": [r"(?:\d{1,6} )?komentarz[ey]?(?: \(?\d{1,6}\)?)?", r"dodaj komentarz", r"skomentuj"]},
        "form": {
            "line": [r"(?:brak|nie ma jeszcze) komentarzy", r"komentarze (?:są )?(?:zamknięte|wyłączone)"],
            "sentence": [r"twój adres e-?mail nie zostanie opublikowany", r"wymagane pola są oznaczone", r"zapisz moje dane, adres e-?mail i witrynę w (?:tej )?przeglądarce"],
            "button": [r"odpowiedz", r"zgłoś", r"imię ?\*?", r"e-?mail ?\*?", r"komentarz ?\*?", r"opublikuj komentarz", r"anuluj pisanie odpowiedzi"],
        },
    },
    "related": {
        "taxonomy": {"label": [r"tagi", r"tematy", r"kategori[ae]", r"s(?:ł|l)owa kluczowe"]},
        "read_next": {
            "label": [r"(?:poprzedni|następny) (?:artykuł|wpis)", r"czytaj (?:też|także|również|więcej)", r"przeczytaj (?:też|także|również)", r"zobacz (?:też|także|również)", r"polecamy", r"warto przeczytać", r"dowiedz się więcej"],
            "line": [r"dowiedz się więcej", r"czytaj więcej", r"(?:powrót |wróć )?do góry(?: strony)?", r"przejdź do (?:treści|zawartości)(?: głównej)?"],
        },
        "list": {"header": [r"najczęściej czytane", r"polecane(?: artykuły)?", r"powiązane (?:artykuły|tematy)", r"więcej na (?:ten )?temat", r"zobacz także", r"czytaj także"]},
    },
    # "naszą" (our) and a line of its own: "Pobierz aplikację mObywatel" is a how-to's step
    "promo": {"app": {"line": [r"(?:pobierz|zainstaluj|ściągnij) naszą (?:darmową )?aplikację(?: [\p{L}\p{N}\- ]{1,30})?"]}},
    "social": {"share": {"line": [r"udostępnij(?: artykuł)?", r"(?:(?:udostępnij|facebook|twitter|linkedin|whatsapp|e-?mail|drukuj|kopiuj link)[\s,|/·•]*){2,12}"]}, "follow": {"line": [r"obserwuj nas na [\p{L}, ]{1,60}", r"obserwuj nas(?: (?:na|w))?", r"obserwuj nas w [\p{L}, ]{1,40}"]}},
    "media": {
        "advert": {"line": [r"reklama", r"artykuł sponsorowany"]},
        "embed": {"line": [r"czas czytania:? \d{1,6} min(?:ut[ay]?)?", r"posłuchaj (?:artykułu|tekstu)", r"odsłuchaj (?:artykuł|tekst)"]},
    },
    "legal": {
        "copyright": {"sentence": [r"materiał chroniony prawem autorskim", r"wszelkie prawa zastrzeżone",
                                   # the reprint notice: "Przedruk tylko za zgodą redakcji"
                                   r"^(?:przedruk|kopiowanie|rozpowszechnianie)(?: i (?:przedruk|kopiowanie|rozpowszechnianie))?(?: (?:materiałów|artykułu|tekstu|treści))? (?:tylko|wyłącznie) za (?:pisemną )?zgodą (?:redakcji|wydawcy)[.!]?$"]},
        "ai_disclosure": {"sentence": [r"(?:ten |niniejszy )?(?:artykuł|tekst|materiał) (?:został|powstał) (?:\w+ ){0,3}(?:wygenerowany|napisany|przygotowany|stworzony|przetłumaczony)? ?(?:przy (?:pomocy|użyciu)|z (?:pomocą|wykorzystaniem)|przez) (?:sztuczn(?:ej|ą) inteligencj[ęi]|ai|si)"]},
    },
    "credits": {
        "byline": {"label": [r"autor(?:ka)?"]},
        "photo_credit": {"label": [r"fot(?:o)?\.?", r"zdjęcie"], "lead": [r"fot\."]},
        "dateline": {"lead": [r"opublikowano", r"aktualizacja", r"zaktualizowano", r"data publikacji"]},
        "role": {"sentence": [r"dziennikar(?:z|ka)", r"korespondent(?:ka)?", r"redaktor(?:ka)?", r"reporter(?:ka)?"]},
        "date_words": {"sentence": [r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:zapisz się|zobacz|czytaj|sprawdź|dołącz|pobierz|obserwuj)\b"]}},
}

PACK = LanguagePack(
    code='pl',
    phrases=PHRASES,
    stopwords=tuple('w z na i do się nie o to jest że jak po od za przez oraz ale dla tak już jego jej tym co'.split()),
    reader_words=tuple('cię ciebie tobie twój twoja twoje twojego twojej twoim wasz wasza wasze waszych nasz nasza nasze naszego naszej naszym naszych naszymi'.split()),  # not 'ty', 'nam': names too ('Ty Lue', 'Nam In-soon'), and the lists are read in every language
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=None,
    byline_words=None,
    place_words=tuple('w'.split()),
    platform_words=None,
    also_words=None,
    photo_words=tuple('fot foto zdjęcie zdjęcia'.split()),
    phone_labels=tuple('tel telefon faks kom'.split()),
    comment_actions=tuple('odpowiedz zgłoś'.split()),
    relative_time=(r"\d+\s+(?:minut[ay]?|godzin[ya]?|dni|dzień|tygodni[e]?)\s+temu",),
    comment_says=tuple('pisze'.split()),  # a header's present, not a quote's 'napisał:'
    self_reference=("ten artykuł", "ten tekst", "ten materiał", "tego artykułu", "tego tekstu", "niniejszy"),
    clock_words=None,
    ordinal_suffixes=(),
)
