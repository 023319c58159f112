"""Spanish residue phrases, grouped by junk family and concept.

From what Spanish-language news sites print inside articles: "Lea también:",
"LE PUEDE INTERESAR:", "Síguenos en ...", subscription walls and comment forms.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [r"(?:este|el) (?:artículo|contenido) es exclusivo (?:para|de) (?:suscriptores|socios|miembros)", r"contenido exclusivo para suscriptores",
                     r"suscríbete para (?:seguir|continuar) leyendo"],
            "sentence": [
                r"(?:este|el) (?:artículo|contenido) es exclusivo (?:para|de) (?:suscriptores|socios|miembros)",
                r"para (?:seguir|continuar) leyendo,? (?:suscríbete|inicia sesión|regístrate)",
                r"has (?:alcanzado|llegado a) (?:el|tu) límite de (?:artículos|noticias)",
            ],
        },
        "offer": {"sentence": [r"cancela cuando quieras", r"suscríbete (?:ahora|desde|por)", r"hazte (?:miembro|socio|suscriptor)", r"acceso ilimitado"]},
        "account": {"line": [r"¿?ya (?:eres|soy) (?:suscriptor|socio|miembro)\??(?: inicia sesión)?"], "button": [r"(?:inicia sesión|iniciar sesión|suscríbete|regístrate)"]},
    },
    "consent": {
        "cookie_notice": {
            "sentence": [r"(?:utilizamos|usamos) cookies", r"este sitio (?:web )?(?:utiliza|usa) cookies", r"si continúas navegando,? (?:consideramos que )?aceptas"],
            "line": [r"aceptar(?: todas| todo| cookies)?", r"rechazar(?: todas| todo)?", r"configurar cookies"],
        },
        "embed_gate": {
            "sentence": [
                r"este contenido (?:no está disponible|está bloqueado|ha sido bloqueado)", r"para (?:ver|mostrar) este contenido,? (?:debes|es necesario|tienes que|acepta)",
                r"al (?:hacer clic|pulsar) en [«\"“]?(?:aceptar|mostrar)",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [r"(?:suscríbete|ap[uú]ntate) a (?:nuestro|nuestra|el|la) (?:boletín|newsletter)(?: [\p{L}\- ]{1,30})?", r"(?:nuestro )?boletín(?: de noticias)?",
                     r"gracias por (?:suscribirte|registrarte|tu suscripción)"],
            "sentence": [r"(?:suscríbete|suscribirse|suscribirte) (?:aquí |gratis )?a (?:nuestro|nuestra|el|la) (?:boletín|newsletter)", r"(?:recibe|recibirás) (?:nuestro boletín|las noticias) (?:en tu (?:correo|bandeja))?", r"en tu (?:correo|bandeja de entrada)"],
        },
    },
    "comments": {
        "section": {"header": [r"(?:\d{1,6} )?comentarios?(?: \(?\d{1,6}\)?)?", r"(?:\d{1,6}|una?) (?:comentarios?|pensamientos?|respuestas?) (?:en|sobre|a) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?", r"deja (?:un|tu) comentario", r"deja una respuesta", r"(?:añadir|escribir|escribe) (?:un |tu )?comentario", r"(?:ver|mostrar) comentarios"]},
        "form": {
            "line": [r"(?:no hay|sin|aún no hay|todavía no hay) comentarios", r"(?:los )?comentarios (?:están )?(?:cerrados|desactivados)(?: para (?:este|esta) (?:artículo|noticia))?", r"(?:inicia sesión|regístrate|identifícate) para (?:comentar|dejar (?:un|tu) comentario)", r"¿?(?:te|le) (?:ha resultado|ha sido|fue|resultó) útil (?:este|esta) (?:artículo|noticia|información)", r"(?:reportar|notificar|comunicar) un error", r"tu (?:dirección de )?correo(?: electrónico)? no será publicad[oa]\.?(?: los campos obligatorios están marcados con ?\*?)?", r"los campos obligatorios están marcados con ?\*?"],
            "sentence": [
                r"tu (?:dirección de )?correo(?: electrónico)? no será publicad[oa]", r"los campos obligatorios están marcados",
                r"guarda mi nombre, correo electrónico y web en este navegador", r"este sitio usa akismet para reducir el spam",
                r"avísame (?:por correo electrónico )?de (?:los nuevos comentarios|nuevos comentarios|nuevas entradas)",
            ],
            "button": [r"responder", r"denunciar", r"sí,? no", r"nombre ?\*?", r"correo electrónico ?\*?", r"comentario ?\*?", r"web", r"publicar (?:el )?comentario", r"cancelar (?:la )?respuesta"],
        },
    },
    "related": {
        "taxonomy": {"label": [r"etiquetas?", r"temas?", r"palabras clave", r"categor(?:í|i)as?", r"tags?", r"archivado en"]},
        "read_next": {
            "label": [
                r"(?:artículo|entrada|noticia) (?:anterior|siguiente)", r"lea también", r"lee también", r"lea más", r"lee más", r"vea también", r"ver también", r"le puede interesar",
                r"te puede interesar", r"también te puede interesar", r"puedes ver", r"podría interesarte", r"te recomendamos",
                r"noticias? relacionadas?", r"relacionad[oa]s?", r"más información", r"para leer", r"también lee",
            ],
            "line": [r"(?:leer|ver) más", r"(?:volver|ir|subir) (?:arriba|al inicio)", r"(?:saltar|ir) al contenido(?: principal)?", r"más sobre [\p{L}\p{N}'’&.\- ]{1,40}", r"más noticias(?: de [\p{L}\p{N}'’&.\- ]{1,40})?"],
        },
        # Short labels that are words too: only with a headline after them.
        "teaser": {"label": [r"lea", r"lee", r"mira", r"mire", r"vea", r"video", r"temas", r"además"]},
        # Tail sections of press releases and blogs: after the last body paragraph (or, with a colon, in the text's last part).
        "tail_header": {"header": [r"(?:para )?más información", r"enlaces (?:de interés|relacionados)", r"sobre (?:el|la) autora?", r"contacto (?:de|para) prensa"]},
        # A table of contents repeats the subheadings that follow.
        "toc": {"header": [r"índice(?: de contenidos?)?", r"tabla de contenidos?", r"en este artículo"]},
        "list": {"header": [r"notas relacionadas", r"contenido relacionado", r"noticias relacionadas", r"artículos relacionados", r"lo más (?:leído|visto|popular)", r"temas", r"más noticias", r"también te puede interesar", r"te recomendamos"]},
    },
    "social": {
        "share": {
            "line": [r"compart(?:e|ir)(?: (?:esta noticia|este artículo|en [\p{L} ]{1,30}))?", r"(?:(?:compartir|tuitear|twittear|facebook|twitter|linkedin|whatsapp|telegram|e-?mail|imprimir|copiar enlace)[\s,|/·•]*){2,12}"],
            "button": [r"tuitear", r"twittear", r"imprimir", r"copiar enlace"],
        },
        "follow": {
            "line": [r"s[ií]guenos en [\p{L}, ]{1,80}",
                     r"s[ií]guenos(?: en)?",  # bare, over a row of platform links
                     r"únete a (?:nuestro|nuestra) (?:canal|comunidad|grupo) de [\p{L} ]{1,30}",
                     # a reporter's or the paper's account, the whole line ("Sigue a Ana López en X")
                     r"sigue a [\p{L}\p{N}'’.\- ]{1,40} en (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|telegram|whatsapp)(?:(?:,| y| o) (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|telegram|whatsapp))*",
                     r"sigue (?:toda )?(?:la|las) (?:información|actualidad|noticias|última hora)[^.!?]{0,60} en (?:nuestro|nuestra|nuestros|nuestras) (?:canal|cuenta|perfil|página|redes)(?: [\p{L}]{1,20}){0,3}"],
            "sentence": [
                r"s[ií]guenos en (?:facebook|twitter|x|instagram|tiktok|telegram|youtube|whatsapp)",
                r"tenemos (?:un )?canal de (?:telegram|whatsapp|youtube)",
                r"(?:únete|suscríbete) (?:a|desde) (?:nuestro|tu) (?:canal|celular)",
                r"nuestro canal de (?:youtube|telegram|whatsapp)",
            ],
        },
    },
    "promo": {
        # Tip lines: "¿Tienes una denuncia? Escríbenos a ...".
        "tips": {"sentence": [r"¿(?:tienes|tenés) (?:una )?(?:denuncia|noticia)(?: que contar(?:nos)?| para (?:nosotros|contarnos|la redacción))?\?", r"escríbenos a"]},
        "app": {"line": [r"descarga (?:la|nuestra) app(?: [\p{L}\- ]{1,30})?"], "sentence": [r"descarga (?:la|nuestra) (?:app|aplicación)"]},
        "membership": {"sentence": [r"hazte (?:miembro|socio)", r"apoya (?:nuestro|el|al) periodismo", r"beneficios exclusivos"]},
        "affiliate": {"line": [r"(?:contenido )?patrocinado(?: por [\p{L}\p{N}'’&.\- ]{1,40})?", r"publicidad"]},
    },
    "media": {
        "advert": {"line": [r"publicidad", r"anuncio", r"(?:la noticia|el artículo|la nota) (?:continúa|sigue) (?:(?:después|debajo) de|tras) (?:la|esta) publicidad"]},
        "embed": {"line": [
            r"cargando(?:…|\.\.\.)?", r"ver (?:video|galería|fotos)",
            r"tiempo de lectura:? \d{1,6} min(?:utos?)?", r"\d{1,6} min(?:utos?)? de lectura", r"escucha(?:r)? (?:este |esta |el |la )?(?:artículo|noticia|nota)",
        ]},
    },
    "legal": {
        "site_notice": {"line": [r"(?:funciona gracias a|con la tecnología de) [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {"sentence": [r"todos los derechos reservados",
                                   r"^este (?:artículo|texto|reportaje) (?:fue|ha sido) (?:publicado (?:originalmente|originariamente|por primera vez)|republicado) (?:en|por|de|desde)",
                                   r"^(?:lea|lee) el (?:artículo )?original", r"prohibida (?:su|la) reproducción"]},
        "ai_disclosure": {"sentence": [r"(?:(?:este|el) (?:artículo|texto|contenido)|esta (?:noticia|nota|información)) (?:fue|ha sido) (?:\w+ ){0,3}(?:generad|redactad|escrit|producid|elaborad)[oa] (?:con (?:ayuda de |la ayuda de )?|por |mediante )(?:una )?(?:inteligencia artificial|ia)"]},
    },
    "credits": {
        "byline": {"lead": [r"por"], "label": [r"autora?", r"redacción"]},
        "photo_credit": {"label": [r"foto(?:grafía)?s?", r"imagen", r"crédito"]},
        "dateline": {"lead": [r"publicado(?: el)?", r"actualizado(?: el)?", r"modificado(?: el)?", r"última actualización"]},
        "editor": {"lead": [r"editado por", r"edición de"], "label": [r"edición", r"editor(?:a)?"]},
        "contributor": {"lead": [r"con información(?: adicional)? de(?:l| la| las| los)?", r"con (?:la )?colaboración de"], "label": [r"colaboración"]},
        "role": {"sentence": [r"corresponsal(?:es)?", r"periodistas?", r"redactor(?:a|es)?", r"reporter[oa]s?", r"enviad[oa] especial", r"columnista", r"editor(?:a)?"]},
        "date_words": {"sentence": [r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)", r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)", r"de|del|a|las|hrs?"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:suscríbete|síguenos|descarga|únete|regístrate|comparte|haz clic|mira|descubre)\b"]}},
}

PACK = LanguagePack(
    code='es',
    phrases=PHRASES,
    stopwords=tuple('el los las y por para con un una es al lo se que del su no o como más pero sus le ha este esta fue'.split()),
    reader_words=tuple('tú tu tus te nosotros nuestro nuestra nuestros nuestras usted ustedes'.split()),
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=tuple('y'.split()),
    byline_words=tuple('por'.split()),
    place_words=tuple('en'.split()),
    platform_words=tuple('vía'.split()),
    also_words=None,
    photo_words=tuple('foto fotos'.split()),  # not 'imagen', 'crédito': names too ('Imagen Televisión')
    phone_labels=tuple('tel teléfono móvil celular fax'.split()),
    comment_actions=('responder', 'denunciar', 'me gusta'),
    relative_time=(r"hace\s+\d+\s+(?:minutos?|horas?|días?|semanas?)",),  # not years: "Una crisis de hace 15 años"
    comment_says=tuple('dice'.split()),  # a header's present ('Ana dice:'), not a quote's 'dijo:'
    self_reference=tuple('este esta'.split()),
    clock_words=None,  # not 'horas': '21.00 horas' stands in fixture boxes
    ordinal_suffixes=(),
)
