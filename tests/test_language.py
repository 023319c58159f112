"""Article.language: identified from the body in both modes, the declared one only
below MIN_SAMPLE_CHARS of text, never None past it."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.language import MIN_SAMPLE_CHARS, identify

PROSE = {
    "en": "The city council approved the new cycle lanes on Tuesday after a debate that lasted more than four hours. "
          "Work on the first lane will begin in March and should be finished before the summer holidays.",
    "de": "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der mehr Geld für Parks und Schulen vorsieht. "
          "Die Opposition stimmte dagegen und kritisierte, dass zu wenig für die Straßen ausgegeben werde.",
    "fr": "Le conseil municipal a approuvé mardi les nouvelles pistes cyclables après un débat de plus de quatre heures. "
          "Les travaux de la première piste commenceront en mars et devraient être terminés avant l'été.",
    "es": "El ayuntamiento aprobó el martes los nuevos carriles bici tras un debate que duró más de cuatro horas. "
          "Las obras del primer carril empezarán en marzo y deberían terminar antes de las vacaciones de verano.",
    "it": "Il consiglio comunale ha approvato martedì le nuove piste ciclabili dopo un dibattito durato più di quattro ore. "
          "I lavori della prima pista inizieranno a marzo e dovrebbero finire prima delle vacanze estive.",
    "nl": "De gemeenteraad heeft dinsdag de nieuwe fietspaden goedgekeurd na een debat van meer dan vier uur. "
          "Het werk aan het eerste fietspad begint in maart en moet voor de zomervakantie klaar zijn.",
    "pt": "A câmara municipal aprovou na terça-feira as novas ciclovias depois de um debate que durou mais de quatro horas. "
          "As obras da primeira ciclovia começam em março e devem terminar antes das férias de verão.",
    "ru": "Городской совет во вторник одобрил новые велосипедные дорожки после дебатов, которые длились более четырёх часов. "
          "Работы на первой дорожке начнутся в марте и должны завершиться до летних каникул.",
    "sv": "Kommunfullmäktige godkände på tisdagen de nya cykelbanorna efter en debatt som varade i mer än fyra timmar. "
          "Arbetet med den första banan börjar i mars och ska vara klart före sommarlovet.",
}


@pytest.mark.parametrize("code", sorted(PROSE))
def test_text_mode_names_the_language_of_the_body(code: str) -> None:
    text = f"Headline of the day\n\n{PROSE[code]} {PROSE[code]}"
    assert len(PROSE[code]) * 2 >= MIN_SAMPLE_CHARS
    assert newsclean.clean_text(text).language == code


@pytest.mark.parametrize("code", ["de", "fr", "ru"])
def test_html_mode_reads_the_body_not_the_declared_language(code: str) -> None:
    page = f'<html lang="en"><body><article><h1>Title</h1><p>{PROSE[code]} {PROSE[code]}</p></article></body></html>'
    assert newsclean.clean_html(page).language == code


def test_html_without_a_lang_attribute_still_gets_a_language() -> None:
    page = f"<html><body><article><h1>Title</h1><p>{PROSE['nl']} {PROSE['nl']}</p></article></body></html>"
    assert newsclean.clean_html(page).language == "nl"


def test_short_text_keeps_the_declared_language_or_none() -> None:
    assert newsclean.clean_text("Short note.\n\nAnother line.").language is None
    page = '<html lang="pt-BR"><body><article><p>Curto demais para saber.</p></article></body></html>'
    art = newsclean.clean_html(page)
    assert art.error or art.language == "pt"


def test_any_str_is_identified() -> None:
    assert identify(PROSE["en"] + " \ud800 " + PROSE["en"]) == "en"
