"""Word lists for attribution: reporting verbs, channels, the press, roles, pronouns.

Kept as plain sets so they can be reviewed and extended without touching the logic that uses them.
"""

from __future__ import annotations

from dateline.lexicon import NEWS_AGENCIES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report speech or writing. Their subject is a speaker and their complement is what was said.
SPEECH_VERBS = _words(
    """say tell add note state claim insist argue assert contend maintain explain write tweet post declare announce
    warn urge ask reply respond answer retort counter acknowledge admit concede confirm deny reject dismiss suggest
    predict promise pledge vow threaten call describe label brand dub term accuse charge allege blame criticize
    criticise praise complain lament boast recall report quote cite testify remark observe comment mention stress
    emphasize emphasise reiterate repeat joke quip muse shout yell scream whisper exclaim recount inform assure
    reassure remind advise caution demand propose recommend conclude decry denounce condemn
    slam blast tout hail laud applaud welcome signal indicate imply hint disclose reveal detail outline plead beg
    implore request order instruct swear guarantee proclaim pronounce reaffirm affirm dispute question wonder
    challenge protest object rail scoff mock ridicule taunt chide scold rebuke berate text email message
    acknowledge forecast estimate project predict calculate speculate theorize theorise suppose guess reason
    counsel lecture preach rant fume grumble mutter murmur sigh snap thunder bark concede clarify elaborate
    specify assert aver opine posit admonish exhort press lobby brief characterize characterise portray frame
    dub nickname accuse continue boom read thank refer chant echo mouth bemoan ponder interject anticipate address""")

# Nouns that report what their owner said: "her remark that …", "his warning that …", "their chants of …".
NOUN_CUES = _words(
    """remark remarks comment comments statement statements claim claims assertion argument accusation warning
    promise pledge vow call demand message view views criticism complaint description denial admission
    prediction insistence suggestion proposal plea appeal chant chants slogan catchphrase words answer reply
    response retort quip joke tweet tweets post posts testimony"""
)

# "in X's view": the noun that makes the phrase a source.
SOURCE_NOUNS = _words("view opinion words estimation telling account judgment judgement assessment")

# Auxiliaries that make a cue hypothetical: "would say", "will tell", "could argue".
MODALS = _words("will would could should might may can must shall 'll 'd wo ca")

# Verbs of thought and finding: they attribute a belief or a finding to their subject (indirect attribution).
THOUGHT_VERBS = _words(
    """believe think feel hope fear worry expect find show know understand suspect doubt assume presume imagine
    reckon consider regard see view recognize recognise realize realise decide determine judge agree disagree concur"""
)

CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS

# Phrasal cues: verb lemma -> particles or prepositions that make it a reporting verb ("hit back against").
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "hit": frozenset({"back", "out"}),
    "fire": frozenset({"back"}),
    "push": frozenset({"back"}),
    "lash": frozenset({"out"}),
    "speak": frozenset({"out", "up", "of", "about", "to"}),
    "point": frozenset({"out"}),
    "spell": frozenset({"out"}),
    "weigh": frozenset({"in"}),
    "chime": frozenset({"in"}),
    "go": frozenset({"on"}),
    "sound": frozenset({"off"}),
    "talk": frozenset({"about", "of"}),
    "put": frozenset({"it"}),
    "shoot": frozenset({"back"}),
}

# Cues whose object is the person spoken to, not what was said: "Putin told Pompeo".
ADDRESSEE_VERBS = _words(
    """tell warn urge ask inform assure reassure remind advise caution implore beg instruct order press lobby
    brief promise email text message challenge counsel admonish exhort thank congratulate"""
)

# Cues that take "to ..." as their content: "urged Cuba to make a deal", "vowed to fight".
TO_CONTENT_VERBS = ADDRESSEE_VERBS | _words(
    "vow pledge threaten promise agree refuse decline offer propose demand call plead request swear"
)

# The press as audience is a channel, not an addressee: "told reporters".
PRESS_NOUNS = _words(
    """reporter reporters journalist journalists press media newsman newsmen correspondent correspondents
    newspaper newspapers broadcaster broadcasters interviewer interviewers"""
)

# News organisations named as the audience ("told Reuters") are channels too: the agencies, and the papers and
# broadcasters below. Names are matched in lower case, where the agencies "PA" and "ANI" would also catch
# "told Pa" and "told Ani", someone spoken to.
NEWS_ORGANISATIONS = frozenset(agency.lower() for agency in NEWS_AGENCIES if agency not in ("PA", "ANI")) | {
    "fox news", "fox", "nbc", "abc", "cbs", "msnbc", "pbs", "axios", "politico", "the new york times",
    "the washington post", "the wall street journal", "the guardian", "the times", "sky news", "cnbc", "the hill",
}  # fmt: skip

# Nouns naming where something was said: "in a statement", "on X", "in a post on his Truth Social platform".
CHANNEL_NOUNS = _words(
    """statement statements post posts tweet tweets video videos interview interviews conference briefing
    briefings speech speeches remarks address letter letters email emails e-mail memo op-ed column article essay
    book blog podcast broadcast broadcasts program programme show radio television tv message messages text
    texts note release communique communiqué declaration filing testimony hearing rally event appearance session
    debate sermon lecture thread livestream stream website site platform account page channel app feed video-link
    announcement broadcast call telecast newsletter editorial documentary recording footage clip press-conference
    summit meeting forum town-hall townhall panel"""
)

# Platforms named without an article: "said on X", "wrote on Telegram".
PLATFORMS = frozenset(
    {
        "x", "twitter", "facebook", "instagram", "telegram", "tiktok", "youtube", "truth social", "threads",
        "bluesky", "linkedin", "whatsapp", "weibo", "wechat", "substack", "reddit", "snapchat", "vk", "mastodon",
    }
)

CHANNEL_PREPOSITIONS = _words("in on at during via through over with to")

# Roles written as a title before a name ("Governor Amelia Reyes", "Secretary Jane Roe").
TITLE_NOUNS = _words(
    """governor president minister senator mayor general judge commissioner secretary chancellor premier king queen
    prince princess pope sheriff chief director ambassador envoy spokesman spokeswoman"""
)

# Words before a name that are never part of it: titles, and honorifics written without a full stop ("Mr Smith").
NAME_TITLES = TITLE_NOUNS | _words("dr mr mrs ms sir lord")

# Nouns that name a role a person holds; a definite phrase headed by one ("the caretaker president") is a title
# mention that resolves to a person named with that role earlier.
ROLE_NOUNS = TITLE_NOUNS | _words(
    """vice-president spokesperson diplomat congressman congresswoman representative leader head official officer
    admiral commander emperor monarch cardinal bishop justice prosecutor attorney lawyer chairman chairwoman chair
    ceo founder candidate nominee lawmaker legislator mp aide adviser advisor negotiator counsel strongman
    dictator ruler president-elect lieutenant captain colonel inspector superintendent analyst economist expert
    professor researcher scientist doctor activist campaigner organiser organizer owner executive manager"""
)

# Qualifiers that must agree between a title mention and the person it names: "caretaker president" is the
# "interim president", not the "ousted president".
QUALIFIER_CLASSES: dict[str, str] = {
    "interim": "interim", "acting": "interim", "caretaker": "interim", "transitional": "interim",
    "provisional": "interim", "former": "former", "ex": "former", "ex-": "former", "then": "former",
    "ousted": "former", "deposed": "former", "outgoing": "former", "toppled": "former", "exiled": "former",
    "late": "former", "deputy": "deputy", "vice": "deputy", "incoming": "incoming", "elect": "incoming",
}

PERSON_PRONOUNS = _words("he she him her")
GROUP_PRONOUNS = _words("they them")
THING_PRONOUNS = _words("it")
FIRST_PERSON = _words("i we me us")
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PERSON

# Dashes that introduce a speaker after a quotation: "“…” — Commissioner Starks".
DASHES = frozenset({"—", "–", "--", "―", "-"})

# Verbs whose "to X" names the addressee: "said to Pompeo", "wrote to the council".
SAY_TO_VERBS = _words(
    """say speak write explain talk complain announce declare admit reply respond shout whisper add remark joke
    report tweet post mention describe confide confess insist vow pledge promise"""
)

# Participles that carry a channel for the cue they hang off: "speaking at a news conference, he warned …".
CHANNEL_SPEECH = _words("speak write appear talk post tweet testify address")
