"""Which of a sentence's coded events it tells: an event another event of the sentence already tells is dropped
(the same kind of event below it, "shelled the town, killing 20"; a purpose, "met to discuss"; a setting, "a day
after militants stormed a camp"; a reason, "accusing Tehran of arming the rebels"), and a few pairs are one event
("bowing to pressure, agreed to": a concession; "a raid on the temple, killing hundreds": an assault)."""

from __future__ import annotations

from typing import Any

from dateline.events.coded import VERBAL, Coded
from dateline.events.lexicon import Coding
from dateline.events.token_kinds import HOW_MANY, children_of, misparsed_verb
from dateline.events.word_classes import SAYING

Token = Any  # spaCy's Token

_MATERIAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST", "RETREAT", "AID", "COOPERATE"})


_YIELDING = frozenset({"bow", "cave", "yield", "bend", "give", "succumb", "relent", "heed", "back", "bowing", "caving"})
_GIVEN_WAY = frozenset({"AGREE", "SUPPORT", "CONSULT", "REJECT", "RETREAT"})


def yielded(found: list[Coded], candidates: list[Token]) -> list[Coded]:
    """"Bowing to pressure, the government agreed to raise wages": what is done in giving way is a concession (the
    manual's CONCEDE), one event with the participle that says so (``candidates``: the sentence's trigger words)."""
    openers = [t for t in candidates if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in _YIELDING
               and any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "prt" and c.lower_ == "in" for c in children_of(t))]
    for opener in openers:
        # what the clause it opens tells: its own verb's event, or one the verb reports ("said it would accept")
        inside = {t.i for t in opener.head.subtree} - {t.i for t in opener.subtree}
        done = next((c for c in found if c.anchor.i == opener.head.i), None)
        done = done or next((c for c in found if c.anchor.i in inside), None)
        if done is not None and done.coding.type in _GIVEN_WAY | {"CONCEDE"}:
            cameo = done.coding.cameo if done.coding.cameo.startswith("08") else "080"
            done.coding = Coding("CONCEDE", cameo)
            found = [c for c in found if c.anchor.i not in {t.i for t in opener.subtree}]
    for bowed in [c for c in found if c.coding.type == "CONCEDE" and c.anchor.lemma_.lower() in _YIELDING]:
        # "bowed to opposition demands and accepted an amendment": what was accepted is the concession
        found = [c for c in found if not (c.anchor.dep_ == "conj" and c.anchor.head.i == bowed.anchor.i
                                          and c.coding.type in ("AGREE", "SUPPORT"))]  # fmt: skip
    return found


_KILLING = frozenset({"kill", "wound", "injure", "massacre", "slaughter", "murder", "leave"})
# What an attack named as a noun does as a verb's subject: "a drone strike killed", "the blast destroyed".
WREAKING = _KILLING | {"destroy", "damage", "hit", "claim", "flatten", "level", "wreck"}


_FORCE_WORDS = frozenset({"action", "force", "strike", "attack", "invasion", "war", "intervention", "retaliation",
                          "offensive", "raid", "response", "option"})  # fmt: skip


def not_ruled_out(found: list[Coded]) -> list[Coded]:
    """"Did not rule out military action", "could not rule out a strike": a threat, not a rejection denied."""
    for coded in found:
        if coded.hit.key not in ("rule out", "exclude") or not (coded.negated or coded.rule.startswith("intent:")):
            continue
        kept_open = [c for c in children_of(coded.hit.token) if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() == "sanction" for o in kept_open):
            coded.coding, coded.negated, coded.hypothetical = Coding("THREATEN", "1312"), False, True
        elif any(o.lemma_.lower() in _FORCE_WORDS for o in kept_open):
            coded.coding, coded.negated, coded.hypothetical = Coding("THREATEN", "138"), False, True
    return found


def _rescue(coded: Coded) -> bool:
    return coded.coding.type == "AID" and (coded.hit.key.endswith("captives by force") or coded.anchor.lemma_.lower() == "rescue")


def one_attack(found: list[Coded]) -> list[Coded]:
    """"A car bomb exploded outside the barracks, killing 11": the bombing and its killing are one assault; a ransom
    demanded by kidnappers is part of the kidnapping."""
    attacks = [c for c in found if c.coding.type == "ASSAULT"]
    subjects = {c.anchor.i for c in attacks if c.rule.startswith("noun:")}
    kept = []
    for coded in found:
        killing = coded.coding.type == "ASSAULT" and coded.anchor.dep_ == "advcl" and coded.anchor.tag_ == "VBG"
        if killing and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in subjects for c in children_of(coded.anchor.head)):
            continue
        if coded.rule.endswith(" explosive") and any(c.dep_ == "nsubj" and c.i in subjects for c in children_of(coded.anchor)):
            continue  # "a car bomb exploded": the bomb, coded as the noun it is, is the attack
        if coded.coding.type == "ASSAULT" and coded.rule.startswith("verb:") and coded.anchor.lemma_.lower() in WREAKING and any(
                c.dep_ == "nsubj" and c.i in subjects for c in children_of(coded.anchor)):
            continue  # "a US drone strike killed a commander": the strike is the attack, the killing what it did
        ransom = coded.coding.type == "REQUEST" and any(c.lemma_.lower() == "ransom" for c in coded.hit.token.subtree)
        if ransom and any(a.coding.cameo.startswith("181") for a in attacks):
            continue
        kept.append(coded)
    return kept


def rescues(found: list[Coded]) -> list[Coded]:
    """"Stormed the residence and freed 71 hostages": the storming is how the rescue was done, one AID."""
    rescued = [c for c in found if _rescue(c)]
    linked = {t.i for r in rescued for t in (r.anchor.head, *children_of(r.anchor))
              if t.dep_ in ("conj", "advcl") or r.anchor.dep_ == "conj" and t.i == r.anchor.head.i}  # fmt: skip
    return [c for c in found if not (rescued and c.coding.type == "ASSAULT" and c.anchor.i in linked)]


def raids_that_killed(found: list[Coded]) -> list[Coded]:
    """"Carried out a raid on the temple, killing hundreds": a raid or a seizure that killed is one assault."""
    killings = {c.anchor.head.i: c for c in found if c.coding.type == "ASSAULT" and c.anchor.dep_ == "advcl"
                and c.anchor.tag_ == "VBG" and c.anchor.lemma_.lower() in _KILLING}  # fmt: skip
    merged: set[int] = set()
    for coded in found:
        killing = killings.get(coded.anchor.i)
        if killing is not None and coded.coding.type == "COERCE" and coded.coding.cameo.startswith("17"):
            coded.coding = Coding("ASSAULT", "190")
            coded.participants.recipients = coded.participants.recipients or killing.participants.recipients
            merged.add(id(killing))
    return [coded for coded in found if id(coded) not in merged]


_JUDGING = frozenset({"convict", "accuse", "suspect", "charge", "guilty", "sentence", "arrest", "detain", "jail",
                      "try", "indict", "acquit", "innocent", "blame"})  # fmt: skip


def charged_with(coded: Coded) -> bool:
    """"A soldier convicted of killing eight civilians", "suspected of carrying out the attack": the charge, told as
    what someone is accused or convicted of, not as an event the sentence reports."""
    anchor = coded.anchor
    if anchor.dep_ != "pcomp" and not (anchor.dep_ == "pobj" and coded.rule.startswith("noun:")):
        return False
    prep = anchor.head
    return prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in _JUDGING


_PREVENTING = frozenset({"prevent", "stop", "bar", "ban", "block", "keep", "prohibit", "deter", "discourage", "restrain",
                         "forbid", "dissuade", "hinder", "preclude"})  # fmt: skip


def prevented(coded: Coded) -> bool:
    """"Seized their passports, preventing them from flying to a conference": what was kept from happening."""
    anchor = coded.anchor
    return anchor.dep_ in ("pcomp", "pobj") and anchor.head.lower_ == "from" and anchor.head.head.lemma_.lower() in _PREVENTING


def circumstance_of(coded: Coded, found: list[Coded]) -> bool:
    """"Bowing to pressure, the government said it would withdraw the law": a participle opening the sentence tells,
    as its circumstance, the same kind of event the sentence then reports."""
    anchor = coded.anchor
    opening = anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.i < anchor.head.i
    defying = opening and anchor.lemma_.lower() == "defy" and len(found) > 1  # "Defying a police ban, thousands rallied"
    return defying or opening and any(other is not coded and other.coding.type == coded.coding.type for other in found)


def main_events(found: list[Coded]) -> list[Coded]:
    """Drop what another event of the sentence already tells: the same kind of event below it ("shelled the town,
    killing 20"), a purpose ("met to discuss"), a background event named in passing ("after the killing of")."""
    kept: list[Coded] = []
    # "..., weeks after gunmen stormed parliament": the setting, however little else is coded, and no event above
    # what the sentence tells when the parser makes it the root
    found = [coded for coded in found if not dated_setting(coded.anchor)]
    conditions = {t.i for c in found if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c.anchor))
                  for t in c.anchor.subtree}  # fmt: skip
    if any(coded.anchor.i not in conditions for coded in found):  # "would rain rockets on Tel Aviv if Israel bombed
        found = [coded for coded in found if coded.anchor.i not in conditions]  # Beirut": the condition, however hung
    told = [coded for coded in found if not _in_background(coded.anchor, None)]
    for coded in found:
        above = _governing(coded, found)
        if above is None:
            setting = coded.rule.startswith("noun:") and coded.anchor.dep_ == "pobj" and coded.anchor.head.lower_ in ("despite", "amid")
            # "leaders meeting in Auckland announced": the speakers' setting; "foreigners abducted this year": a past
            # event the noun is described by
            setting = setting or coded.anchor.dep_ == "acl" and coded.anchor.tag_ in ("VBG", "VBN") and not any(
                c.dep_ == "agent" for c in children_of(coded.anchor)) and coded.anchor.head.dep_ != "ROOT" and not _told_by(coded.anchor.head)
            # (but "Thousands of Egyptians massed in the square": a noun the parser made the root, its verb the event)
            # "..., officials said, prompting the Kremlin to promise a response": what followed, hung on the report
            followed = any(t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in _CONSEQUENCES and t.i != coded.anchor.i
                           for t in _chain(coded.anchor, coded.anchor.sent.root, steps=8))  # fmt: skip
            setting = setting or followed
            if told and (coded not in told or setting and len(told) > 1):
                continue  # "..., after Kuala Lumpur offered to host the talks, an adviser said": a setting, however
                # the parser hangs it, when the sentence tells an event of its own
            kept.append(coded)
            continue
        anchor = coded.anchor
        nominal = coded.rule.startswith(("noun:", "state:"))
        if nominal and anchor.dep_ == "nsubj" and above.hit.key in ("pact takes effect", "ceasefire takes effect"):
            above.participants.actors = above.participants.actors or coded.participants.actors
            continue  # "a trade pact between Chile and China took effect": the pact put in force, by its parties
        if nominal and coded.coding.type == "CONSULT" and _in_setting(anchor, above.anchor):
            continue  # "admitted it as a member at its summit", "said at the end of the minister's visit"
        restated = above.coding.type == "AGREE" and coded.coding.type in ("CONSULT", "AID", "COOPERATE", "SUPPORT")
        if nominal and restated and same_doers(coded, above):
            continue  # "will travel to Turkey in November, his first visit to a Muslim country": the visit promised
        # "arrived in Nairobi for his first visit to Kenya": the visit is the arrival's, its "his" the arriving one
        held = nominal and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i  # "mediated secret contacts between"
        framing = nominal and anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "as") and anchor.head.head.i == above.anchor.i
        if above.coding.type == coded.coding.type and (held or framing):
            continue  # "dispatched the carrier in a show of force": the same event, named again
        chain = _chain(anchor, above.anchor)
        if nominal and any(t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in _CITING for t in chain):
            continue  # "halted military aid, citing the killing of an American innkeeper": the reason given
        demanded = above.coding.type in ("REQUEST", "THREATEN", "REJECT") and any(
            t.dep_ == "xcomp" and any(c.tag_ == "TO" for c in children_of(t)) for t in chain)
        demanded = demanded or above.coding.type in ("REQUEST", "REJECT") and any(t.dep_ == "ccomp" for t in chain)
        # "demanded that Ethiopia and Eritrea halt hostilities and withdraw their forces": what is asked
        bare = anchor.dep_ == "conj" and anchor.tag_ == "VB" and anchor.head.i == above.anchor.i and above.anchor.tag_ in ("VBD", "VBZ")
        if bare and above.coding.type in ("REQUEST", "THREATEN"):
            continue  # "demanded that they halt hostilities and withdraw": a bare verb the parser coordinated with the
            # demand is what is demanded
        if above.coding.type == "REJECT" and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i:
            continue  # "defied African Union calls to step down": what is defied
        if any(t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in _CONSEQUENCES for t in chain):
            continue  # "..., prompting Washington to rush a carrier to the Gulf": what followed, told in passing
        if demanded and anchor.i != above.anchor.i:
            continue  # "ordered the army to explain why it had demolished the homes": what is asked, not told
        if above.coding.type == coded.coding.type and not (nominal and coded.participants.actors and not same_doers(coded, above)):
            continue  # but "discussed Iran, following Kim's visit to Russia": a visit of its own
        if any(child.tag_ == "TO" for child in children_of(anchor)) and anchor.dep_ in ("advcl", "xcomp", "acl"):
            continue
        if anchor.dep_ in ("relcl", "acl", "amod") and not misparsed_verb(anchor):
            continue
        coordinated = anchor.dep_ == "conj" and anchor.pos_ == "VERB" and anchor.head.i == above.anchor.i and coded.rule.startswith("frame:")
        if coded.hypothetical and not above.hypothetical and not coordinated:
            continue  # "willing to send aid if it is attacked", but "lifted the curfew and promised to free them"
        grievance = anchor.dep_ == "pobj" and anchor.head.lower_ in ("against", "over") and above.coding.type in ("PROTEST", "ACCUSE")
        if nominal and grievance:
            continue  # "chanting slogans against the American occupation": what is protested
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until") for c in children_of(anchor)):
            continue  # "would strike unless salaries were paid": the condition of what is said above, not an event
        said_of = above.coding.type in ("SUPPORT", "ACCUSE", "REJECT")
        if nominal and said_of and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i:
            continue  # "backed Schroeder's call for a force", "welcomed the release of the journalists": what is judged
        part_of = anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in HOW_MANY
        acted_on = anchor.head.head if part_of else anchor
        done_to = above.rule.startswith("verb") and above.coding.type not in VERBAL | {"CONSULT"}  # "discussed sanctions
        if nominal and done_to and acted_on.dep_ == "dobj" and acted_on.head.i == above.anchor.i:  # imposed by" tells them
            continue  # "froze most of its grant aid", "cancelled the visit": what the act above is done to
        modifiers_only = bool(coded.participants.actors) and all(
            a.head.i == anchor.i and a.dep_ in ("amod", "compound") for a in coded.participants.actors)
        if nominal and anchor.dep_ == "pobj" and modifiers_only:
            continue  # "since last month's ... U.S. invasion", "of the Israeli raid": an event named in passing
        if nominal and anchor.dep_ == "pobj" and anchor.head.lower_ == "over" and coded.coding.type not in ("CONSULT",):
            continue  # "threatened Syria with sanctions over its crackdown": why, not what the sentence tells
        answered_for = anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and coded.coding.type != "CONSULT"
        if nominal and (answered_for and above.coding.type in VERBAL | {"CONCEDE", "COERCE", "SANCTION"} or _of_a_past_year(anchor)):
            continue  # "acknowledged responsibility for the massacre of 200 villagers", "apologised for the 1982 raid"
        protested = anchor.dep_ == "pobj" and anchor.head.i >= 2 and anchor.doc[anchor.head.i - 1].lower_ == "protest"
        if nominal and (protested or _below_words(anchor, above.anchor, _REASON_WORDS)):
            continue  # "in protest at the arrest of its lawmakers", "amid a row over Japan's detention of a captain"
        part_of_it = anchor.head.lower_ == "of" and anchor.head.head.lower_ == "part" and anchor.head.head.head.lower_ == "as"
        if nominal and anchor.dep_ == "pobj" and (anchor.head.lower_ in ("despite", "amid", "under") or part_of_it):
            continue  # "despite warnings of starvation", "amid protests", "under their 2005 accord", "as part of the peace accords": the setting
        if nominal and coded.coding.type == "PROTEST" and anchor.lemma_.lower() == "protest" and anchor.head.lower_ == "in":
            continue  # "withdrew its ambassador in protest at": why the act above was done
        about_it = nominal and above.coding.type in VERBAL and any(
            t.dep_ == "pcomp" and t.head.head.i == above.anchor.i for t in chain)
        if about_it:
            continue  # "praised Iran and Iraq for respecting their ceasefire": what is praised
        if anchor.dep_ == "pcomp" and above.coding.type in VERBAL | {"CONSULT"}:
            continue  # "accused the rebels of violating the ceasefire": what the accusation is of
        if above.coding.type in ("ACCUSE", "CONCEDE") and anchor.dep_ == "ccomp" and anchor.head.i == above.anchor.i:
            continue  # "charged that Iranian artillery had hit Basra", "conceded that its forces had shot down": what is
            # charged or admitted, not a telling of it
        about = anchor.dep_ == "pobj" and anchor.head.lower_ in ("on", "over", "about") and anchor.head.head.i in (
            above.anchor.i, above.hit.token.i)
        if nominal and about and above.coding.type in VERBAL | {"CONSULT"}:
            continue  # "reached an understanding on the deployment of police": what was agreed or discussed
        yielded_to = anchor.dep_ == "pobj" and anchor.head.lower_ == "to" and anchor.head.head.i == above.anchor.i
        if nominal and yielded_to and above.coding.type in ("CONCEDE", "REJECT", "AGREE"):
            continue  # "conceded to the opposition's demand": what was yielded to
        doing = anchor.dep_ == "ccomp" and anchor.head.i == above.anchor.i or anchor.dep_ == "pcomp" and anchor.head.head.i == above.anchor.i
        if doing and not nominal and above.coding.type in ("COERCE", "ASSAULT") and coded.coding.type in ("CONSULT", "PROTEST"):
            continue  # "fired tear gas at students marching", "dispersed workers gathered outside": what the targets did
        broken_up = above.coding.type == "COERCE" and coded.coding.type in ("CONSULT", "PROTEST")
        if nominal and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i and broken_up:
            continue  # "broke up a meeting of opposition politicians": what was stopped
        stopping = above.coding.type in ("SANCTION", "REJECT", "CONCEDE", "RETREAT") and not above.rule.startswith("noun:")
        if nominal and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i and stopping:
            continue  # "put its peace dialogue on hold", "broke off the talks": what is stopped or given up
        charged = anchor.dep_ == "conj" and anchor.head.dep_ == "ccomp" and anchor.head.head.i == above.anchor.i
        if charged and above.coding.type in ("ACCUSE", "CONCEDE"):
            continue  # "charged that Mauritania had driven them out and seized their cattle"
        if nominal and anchor.dep_ == "dobj" and anchor.head.i == above.anchor.i and above.rule.endswith(" " + anchor.lemma_.lower()):
            continue  # "suspended its military aid": the object the verb's key already holds
        allowed = above.coding.type in ("RETREAT", "CONCEDE") and above.anchor.lemma_.lower() in ("allow", "let", "permit")
        if allowed and anchor.dep_ in ("xcomp", "ccomp") and anchor.head.i == above.anchor.i:
            continue  # "allowed U.N. peacekeepers to deploy": the letting is the event
        rejected = anchor.dep_ in ("xcomp", "ccomp", "dobj") or anchor.dep_ == "advcl" and anchor.tag_ == "VBG"
        if above.coding.type == "REJECT" and rejected and anchor.head.i == above.anchor.i:
            continue  # "ruled out recognising its independence": what is rejected, which did not happen
        if above.coding.type == "PROTEST" and coded.coding.type == "REQUEST" and anchor.dep_ == "advcl" and anchor.tag_ == "VBG":
            continue  # "marched through the capital demanding reforms": the protest's demand
        if coded.rule.startswith(("noun:", "state:")) and not coded.participants.actors:
            continue  # "in protest of the arrest", "following the killing": background with no one named doing it
        top = above
        for _ in range(6):  # the highest event above: "a day after an air raid killed four", where "killed" is itself
            higher = _governing(top, found)  # the setting of the talks, so the raid below it is too
            if higher is None:
                break
            top = higher
        if _in_background(anchor, above.anchor) or top is not above and _in_background(anchor, top.anchor):
            continue  # "after a state of siege was declared", "a day after militants stormed an army camp", "looted
            # during its occupation": the setting of the event the sentence reports, told in passing (but "following
            # Kim's visit", a noun hung on the event itself, is a visit the sentence names)
        trailing = anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.i > above.anchor.i and not nominal
        # but "ending 38 years of occupation", "committing them to establish relations" say what the act was, and
        # "a raid on the temple, killing hundreds" makes the raid an assault (below)
        raid_killing = coded.coding.type == "ASSAULT" and anchor.lemma_.lower() in _KILLING and above.coding.type == "COERCE"
        said_again = anchor.lemma_.lower() == "end" and above.coding.type != "AID" and not above.coding.conflict  # "would pull out,
        trailing = trailing and (anchor.lemma_.lower() not in ("end", "commit") or said_again) and not raid_killing  # ending"
        trailing = trailing and not _rescue(coded)  # "stormed the airliner, rescuing the passengers": the rescue is it
        if trailing and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(anchor)) and not above.rule.startswith("noun:"):
            continue  # "rescued 71 hostages, storming the compound", "went on the rampage, torching vehicles": how the
            # act was done, or what came of it, told as part of it
        justified = coded.coding.type == "ACCUSE" and anchor.dep_ == "advcl" and anchor.tag_ == "VBG"
        if justified and above.coding.type in _MATERIAL:
            continue  # "severed ties with Iran, accusing Tehran of arming the rebels": why the act was done
        deadline = coded.coding.cameo == "139" and anchor.dep_ in ("advcl", "conj") and above.coding.type in ("SANCTION", "COERCE")
        if deadline:
            continue  # "broke off relations, giving London a week to withdraw its diplomats": the expulsion's terms
        if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in ("rule", "find") and anchor.head.tag_ == "VBG":
            continue  # "ordered Iran to pay, ruling that Tehran had funded the attackers": what the court found
        kept.append(coded)
    return kept


_BACKGROUND_MARKS = frozenset({"after", "since", "because", "following", "when", "where", "as", "before", "while",
                               "although", "though", "whereas"})
# Words a noun event below another is the grievance, reason or setting of: "in protest at the arrest of", "in
# retaliation for Washington's expulsion of", "amid a row over Japan's detention of", "ahead of a rally by students".
_REASON_WORDS = ("amid", "despite", "protest", "retaliation", "response", "revenge", "reprisal", "ahead", "before",
                 "anger", "since")
_CONSEQUENCES = frozenset({"prompt", "force", "lead", "cause", "spark", "trigger", "provoke"})
_CITING = frozenset({"cite", "blame", "accuse", "say", "claim", "condemn", "denounce", "allege"})
_TIME_PREPOSITIONS = frozenset({"after", "following", "since", "before", "amid", "despite"})
_SETTINGS = frozenset({"at", "during", "on", "in"})  # the occasion; "following X's visit" tells a visit of its own


def same_doers(coded: Coded, above: Coded) -> bool:
    """Whether a noun event's named doers are all among the doers of the event above it (pronouns aside)."""
    return {t.i for t in coded.participants.actors if t.pos_ != "PRON"} <= {t.i for t in above.participants.actors}


def _chain(anchor: Token, above: Token, steps: int = 10) -> list[Token]:
    """The word and its heads up to (not including) the event above it or the root, at most ``steps`` of them."""
    chain, token = [], anchor
    for _ in range(steps):
        if token.i == above.i or token.head.i == token.i:
            break
        chain.append(token)
        token = token.head
    return chain


def _below_words(anchor: Token, above: Token, words: tuple[str, ...]) -> bool:
    """Whether one of these words stands between a noun event and the event above it, in the chain of heads."""
    return any(token.lower_ in words for token in _chain(anchor, above, steps=9)[1:])


def _in_setting(anchor: Token, above: Token) -> bool:
    """Whether a noun hangs, through a preposition of time or place, from the event above: "at its summit",
    "at the end of the minister's visit", "during talks in Geneva"."""
    token = anchor
    for _ in range(6):
        if token.head.i == token.i or token.head.i == above.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in _SETTINGS and token.head.head.i == above.i:
            return True
        token = token.head
    return False


def _told_by(noun: Token) -> bool:
    """"Tens of thousands of students massed in the square, witnesses said": the noun whose participle is the
    sentence's event was made the subject of the reporting verb."""
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:  # "tens of thousands of students"
        noun = noun.head
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.dep_ == "ROOT" and verb.lemma_.lower() in SAYING and sum(
        c.dep_ == "nsubj" for c in children_of(verb)) > 1  # the sayer is the verb's other subject


def _in_background(anchor: Token, above: Token | None) -> bool:
    """Whether a word sits in a relative or a time clause of the event above it, told in passing as its setting
    (``None``: in a time or cause clause of any word above it)."""
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(anchor)):
        return True  # "the city where, it said, 100 people were killed", however the parser hangs the clause
    token = anchor
    in_clause = False  # whether the walk has left the event's own phrase for a clause it sits in
    for _ in range(12):
        if above is not None and token.i == above.i:
            return False
        if token.head.i == token.i:  # "..., the ministry said, weeks after fighters overran": a time clause read as the root
            return (in_clause or token.i == anchor.i) and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in children_of(token))
        if in_clause and token.dep_ in ("prep", "advcl", "mark") and token.lower_ in _TIME_PREPOSITIONS:
            return True  # "a day after an air raid killed four", "following riots that killed 200"
        if token.dep_ in ("relcl", "acl", "pcomp", "advcl", "ccomp") and token.i != anchor.i or anchor.pos_ == "VERB":
            in_clause = True
        purpose = token.dep_ == "advcl" and any(c.tag_ == "TO" for c in children_of(token)) and token.i != anchor.i
        if purpose and above is not None:
            return True  # "sealed the border to punish the Serbs for spurning the plan": why, not what was done
        if token.dep_ in ("relcl", "acl") and above is not None or token.dep_ in ("advcl", "ccomp") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _BACKGROUND_MARKS for c in children_of(token)
        ):
            return True
        token = token.head
    return False


_UNITS = frozenset({"hour", "day", "week", "month", "year", "night"})


def dated_setting(anchor: Token) -> bool:
    """Whether a word sits in a clause or phrase dated from the event the sentence tells: "two days after rebels
    overran the town", "weeks after the assault on parliament", "a month before the vote"."""
    span = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None  # "after a week of clashes"
    if span is not None and span.lemma_.lower() in _UNITS and span.head.lower_ in ("after", "following", "since", "amid"):
        return True
    token = anchor
    for _ in range(8):
        # the word's own "after" phrase dates it ("arrested him a day after the coup"); a clause's mark, or a
        # phrase the word sits in, dates the event above from it
        for word in ((token,) if token.i != anchor.i else ()) + tuple(c for c in children_of(token) if c.dep_ == "mark"):
            # (only words after the marker: "X spoke to Y, a day after capitals announced", where the parser may
            # hang the told event on the dated clause, tells the talk)
            if word.lower_ not in ("after", "before", "since") or word.dep_ not in ("mark", "prep") or word.i >= anchor.i:
                continue
            unit = word.i > 0 and word.doc[word.i - 1].lemma_.lower() in _UNITS  # "hours after", however parsed
            if unit or any(c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS for w in (word, word.head) for c in children_of(w)):
                return True
        if token.head.i == token.i or token.dep_ == "conj" and token.head.dep_ == "ROOT":
            return False  # (a conjunct is the dated clause's sibling: "hours after gunners shelled the town, the
            # envoy held talks", when the parser joins the two)
        token = token.head
    return False


def _of_a_past_year(noun: Token) -> bool:
    """"The 1982 massacre", "the massacre of villagers in 1982": an event of history, named by its year."""
    years = [c for c in children_of(noun) if c.dep_ in ("nummod", "compound", "amod")]
    years += [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj"]
    return any(len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("18", "19", "20") for t in years)


def _governing(coded: Coded, found: list[Coded]) -> Coded | None:
    """The event of the sentence whose anchor is nearest above this one's, if any."""
    anchors = {other.anchor.i: other for other in found if other is not coded}
    token = coded.anchor
    for _ in range(12):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.i in anchors:
            return anchors[token.i]
    return None
