"""Line-shape evidence: the cheap, language-light facts rules combine with phrases.

Junk lines are short, imperative or addressed to the reader, often without final
punctuation; article prose is long, third-person and punctuated. None of these is
a verdict alone.
"""

from __future__ import annotations

import re
import unicodedata

from functools import lru_cache

import regex

from .automaton import Automaton
from . import lang

_PUNCT_ONLY = re.compile(r"(?:[^\w\s]|_)+")  # a token of punctuation only
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# What closes a sentence, and the quotes and brackets that may stand after it.
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")  # the full-width ones end Chinese and Japanese sentences
_TERMINALS = _SENTENCE_ENDS + (":", ";", "：", "；")
_CLOSERS = "\"'”’»)]」』）"
# Scripts written without spaces between words (Han, Hiragana, Katakana): a run of
# them is counted as words of about CJK_CHARS_PER_WORD characters (Korean spaces its words).
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+")
CJK_CHARS_PER_WORD = 2
# Unicode White_Space, what the regex module's \s matches (str.isspace adds \x1c-\x1f).
_WHITE_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_SENTENCE_SPLIT = regex.compile(r"(?<=[.!?…][\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]*[\p{Lu}\p{N}])")
_FOLD_DASH = regex.compile(r"[\p{Pd}]")
_FOLD_QUOTE = regex.compile(r"[\"'“”‘’„«»‚‹›`´]")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
# Second person / first person plural: the voice of prompts and pitches (language
# packs), less the words that are another language's function words.
_READER_WORDS = frozenset(lang.words_not_stopwords_elsewhere("reader_words"))
_LOWERCASE_ONLY = frozenset(lang.words("reader_words_lowercase_only"))  # "us", not "US" the country
_READER_GATE = Automaton.build({w: w for w in sorted(_READER_WORDS | _LOWERCASE_ONLY)})  # one C pass finds the words; boundaries are checked per hit
# Polite address is capitalised ("Sie", "Ihre") inside a sentence; lower-case "sie",
# or "Sie" opening a sentence, is she/they.
_POLITE_WORDS = lang.words("polite_reader_words")
_READER_POLITE = regex.compile(rf"(?<=\p{{Ll}}[,;:]?\s)(?:{lang.alternation(_POLITE_WORDS)})\b")
# Quoted spans: "straight", “curly”, „German“, «guillemets» either way round, ‘single’
# (a ’ before a letter is an apostrophe), 「Japanese」.
# (a " after a digit is an inch mark).
_QUOTED = regex.compile(r'(?<!\d)"[^"\n]{1,500}?"|“[^“”\n]{1,500}?”|„[^„“”"\n]{1,500}?[“”"]|«[^«»\n]{1,500}?»'
                        r"|»[^«»\n]{1,500}?«|‘[^‘\n]{1,500}?’(?!\p{L})|「[^「」\n]{1,500}?」")
# What follows a reported quote: the sentence's end, or its attribution after a comma or
# dash (unless the quote closes on its own comma or sentence end: "'We use cookies,' the
# banner read", „… geprüft.“ Bisher …).
_AFTER_REPORT = regex.compile(r"\W*$|\s*[,–—-]")
_OPENING_QUOTES = ('"', "“", "„", "«", "»", "‘", "「")
#: Words outside the quotes that make a quoting sentence reported speech ("the banner read").
MIN_FRAME_WORDS = 2
#: Words outside the quotes of a sentence that names a quote as its subject or object
#: ('"You have reached your limit" is the message they see').
MIN_MENTION_WORDS = 5
#: Fewest words before a quote inside a sentence that make it named, not clicked
#: ('The banner says "We use cookies"', not 'Click "Accept" ...').
MIN_MENTION_LEAD = 3
#: Words outside the parentheses that make a phrase inside them the writer's aside.
MIN_ASIDE_FRAME_WORDS = 8


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words, counted as white-space separated tokens holding a letter or digit
    (a lone dash or bullet is not a word), and in Chinese and Japanese by characters
    (cjk_words). A token that opens or closes with a letter or digit is a word without
    a look; only the rest meet the regex."""
    tokens = text.split()
    count = len(tokens) + (cjk_words(text) if not text.isascii() else 0)
    if count > 60:
        return count  # only thresholds far below this are ever asked
    for token in tokens:
        if not (token[0].isalnum() or token[-1].isalnum()) and _PUNCT_ONLY.fullmatch(token):
            count -= 1
    return count


def cjk_words(text: str) -> int:
    """The words a text's runs of Han, Hiragana and Katakana hold beyond the one token
    each run already counts as (CJK_CHARS_PER_WORD characters a word)."""
    return sum(max(len(run) // CJK_CHARS_PER_WORD - 1, 0) for run in _CJK.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (. ! ? …), quotes allowed after.
    (String methods on the tail: a regex anchored at `$` would try every position.)"""
    return text.rstrip(_WHITE_SPACE).rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def ends_with_punctuation(text: str) -> bool:
    """True for any closing punctuation, including ':' and ';'."""
    return text.rstrip(_WHITE_SPACE).rstrip(_CLOSERS).endswith(_TERMINALS)


def sentences(text: str) -> list[str]:
    """Split prose into sentences; abbreviations may over-split, which is harmless here."""
    parts = [p.strip() for p in _SENTENCE_SPLIT.split(text)]
    return [p for p in parts if p]


def unquoted(text: str) -> str:
    """The text with its quoted spans blanked (as many spaces): what a quoting sentence
    says in its own voice, the quotes being the speaker's."""
    if not any(q in text for q in _OPENING_QUOTES):
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def reported(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] stands inside quotes that the sentence reports: with
    MIN_FRAME_WORDS or more words of its own outside them, the quote ending the sentence
    or followed by its attribution ("The banner read: 'We use cookies.'", "'We use
    cookies,' the banner read"). A quoted line alone is the line itself, and a quoted
    button inside an instruction ('Click "Sign up now" to get …') is no report."""
    if not any(q in sentence for q in _OPENING_QUOTES):
        return False
    while start < end and not sentence[start].isalnum():
        start += 1  # a phrase read from the sentence's start ("^\W*sign up") holds the opening quote
    for m in _QUOTED.finditer(sentence):
        if m.start() < start and end < m.end():
            closing = m.group()[-2:-1]  # the quote's own last mark: "…," or "… reading."
            attributed = closing in ",.!?…" or _AFTER_REPORT.match(sentence, m.end()) is not None
            own = unquoted(sentence)
            return (attributed and word_count(own) >= MIN_FRAME_WORDS) or _mentioned(own, sentence[:m.start()])
    return False


def _mentioned(own: str, before: str) -> bool:
    """Whether a sentence names a quote in its own voice: MIN_MENTION_WORDS words of its
    own, none talking to the reader, the quote opening the sentence or after a frame of
    MIN_MENTION_LEAD words ("The banner says ..."). A prompt quotes its button after one
    verb, to the reader ('Click "Accept" to continue reading', 'Press "Join" for our
    newsletter')."""
    lead = word_count(before)
    return ((lead == 0 or lead >= MIN_MENTION_LEAD) and word_count(own) >= MIN_MENTION_WORDS
            and not addresses_reader(own))


def parenthetical(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] stands inside parentheses in a sentence with
    MIN_ASIDE_FRAME_WORDS or more words of its own outside them: the writer's aside ("Not
    that we're stingy (it's only $10 a year) but ..."). A line in parentheses whole
    is the line itself ("(Subscribe for $1 a week.)")."""
    opening = sentence.rfind("(", 0, start)
    if opening < 0 or ")" in sentence[opening:start]:
        return False
    closing = sentence.find(")", end)
    if closing < 0 or "(" in sentence[end:closing]:
        return False
    return word_count(sentence[:opening] + " " + sentence[closing + 1:]) >= MIN_ASIDE_FRAME_WORDS


def addresses_reader(text: str) -> bool:
    """Second person or first-person plural: how prompts talk, and reports rarely do."""
    low = text.lower()
    found = _READER_GATE.values
    for key, start, end in _READER_GATE.matches(low):
        if (start == 0 or not low[start - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            word = found[key]
            if word not in _LOWERCASE_ONLY or text[start:end] == word:
                return True
    return any(w in text for w in _POLITE_WORDS) and bool(_READER_POLITE.search(text))


def is_prose(text: str, min_words: int = 15) -> bool:
    """A body-paragraph shape: long enough and ending like a sentence."""
    if len(text) < 3 * min_words:
        return len(text) >= CJK_CHARS_PER_WORD * min_words and ends_sentence(text) and word_count(text) >= min_words
    if not ends_sentence(text):
        return False
    return len(text.split(None, min_words - 1)) >= min_words or (not text.isascii() and word_count(text) >= min_words)


def is_body_prose(text: str) -> bool:
    """An article paragraph: long, ending like a sentence, not talking to the reader."""
    return is_prose(text) and not addresses_reader(text)


def is_headline_shaped(text: str, max_words: int = 30) -> bool:
    """A headline: a few words, at least one letter, no closing '.', ',', ':' or ';'."""
    if len(text) > 250:
        return False
    n = word_count(text)
    if n < 2 or n > max_words:
        return False
    stripped = text.rstrip(" \"'”’»)")
    return not stripped.endswith((".", ",", ":", ";")) or stripped.endswith("...")


#: A line of fewer words names a site, a section or a page tool as often as a story
#: ("BBC News", "Text Only"; 14 of newsgold's 672 gold headlines are that short).
MIN_HEADLINE_WORDS = 3


def is_name_shaped(text: str) -> bool:
    """Every word capitalised, as a site's or a tool's name is ("Seth's Blog", "HOT JOBS",
    "The Independent"); a short headline has a word in lower case ("Bahnstreik beendet",
    "Brexit explained", "Grève terminée")."""
    found = words(text)
    return bool(found) and all(w[:1].isupper() for w in found)


#: Between a page title's headline, section and site name: a dash, bar, slash, dot, tilde or
#: guillemet between spaces ("Headline - Sport | Site"), "::", ": " after a word, "word- word".
TITLE_SEPARATOR = re.compile(r"\s+[-–—|·•»«/~]+\s+|\s*::\s*|(?<=\w):\s+|(?<=\w)-\s+(?=\w)")


#: The marks a blog puts where it cuts a post to its excerpt: "… the bill. [...]".
EXCERPT_MARKS = ("[...]", "[…]")
#: Words an excerpt has at least (a fragment of a paragraph, not a caption's or a code line's).
MIN_EXCERPT_WORDS = 11


def is_excerpt(text: str) -> bool:
    """A paragraph cut short with "[...]" or "[…]": another post's excerpt, as index
    pages and "related posts" boxes print it (inside an article the mark stands in a
    quote, which a headline above rarely precedes)."""
    return text.rstrip().endswith(EXCERPT_MARKS) and word_count(text) >= MIN_EXCERPT_WORDS


def is_table_rule(text: str) -> bool:
    """The line under a table's header row: bars, dashes and colons only."""
    stripped = text.strip()
    return bool(stripped) and stripped.startswith("|") and not stripped.strip("|-: ")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Compare-key: case, dashes, quotes, accents-as-composed and spacing folded."""
    text = unicodedata.normalize("NFKC", text)
    text = _FOLD_DASH.sub("-", text)
    text = _FOLD_QUOTE.sub("", text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def is_box_pitch(text: str) -> bool:
    """A box's pitch above its hit: a short line that talks to the reader."""
    return word_count(text) <= 20 and not is_prose(text) and addresses_reader(text)


def is_box_name(text: str) -> bool:
    """A box's name above its pitch: a few words, no sentence, no label ("Sources: …"
    is the article's own)."""
    return word_count(text) <= 5 and not ends_sentence(text) and ":" not in text
