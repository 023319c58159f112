"""Portuguese residue phrases (Brazil and Portugal), grouped by junk family and concept.

Written from what Portuguese-language news sites print around their articles:
"Conteúdo exclusivo para assinantes", "Já é assinante? Faça login", "Receba a
newsletter", "Leia também:", "Mais lidas", "Deixe seu comentário", "Seu endereço de
e-mail não será publicado". Sentence patterns speak to the reader ("você", "seu
e-mail"); reports about paywalls or newsletters speak about them and must not match.
"seu"/"sua" are not reader words here: they are also "his"/"her" in every report.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                r"(?:este |esta )?(?:conteúdo|artigo|reportagem|matéria|texto) (?:é )?(?:exclusiv[oa]|restrit[oa]) (?:para|a|de) (?:assinantes|subscritores)",
                r"(?:exclusivo|só|apenas) para (?:assinantes|subscritores)",
                r"(?:para )?continu(?:e|ar) (?:lendo|a ler)(?: (?:esta|este) (?:reportagem|matéria|artigo|texto))?(?: \.\.\.|…)?",
                r"(?:assine|subscreva|cadastre-se|registe-se|entre) (?:já |agora )?para (?:continuar (?:lendo|a ler)|ler (?:a|o) (?:matéria|reportagem|artigo|texto) completo?a?)",
            ],
            "sentence": [
                r"(?:para|pra) continuar (?:lendo|a ler)(?: (?:esta|este) (?:reportagem|matéria|artigo|texto))?,? (?:assine|subscreva|faça (?:login|o seu registo)|cadastre-se|entre)",
                r"você (?:atingiu|chegou ao|alcançou) (?:o )?limite (?:de|mensal de) (?:reportagens|matérias|artigos|textos|conteúdos)",
                r"você já (?:leu|acessou) \d{1,6} (?:de|das) \d{1,6} (?:reportagens|matérias|artigos|textos)",
                r"(?:este|esta) (?:conteúdo|artigo|reportagem|matéria) é (?:exclusiv[oa]|restrit[oa]) (?:para|a) (?:assinantes|subscritores)",
                r"(?:assine|subscreva) (?:já |agora )?(?:para|e) (?:ler|continuar|ter acesso)",
            ],
        },
        "offer": {
            "sentence": [
                r"(?:acesso|acesse) (?:ilimitado|ilimitada|completo|irrestrito) (?:a|ao|aos|às) (?:todo o |todos os )?(?:conteúdos?|reportagens|matérias|site|jornal)",
                r"(?:assine|assinatura) (?:por|a partir de) (?:apenas |só )?(?:r\$|€) ?\d{1,6}(?:[.,]\d{1,6})?",
                r"cancele quando quiser",
                r"(?:primeiro|1º) mês (?:grátis|gratuito|por r\$ ?\d{1,6})",
                r"apoie o jornalismo (?:profissional|independente|de qualidade)",
            ],
        },
        "account": {
            "line": [r"já é (?:assinante|subscritor|cadastrado)\?? ?(?:(?:faça (?:o )?login|entre|inicie (?:a )?sessão)(?: aqui)?)?"],
            "sentence": [r"já é (?:assinante|subscritor)\?", r"(?:faça (?:o )?login|inicie sessão) (?:para|com a sua conta)"],
            "button": [r"assine(?: já| agora)?", r"entrar", r"(?:faça )?login", r"subscrever", r"iniciar sessão"],
        },
    },
    "consent": {
        "cookie_notice": {
            "sentence": [
                r"(?:este|o nosso|nosso) (?:site|portal|website) (?:utiliza|usa) cookies",
                r"(?:nós )?(?:utilizamos|usamos) cookies",
                r"ao (?:continuar (?:navegando|a navegar)|navegar|utilizar) (?:neste|no nosso|no) (?:site|portal)?,? (?:você )?(?:concorda|aceita)",
                r"(?:gerir|gerenciar|alterar) (?:as )?(?:suas )?(?:preferências|definições|configurações) de (?:cookies|privacidade)",
            ],
            "line": [
                r"(?:(?:aceitar|rejeitar|recusar|permitir|gerir|gerenciar)(?: todos)?(?: os)?(?: cookies)? ?)+",
                r"(?:política|configurações|definições|preferências) de (?:cookies|privacidade)",
            ],
        },
        "embed_gate": {
            "sentence": [r"este conteúdo (?:é fornecido|é disponibilizado|vem) (?:por|de) [\p{L}\p{N}'’&.\- ]{1,40},? que pode (?:estar )?(?:a )?(?:usar|utilizar|usando|utilizando) cookies"],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:receba|assine|subscreva|inscreva-se (?:na|em)|cadastre-se (?:na|em)) (?:a |nossa |a nossa )?newsletters?(?: [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"newsletters?(?: [\p{L}\p{N}'’&.\- ]{1,30})?",
                r"(?:obrigad[oa]|agradecemos) (?:por|pela) (?:se inscrever|se cadastrar|sua inscrição|subscrição|subscrever)",
                r"receba (?:as|os|a|o|nossas|nossos) [^.!?]{1,60} (?:no seu|em seu|por) e-?mail",
                r"(?:digite|insira|introduza|informe) (?:o )?(?:seu )?e-?mail",
                r"(?:o )?seu (?:endereço de )?e-?mail|endereço de e-?mail",
                r"inscrição (?:realizada|feita|confirmada) com sucesso",
            ],
            "sentence": [
                r"(?:receba|recebe) (?:no|em|direto no|diretamente no) (?:seu )?(?:e-?mail|email|inbox|caixa de entrada)",
                r"(?:direto|diretamente|gratuitamente|de graça|todos os dias|toda semana) (?:no|na|em) (?:seu |sua )?(?:e-?mail|caixa de entrada|inbox)",
                r"(?:inscreva-se|cadastre-se|subscreva) (?:na|em|a) (?:nossa )?newsletter",
                r"ao (?:se )?(?:inscrever|cadastrar|subscrever)(?:-se)?,? você (?:concorda|aceita)",
                r"você pode (?:cancelar|cancelar a inscrição|descadastrar-se) (?:a qualquer momento|quando quiser)",
                r"(?:houve|ocorreu) um erro ao (?:processar|realizar) (?:a sua|sua) (?:inscrição|subscrição)",
            ],
            "button": [r"(?:inscrever|inscreva-se|cadastrar|cadastre-se|subscrever|enviar|assinar)(?: já| agora)?", r"quero receber"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:\d{1,6} )?comentários?(?: \(?\d{1,6}\)?)?",
                r"(?:\d{1,6}|uma?) (?:comentários?|pensamentos?|respostas?) (?:em|sobre|para) [„“«\"‘'‚][^„“”«»\"'.!?]{1,150}[“”»\"’']?",  # a blog engine's "N thoughts on “Title”"
                r"(?:deixe|deixa|escreva|faça) (?:um|o seu|seu) comentário",
                r"(?:ver|mostrar|carregar|leia os)(?: todos os)?(?: \d{1,6})? comentários",
                r"comente(?: (?:esta|este) (?:notícia|matéria|artigo))?",
                r"(?:os )?comentários (?:estão )?(?:encerrados|fechados|desativados)",
            ],
        },
        "form": {
            "line": [
                r"(?:ainda )?(?:não há|nenhum|sem) comentários?", r"este artigo foi útil", r"(?:reportar|comunicar|informar) (?:um )?erro",
                r"(?:o )?seu (?:endereço de )?e-?mail não será publicado\.?(?: (?:os )?campos obrigatórios (?:são|estão) marcados com ?\*?)?",
                r"(?:os )?campos obrigatórios (?:são|estão) marcados com ?\*?",
                r"(?:faça login|inicie sessão|entre) para comentar",
                r"seja o primeiro a comentar",
                r"cancelar (?:resposta|comentário)",
                r"(?:publicar|enviar) comentário",
            ],
            "sentence": [
                r"(?:o )?seu (?:endereço de )?e-?mail não será publicado",
                r"campos obrigatórios (?:são|estão) marcados",
                r"(?:os )?comentários (?:são|serão) (?:moderados|revistos|analisados)",
                r"(?:leia|consulte|respeite) (?:as|os) (?:regras|normas|termos) (?:de uso|da comunidade|dos comentários)",
            ],
            "button": [r"responder", r"denunciar", r"curtir", r"sim,? não", r"nome ?\*?", r"e-?mail ?\*?", r"comentário ?\*?", r"enviar", r"publicar"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                r"(?:artigo|post|notícia) (?:anterior|seguinte)", r"leia (?:também|mais|a seguir)", r"veja (?:também|mais)", r"saiba mais", r"ler (?:também|mais)",
                r"(?:notícias|matérias|reportagens) relacionadas", r"relacionad[oa]s?", r"recomendad[oa]s?(?: para você)?",
                r"não perca", r"continue lendo", r"a seguir",
            ],
            "line": [r"(?:leia|ler|veja) (?:mais|a (?:matéria|reportagem|notícia) completa)(?: aqui)?", r"(?:voltar|ir) (?:ao|para o) topo", r"(?:pular|saltar|ir) para o conteúdo(?: principal)?", r"(?:ver|mostrar) (?:mais|todas)(?: [\p{L}\p{N}'’ ]{1,30})?"],
        },
        # Tail sections of press releases and blogs: after the last body paragraph (or, with a colon, in the text's last part).
        "tail_header": {"header": [r"(?:para )?mais informações", r"links (?:úteis|relacionados)", r"sobre (?:o autor|a autora)", r"contato (?:para|de) imprensa"]},
        # A table of contents repeats the subheadings that follow.
        "toc": {"header": [r"índice", r"neste artigo", r"conteúdo deste artigo"]},
        "list": {
            "header": [
                r"(?:as |os )?mais (?:lid[oa]s|vist[oa]s|populares|comentad[oa]s|partilhad[oa]s|compartilhad[oa]s)(?: (?:hoje|da semana|agora))?",
                r"(?:notícias|matérias|reportagens|artigos|conteúdos?) relacionad[oa]s",
                r"(?:últimas|mais) notícias", r"você (?:também )?pode (?:gostar|se interessar)", r"recomendad[oa]s(?: para você)?",
                r"veja também", r"leia também",
            ],
        },
        "teaser": {"label": [r"assista", r"vídeo", r"ouça", r"fotos", r"galeria", r"ao vivo"]},
        "taxonomy": {"label": [r"tags?", r"temas?", r"tópicos?", r"assuntos?", r"palavras-chave", r"categorias?"]},
    },
    "social": {
        "share": {
            "line": [
                r"(?:compartilh[ae]r?|partilh[ae]r?)(?: (?:esta|este) (?:notícia|matéria|artigo|reportagem))?(?: (?:no|via|em) [\p{L}\p{N} ]{1,30})?",
                r"(?:(?:compartilhar|partilhar|facebook|twitter|linkedin|whatsapp|telegram|e-?mail|imprimir|copiar (?:o )?link)[\s,|/·•]*){2,12}",
            ],
            "button": [r"imprimir", r"copiar (?:o )?link"],
        },
        "follow": {
            "line": [r"siga(?:-nos| o [\p{L}\p{N}'’&.\- ]{1,40})? (?:no|nas|nos|pelo) [\p{L}, ]{1,60}", r"siga-nos(?: n[oa]s?)?",  # bare: over a row of platform links
                     r"siga (?:[oa] )?[\p{L}\p{N}'’&.\- ]{1,40} n[oa] (?:x|twitter|instagram|facebook|tiktok|linkedin|youtube|threads|bluesky|whatsapp|telegram)",
                     r"(?:entre|junte-se|participe) (?:no|ao|do) (?:nosso )?(?:canal|grupo|comunidade) (?:do|no|de) (?:whatsapp|telegram)"],
            "sentence": [r"siga(?:-nos| o [\p{L}\p{N}'’&.\- ]{1,40})? (?:no|nas|nos|pelo) (?:facebook|twitter|instagram|x|tiktok|youtube|whatsapp|telegram|redes sociais)"],
        },
    },
    "promo": {
        # Tip lines: "Tem uma denúncia? Escreva para ...".
        "tips": {"sentence": [r"(?:tem|você tem) (?:uma )?sugestão de pauta\?", r"(?:tem|você tem) uma denúncia\?(?= (?:escreva|envie)(?:-nos)? para)", r"^(?:escreva|envie)(?:-nos)? para (?:a redação|[\w.+\-]+@[\w\-]+)"]},
        "app": {"line": [r"(?:baixe|descarregue|instale) (?:o|o nosso|nosso) (?:app|aplicativo|aplicação)(?: [\p{L}\p{N}'’&.\- ]{1,30})?"],
                "sentence": [r"(?:baixe|descarregue) (?:o|o nosso|nosso) (?:app|aplicativo|aplicação)"]},
        "podcast": {"line": [r"ouça (?:o|o nosso|nosso) podcast(?: [\p{L}\p{N}'’&.\- ]{1,40})?"]},
        "membership": {"sentence": [r"apoie (?:o )?(?:nosso |o )?jornalismo", r"torne-se (?:assinante|membro|sócio)"]},
        "affiliate": {"line": [r"(?:conteúdo |publieditorial |publicação )?patrocinad[oa](?: por [\p{L}\p{N}'’&.\- ]{1,40})?", r"publieditorial"]},
    },
    "media": {
        "advert": {"line": [r"publicidade", r"anúncio", r"continua (?:depois|após) (?:da|a) publicidade"]},
        "embed": {"line": [
            r"(?:a )?carregar(?:…|\.\.\.)?", r"carregando(?:…|\.\.\.)?", r"(?:ver|assistir) (?:o )?(?:vídeo|galeria|fotos)",
            r"tempo de leitura:? \d{1,6} min(?:utos?)?", r"\d{1,6} min(?:utos?)? de leitura",
            r"(?:ouvir|ouça|escute|escutar) (?:este |esta |o |a )?(?:artigo|texto|notícia|matéria|reportagem)",
        ]},
    },
    "legal": {
        "site_notice": {"line": [r"(?:orgulhosamente )?mantido com [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"]},  # the blog engine's footer ("Powered by X")
        "copyright": {"sentence": [r"todos os direitos reservados",
                                   r"^este (?:artigo|texto) (?:foi|é) (?:publicado (?:originalmente|pela primeira vez)|republicado) (?:em|no|na|pelo|pela|do|da)",
                                   r"^leia o (?:artigo )?original", r"(?:é )?proibida a (?:reprodução|cópia)(?: total ou parcial)?"]},
        "ai_disclosure": {"sentence": [r"(?:este|esta) (?:texto|artigo|conteúdo|matéria|reportagem) (?:foi|é) (?:\w+ ){0,3}(?:gerad[oa]|escrit[oa]|produzid[oa]|redigid[oa]) (?:com (?:a |o )?(?:ajuda|auxílio|recurso|apoio) (?:de|da) |por |com )(?:uma )?(?:inteligência artificial|ia)"]},
    },
    "credits": {
        "byline": {"lead": [r"por"], "label": [r"autor(?:a|es)?", r"reportagem", r"texto"]},
        "editor": {"label": [r"edição", r"editad[oa] por", r"editor(?:a)?"]},
        "photo_credit": {"label": [r"fotos?", r"imagem", r"crédito(?:s)?(?: da imagem| das fotos)?"]},
        "dateline": {"lead": [r"publicad[oa] (?:em|a|às)", r"atualizad[oa] (?:em|a|às)", r"publicad[oa]", r"atualizad[oa]"]},
        "contributor": {"lead": [r"com informações d(?:e|a|o|as|os)", r"colaboração de", r"colaborou", r"colaboraram"], "label": [r"colaboração"]},
        "role": {"sentence": [r"correspondentes?", r"jornalistas?", r"repórter(?:es)?", r"redator(?:a|es)?", r"colunista", r"enviad[oa] especial", r"editor(?:a)?"]},
        "date_words": {"sentence": [
            r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)",
            r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo", r"de|às|atualizad[oa]|publicad[oa]|em",
        ]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:assine|inscreva-se|cadastre-se|baixe|siga|confira|clique|participe|receba|descubra)\b"]}},
}

PACK = LanguagePack(
    code="pt",
    phrases=PHRASES,
    stopwords=tuple("o a os as de do da dos das e em no na nos nas um uma para por com que se não é ao".split()),
    reader_words=tuple("você vocês nós nosso nossa nossos nossas".split()),
    reader_words_lowercase_only=None,
    polite_reader_words=None,
    name_joiners=("e",),
    byline_words=("por",),
    place_words=("em",),
    platform_words=None,
    also_words=None,
    photo_words=("foto", "fotos", "imagem"),
    phone_labels=("tel", "telefone"),
    comment_actions=("responder", "denunciar", "curtir"),
    relative_time=(r"há\s+\d+\s+(?:minutos?|horas?|dias?|semanas?|meses|mês|anos?)",),
    comment_says=("disse", "escreveu"),
    self_reference=("este", "esta", "o presente"),
    clock_words=None,
    ordinal_suffixes=None,
)
