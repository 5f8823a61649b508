"""Who: resolve the mentions in one article to actors, and find the actor behind a token.

Mentions come from the entity ruler (gazetteer) and the statistical NER. On top of that, a few
explainable in-article rules: a surname after the full name ("Kim" -> Kim Jong Un), a title
before an unknown name ("North Korean leader X" -> acts for PRK), "the North"/"the South" when
the article is about Korea, possessive and personal pronouns, and a definite description that
repeats an earlier head noun ("the office" after "Yoon Suk Yeol's office"). News agencies and
other organisations missing from the gazetteer are not actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from geokg.loaders.gazetteer import PLACE_KINDS, Actor, Gazetteer, load_gazetteer, slug
from geokg.loaders.lexicon import data_rows, force_verbs, lemma_set, synsets, third_parties
from geokg.loaders.modality import disposition, previous_sentence_start
from geokg.loaders.nlp import dateline_end
from geokg.loaders.patterns import tie_participle

_KOREA_SIDES = {"north": "PRK", "south": "KOR"}
_PLURAL = {"they", "their", "them"}
_TITLE_PARTICIPLES = {"acting", "outgoing", "incoming", "designated", "elected", "retired"}
# Nouns that refer back: "the country", "the two leaders", "both sides".
_PERSON_NOUNS = {"leader", "president", "minister", "premier", "head"}
# Prepositions of where an act happens or goes ("deployed police to Haiti"; not "met over
# Niger", a topic).
_PLACE_PREPS = {"in", "to", "into", "near", "at", "inside", "across", "along", "from"}
_SETTING_PREPS = {"in", "on", "inside", "across", "along", "within"}  # "bases in both countries"
_STATE_WORDS = {"country", "nation", "state", "neighbour", "neighbor"}  # "both countries"
_FORMER_PARTS = _STATE_WORDS | {"republic", "colony", "satellite"}  # "former Soviet republics"
# Roles of fighters outside a state's forces: one of them told with "a" ("a gunman", "a suicide
# bomber") is no one the story identifies, not the dateline country's.
_IRREGULAR_ROLES = {"REB", "UAF", "CRM"}
_STATE_ROLES = {"GOV", "LEG", "JUD"}  # offices a country has one of: its own, when it tells
# A government's own departments, "the foreign ministry" written in lower case.
_INSTITUTIONS = {"ministry", "department"}
# Government nouns for buildings and posts, which a place they are in does not own.
_SEATS = {"office", "embassy", "consulate", "mission", "department"}
_MISSIONS = {"embassy", "consulate"}  # a state's missions abroad
# Prepositions of what an act is aimed at: "fired at", "attacks against" (not 'on': "a
# statement on its Telegram channel").
_AIMED_PREPS = {"at", "against", "toward", "towards"}
# Nouns for the parties to something, whatever kind each is: "the two sides", "both parties".
_SIDE_NOUNS = {"side", "party"}
_PARTIES = frozenset({"country", "person", "group", "organisation"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Prepositions of place: "in Beijing", "near Kharkiv", "across Yemen".
_LOCATIVE = {"in", "near", "at", "outside", "inside", "across", "around", "into", "throughout",
             "within", "along", "off", "beyond", "over", "through"}  # fmt: skip
# Nouns for states or their leaders as a group: "West African leaders", "Gulf states".
_STATE_NOUNS = {"leader", "state", "nation", "country", "government", "minister", "official",
                "head"}  # fmt: skip


@cache
def country_groups() -> dict[str, list[str]]:
    """Regional adjective -> the countries it names (`data/country_groups.tsv`)."""
    return {adjective: members.split("|") for adjective, members in data_rows("country_groups.tsv")}


def regional_groups() -> dict[str, tuple[str, bool]]:
    """Regional adjective -> (organisation key, whether the adjective alone names it)
    (`data/regional_groups.tsv`)."""
    return {
        adjective: (key, alone == "yes")
        for adjective, key, alone in data_rows("regional_groups.tsv")
    }


def _same_party(one: Actor, other: Actor) -> bool:
    """One actor, or two parts of one state ('Ukraine' and 'its forces'); a country's armed
    group stays a party of its own."""
    if one.id == other.id:
        return True
    states = one.kind == other.kind == "country"
    return states and one.iso3 is not None and one.iso3 == other.iso3


def _owns_what_is_aimed_at(pronoun: Token) -> bool:
    """Is a possessive pronoun on what an act is aimed at ('fired at two of its vessels',
    'launched drones at its territory', 'police stormed its embassy', 'forced their way into
    its embassy', 'a plane violated its airspace'), which is someone else's than the actor's?"""
    noun = pronoun.head
    if pronoun.dep_ != "poss":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        noun = noun.head.head  # "two of its vessels"
    if noun.dep_ == "dobj" and noun.lemma_.lower() != "way":  # "forced their way": their own
        if noun.head.lemma_.lower() in _INTRUDING:  # "a Chinese plane violated its airspace"
            return noun.lemma_.lower() in lemma_set("ground_nouns")  # (not its commitments)
        verb = noun.head.lemma_.lower()  # "warplanes pounded its nuclear facilities": the
        struck = pronoun.lower_ == "its" and verb in force_verbs()  # one struck's (a plural
        return verb in _ENTERED_BY_FORCE or struck  # 'their' may be anyone's named together)
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return noun.head.head.lemma_.lower() in _ENTERED_BY_FORCE | {"force"}
    return noun.dep_ == "pobj" and noun.head.lower_ in _AIMED_PREPS


def _feels(pronoun: Token) -> bool:
    """'it was appalled by the decision': the subject of a passive of feeling
    (data/disapproval_adjectives.txt) is a party."""
    return pronoun.dep_ == "nsubjpass" and pronoun.head.lower_ in lemma_set(
        "disapproval_adjectives"
    )


def _told_to_act(pronoun: Token) -> bool:
    """Is an object 'it' the doer of what its verb's complement says ('accusing it of
    harassing exiles', 'urged it to withdraw')? Then it is a party, not a thing."""
    if pronoun.dep_ != "dobj":
        return False
    for child in (c for c in pronoun.head.children if c.i > pronoun.i):
        of_doing = (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children)
        )  # "accusing it of harassing"
        to_do = child.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in child.lefts)
        if of_doing or to_do:  # "urged it to withdraw"
            return True
    return False


def _oriented(token: Token) -> bool:
    """Is the word the object of a stance prefix ('EU' in "pro-EU", 'Russian' in
    "anti-Russian")?"""
    doc = token.doc
    return (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("pro", "anti")
    )


def _common_noun(token: Token) -> bool:
    """A common noun, though the tagger took it for a name ('though the bloc said', tagged
    PROPN): a word written in lower case names no one."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def names_ground(token: Token) -> bool:
    """Is this noun a country's ground, sky or edge and never a party ('borders', 'waters';
    not 'side', which also names one: 'the Chadian side said')?"""
    lemma = token.lemma_.lower()  # not "Ivory Coast"
    return (
        token.pos_ == "NOUN"
        and lemma in lemma_set("ground_nouns")
        and lemma not in _REFERRING_NOUNS
    )


def _unqualified(noun: Token) -> bool:
    """'the junta', 'parliament', 'the prime minister': no article 'a', possessor or phrase of
    its own that could name another's ('a spokesman for the group', 'their envoys')."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in ("in", "of", "for", "from"):
        return False  # "recognising the government in Beijing", however the parser hangs it
    return not any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ in ("poss", "prep")
        for c in noun.children
    )


def _clause_of(noun: Token) -> Span:
    """The words of the clause the noun is in: its nearest verb's subtree."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    return noun.doc[verb.left_edge.i : verb.right_edge.i + 1]


def _subject_of_the_clause(noun: Token) -> frozenset[int]:
    """The positions of the subject of the verb a noun is the object of ('Saudi Arabia and
    Qatar urged both sides': Saudi Arabia, Qatar)."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    if noun.dep_ not in ("dobj", "pobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    return frozenset(
        t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    )


def _the(token: Token) -> bool:
    """Does 'the' stand before the word ('the two agreed')?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _is_the_state(actor: Actor) -> bool:
    """Does the actor act as its state itself ('Kabul', 'Pakistan', its president), not as a
    part of it ('the Lebanese army') or a person out of office?"""
    if actor.kind == "person":
        return actor.role == "GOV"
    return actor.kind == "country" and actor.role in (None, "GOV")


def _own_words(noun: Token) -> set[int]:
    """The words that name a noun's referent: its phrase without the clauses and prepositional
    phrases that tell about it ('a monitor ..., where the RSF has besieged ...': the monitor),
    also inside an apposition ('Ansar Allah (Houthis), ruling in northern Yemen')."""
    told = {t.i for c in noun.subtree if c != noun and c.dep_ in ("relcl", "acl", "prep", "advcl")
            for t in c.subtree}  # fmt: skip
    return {t.i for t in noun.subtree} - told


def _title_word(token: Token) -> bool:
    """Can the word be part of a title before a name ("Russian President", "India's acting
    high commissioner")? Not a quotation mark: a quotation that ends just before a name
    ('... in the Gaza Strip," Freddy Mamani, Bolivia's deputy foreign minister, said') holds no
    title of the name."""
    if token.tag_ in ("''", "``"):
        return False
    return token.pos_ in ("PROPN", "ADJ", "NOUN", "PUNCT", "PART") or (
        token.lower_ in _TITLE_PARTICIPLES
    )


def _called_a_place(ent: Span) -> bool:
    """'the province of Paktika', 'Paktika province': a name the text itself calls a place,
    whatever label the NER gave it."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in PLACE_KINDS
    return root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_KINDS


@cache
def organisation_seats() -> dict[str, str]:
    """City -> CAMEO code of the organisation it stands for (`data/organisation_seats.tsv`)."""
    return {city: code for city, code in data_rows("organisation_seats.tsv")}


# Verbs that take agents away from a place ("pulled troops from Mali": not Mali's troops)
_TAKING_AWAY = {"withdraw", "pull", "evacuate", "remove", "recall", "expel", "withdrawal"}
# Who a body's possessive names as its own people, beside the agent nouns of roles.tsv: "the
# Arakan Army said its fighters" (fighters have no role alone: "fighter jets")
_MEMBERS = {"fighter", "member", "commander", "unit"}
# People who work for whichever body employs them: a body's own officers are that body
_STAFF_NOUNS = {"officer", "investigator", "agent", "staff", "personnel", "employee", "member"}
# Roles a modifier gives whatever the head noun: "separatist forces", "rebel fighters".
_STRONG_ROLES = {"REB", "UAF", "OPP"}
# Roles of people rather than of institutions and what they own
_PEOPLE_ROLES = {"REF", "OPP", "REB", "UAF", "CRM", "CVL", "SPY", "LAB", "AGR", "EDU", "HLH"}
# People who speak or act for a body, and the bodies that give them their role in place of
# GOV or MIL: "Turkish intelligence officials" SPY, "the army chief" MIL, "a police spokesman"
# COP, "a police commander" COP
_SPEAKERS_FOR = {"official", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
                 "commander"}  # fmt: skip
_BODIES = {"MIL", "COP", "SPY", "JUD"}
# Members of any body, which a modifier names ("customs officers" GOV, "navy officers" MIL,
# "army personnel"); alone, an officer is a police officer and personnel are military
_MEMBER_NOUNS = {"officer", "personnel", "unit", "employee", "staff"}
# "the Myanmar military ... the army has lost": one body under either name
_SAME_BODY = {"army": {"army", "military"}, "military": {"army", "military"}}
# "the group" after the Houthis, "the bloc" after ECOWAS, "the alliance" after NATO
_BODY_NOUNS = {"group", "bloc", "alliance", "organisation", "organization", "body", "union",
               "movement", "militia", "agency", "court", "council"}  # fmt: skip
_PAIR_NOUNS = {"neighbour", "neighbor", "ally", "rival", "foe", "adversary"}  # "the neighbours"
_REFERRING_NOUNS = _PERSON_NOUNS | _BODY_NOUNS | _PAIR_NOUNS | {
    "country", "nation", "side", "government", "state", "island", "kingdom"}  # fmt: skip
# Descriptions of one state ("the Pacific nation") that its own voice does not use of itself (as
# it does "the kingdom", "the government") and that do not pick one of a pair named together
_OTHER_STATE_NOUNS = {"country", "nation", "island", "state"}
_PERSONAL = {"he", "she", "him", "her", "his"}
# Verbs whose object is a building a crowd or force gets into or damages ("stormed parliament")
_ENTERED_BY_FORCE = frozenset({"storm", "enter", "torch", "surround", "besiege", "breach", "attack",
                               "burn"})  # fmt: skip
_INTRUDING = frozenset({"violate", "invade", "penetrate"})  # "violated its airspace": a ground
# Nouns for a government that wire copy uses to refer back to one just named
_RULERS = frozenset({"junta", "regime"})
_GOVERNMENTS = _RULERS | {"government", "ruler", "administration", "authority", "leadership"}
# Titles wire copy gives without a nationality only to the dateline country's own officials
# ("VILNIUS - ... Minsk ..., Defence Minister X said"), unlike a president or a chief it may
# name from abroad ("ABUJA - ... reinstate President Mohamed Bazoum")
_HOME_TITLES = {  # a story's own officials, named without a nationality among foreign ones
    "minister", "premier", "spokesman", "spokeswoman", "spokesperson", "governor", "opposition"
}  # fmt: skip
_RANKS = {"deputy", "vice", "acting", "assistant", "junior", "senior"}
_CABINET_POSTS = {"minister", "secretary"}  # "Police Minister X", "Army Secretary X": GOV
_ABOARD = {"crew", "captain", "catch", "cargo", "sailor", "fisherman", "fishermen"}  # a vessel's
_CREW = {"crew", "sailor", "seaman", "fisherman", "fishermen"}  # the people of a vessel
_POSTING_WORDS = {"in", "to", "at"}  # "consul general in Osaka", "envoy to the UN": the post
_RULING = {"ruling", "governing"}
_ARMED_ROLES = {"MIL", "REB", "UAF"}
_BASED_ROLES = {"REB", "UAF", "CRM", "BUS", "MED", "NGO", "HRI"}  # what "X-based" places in X
_PARTY_WORDS = _RULING | {"opposition"}
_NON_PERSONAL = {"it", "its"}
_EXPLETIVE_HEADS = {"be", "seem", "appear", "remain"}


def _inside_a_longer_name(ent: Span) -> bool:
    """'the Ta'ang National Liberation Army': a group's or body's name that a capitalised word
    before it, no name of a place, people or person, makes part of another one's name."""
    if ent.start < 2:
        return False
    before = ent.doc[ent.start - 1]
    return (
        not ent.doc[ent.start - 2].is_punct  # "(Reuters) - Suspected Boko Haram militants": a
        and not before.is_sent_start  # story's first word, capitalised as first
        and before.pos_ == "PROPN"
        and before.text[0].isupper()
        and before.dep_ == "compound"
        and ent.start <= before.head.i < ent.end
        and before.ent_type_ not in ("GPE", "NORP", "LOC", "PERSON")
    )


def _ground_taken(mention: Mention, token: Token) -> bool:
    """'fled Bangladesh', 'M23 seized Goma', 'entered Damascus', 'left the country': a place
    gone to, from or over (`data/ground_verbs.txt`), named as a place (not 'seized the
    ministry's offices'); a capital taken is only its ground when it is gone into or seized
    ('would take Tbilisi further from the bloc' is its government's course)."""
    verb = token.head.lemma_.lower()
    if token.dep_ != "dobj" or verb not in lemma_set("ground_verbs") or "+" in mention.rule:
        return False
    if mention.rule.startswith("capital"):
        return verb != "take"
    return mention.actor.role is None and not mention.rule.startswith("pronoun")


def _in_a_place_name(ent: Span) -> bool:
    """Is the name part of a place's (`data/place_name_words.txt`: 'Lake Chad', 'the Gulf of
    Oman', 'the South China Sea', 'the Saudi Maternity Hospital')? A missile fired toward the
    Sea of Japan is not fired at Japan."""
    doc = ent.doc
    words = lemma_set("place_name_words")
    before = [doc[i] for i in range(max(ent.start - 2, 0), ent.start)]
    if before and before[-1].lower_ == "of":
        before = before[:-1]  # "the Sea of Japan", "the Gulf of Guinea"
    after = []
    for token in doc[ent.end : ent.end + 3]:  # the capitalised words that follow
        if not token.is_title:
            break
        after.append(token)
    return any(t.is_title and t.lower_ in words for t in [*before[-1:], *after])


def _in_a_bilateral_body_name(ent: Span) -> bool:
    """Is the name one of a pair in the name of a body (`data/bilateral_body_words.txt`: 'the
    Brazil-Israel Institute', 'the India-Pakistan Friendship Forum')? Such a body is neither
    state: its warning is no state's."""
    doc = ent.doc
    after = ent.end
    while after + 1 < len(doc) and doc[after].text == "-":  # "Brazil-Israel": past the pair
        after += 2
    paired = after > ent.end or (ent.start >= 2 and doc[ent.start - 1].text == "-")
    name = []  # the capitalised words that follow: the last one says what the body is
    for token in doc[after : after + 4] if paired else ():
        if not token.is_title:
            break
        name.append(token)
    return bool(name) and name[-1].lower_ in lemma_set("bilateral_body_words")


def _news_outlet(noun: Token) -> bool:
    """'the state news agency IRNA', "Lebanon's state news agency": a news outlet quoted as a
    source, no party (tests/gold/GUIDE.md), nor is the state it belongs to a party of it."""
    return any(
        w.dep_ in ("compound", "amod") and w.lower_ == "news" for w in noun.subtree if w.i < noun.i
    )  # ("Lebanon's state news agency NNA": the name's words too)


_REPORTING = {"report", "quote"}


def _quoted(source: Token) -> bool:
    """Is the noun the subject of a verb of saying ('the agency said'), or part of the name
    that is ("Lebanon's state news agency NNA reported")?"""
    name = source.doc[source.i + 1] if source.i + 1 < len(source.doc) else source
    while source.dep_ in ("compound", "appos") and source.head != source:
        source = source.head
    return any(  # (the parser may take the name alone for the subject)
        s.dep_ == "nsubj" and s.head.lemma_.lower() in lemma_set("speech_verbs") | _REPORTING
        for s in (source, name)
    )


def _a_building(noun: Token) -> bool:
    """'protesters stormed parliament', 'set fire to parliament', 'rallied outside Congress':
    a legislature named as the place something was done at or to."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in ("outside", "inside", "into", "near", "around", "to", "at")
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ENTERED_BY_FORCE


def _means_not_agent(noun: Token) -> bool:
    """'using force', 'the use of force', 'taken by force': force as a means, a singular noun
    with no determiner or owner, not a body of troops ('the force', 'a UN force')."""
    return (
        noun.lemma_.lower() == "force"
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in noun.children)
    )


def _hyphen_modifier(noun: Token) -> bool:
    """'the army-aligned government', 'student-led protesters': an agent noun that opens a
    hyphenated participle describes the head it modifies, which is the mention."""
    after = noun.doc[noun.i + 1 : noun.i + 3]
    return (
        len(after) == 2
        and after[0].tag_ == "HYPH"
        and not after[0].whitespace_
        and not noun.whitespace_
        and after[1].tag_ == "VBN"
    )


def _audience(noun: Token) -> bool:
    """'told reporters', 'said to journalists', 'briefed correspondents': the people a
    statement was made to."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    speaking = verb.lemma_.lower() in lemma_set("speech_verbs") | {"brief", "speak"}
    return speaking and noun.dep_ in ("dobj", "dative", "pobj")


def _objects_of(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the noun's prepositional phrases with these prepositions."""
    return [
        g for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    rule: str
    entry: str = ""  # the dictionary entry that resolved it ("organisations.tsv: Houthis")


class ArticleActors:
    """The actors of one parsed article, and the rules that find the actor behind a token.

    Two passes: named mentions (gazetteer, NER persons), then references that point back to
    them ("the North", "the country", "the two leaders", pronouns). Every resolved mention,
    named or referring, is in `mentions` with the rule that resolved it.
    """

    def __init__(self, doc: Doc, day: date | None, gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.day = day
        self.gazetteer = gazetteer or load_gazetteer()
        self.mentions: list[Mention] = []
        self._by_lemma: dict[str, list[int]] | None = None  # lemma -> token indices, on demand
        self._by_token: dict[int, Mention] = {}
        self._groups: dict[int, list[Mention]] = {}  # "the two leaders" -> both of them
        self._title_words: set[int] = set()  # "opposition leader" before a person's name
        self.dateline, self.dateline_country = self._read_dateline()
        self._resolve_entities()
        self._drop_former_states()
        self._states_of_other_countries()
        self._place_by_apposition()
        self._seats_of_organisations()
        self._resolved = list(self.mentions)  # with the names inside titles ("ECOWAS Commission
        self._drop_title_words()  # President X"), which "the bloc" can still refer to
        self._merge_possessors()
        for owner in [m for m in self.mentions if m.actor.kind == "country"]:
            root = self.mention_root(owner)  # "Lebanon's state news agency NNA reported"
            if root.dep_ == "poss" and _news_outlet(root.head) and _quoted(root.head):
                self._remove(owner)  # (not "raided the office of Russia's Sputnik news agency")
        self.named = list(self.mentions)
        self.korean_context = any(m.actor.iso3 in ("PRK", "KOR") for m in self.named)
        self._resolve_references()
        self._place_by_apposition()  # again: "their chief, X," once "their" is resolved
        self.locations = self._separate_locations()
        self.mentions.sort(key=lambda m: (m.start, m.actor.id))

    def _add(self, start: int, end: int, actor: Actor, rule: str, entry: str = "") -> Mention:
        mention = Mention(start, end, self.doc[start:end].text, actor, rule, entry)
        self.mentions.append(mention)
        for i in range(start, end):
            self._by_token.setdefault(i, mention)
        return mention

    def _seats_of_organisations(self) -> None:
        """'Brussels' is the EU where the article names the EU, or where the city acts and
        the article names no other part of Belgium: in world news the city speaks for the bloc
        far more often than for its host (`data/organisation_seats.tsv`)."""
        seats = organisation_seats()
        by_code = self.gazetteer.organisation_by_code
        for n, mention in enumerate(self.mentions):
            code = seats.get(mention.text)
            if code is None or mention.actor.kind != "country" or code not in by_code:
                continue
            named = next((m for m in self.mentions if m.actor.cameo == code), None)
            host = any(
                m.actor.iso3 == mention.actor.iso3 and m.text != mention.text for m in self.mentions
            )
            place = self.doc[mention.end - 1].dep_ == "pobj"  # "met in Brussels"
            if named is not None or not (host or place):
                told = "which the article names" if named else "whose host the article never names"
                rule = f"seat of {by_code[code].label}, {told}"
                self.mentions[n] = replace(mention, actor=by_code[code], rule=rule)
                for i in range(mention.start, mention.end):
                    if self._by_token.get(i) is mention:
                        self._by_token[i] = self.mentions[n]

    @staticmethod
    def _premodifiers(noun: Token) -> list[Token]:
        """The modifiers before the noun, with theirs: "coast guard vessels"; not names, but
        an organisation the NER guessed and no table knows may be the agent itself ("Italy's
        coast guard")."""
        return [
            c for c in noun.subtree
            if c.i < noun.i and c.dep_ in ("compound", "amod")
            and (not c.ent_type_ or (c.ent_type_ == "ORG" and not c.ent_id_))
        ]  # fmt: skip

    def _phrase_role(self, noun: Token, words: list[Token]) -> str | None:
        """The role of the longest agent phrase that ends in the noun ("riot police")."""
        agents = self.gazetteer.agents
        for start in range(len(words)):
            phrase = " ".join([*(w.lower_ for w in words[start:]), noun.lower_])
            if phrase in agents:
                return agents[phrase]
        return None

    def own_role(self, noun: Token) -> str | None:
        """The role the noun itself names ("police", "foreign minister"), not one a modifier
        lends it ("military base")."""
        return self._phrase_role(noun, self._premodifiers(noun)) or self._word_role(noun)

    def _word_role(self, noun: Token) -> str | None:
        agents = self.gazetteer.agents
        return agents.get(noun.lemma_.lower()) or agents.get(noun.lower_)

    def agent_role(self, noun: Token) -> str | None:
        """The role a noun gives to its country ("police" -> COP), trying the longest phrase that
        ends in it first ("riot police", "foreign minister"), then one a modifier gives it; a
        business the state owns ("the state oil company", "a state-owned firm") is GOVBUS, as
        the Phoenix agents code 'state-owned'."""
        if _news_outlet(noun):
            return None
        if noun.lemma_.lower() == "side":
            # "the Chinese side" speaks for a state; "the Chadian side of the lake" is ground,
            # and "both sides" are the parties named before
            ground = noun.tag_ == "NNS" or any(c.lower_ == "of" for c in noun.children)
            return None if ground else "GOV"
        role = self._named_role(noun)
        if role != "BUS":  # (the words before the noun are read only for a business)
            return role
        state = any(w.lower_ == "state" for w in noun.subtree if w.i < noun.i)
        return "GOVBUS" if state else role

    def _named_role(self, noun: Token) -> str | None:
        agents = self.gazetteer.agents
        words = self._premodifiers(noun)
        if (phrase := self._phrase_role(noun, words)) is not None:
            return phrase
        role = self._word_role(noun)
        for start, word in enumerate(words):  # "separatist forces" are rebels, "coast guard
            phrases = [
                " ".join(w.lower_ for w in words[start:end])
                for end in range(len(words), start + 1, -1)
            ]
            modifier = next((agents[p] for p in phrases if p in agents), None)  # vessels" MIL
            modifier = modifier or agents.get(word.lemma_.lower()) or agents.get(word.lower_)
            # ("customs officers": the lemma of "customs" is "custom")
            open_noun = noun.lemma_.lower() in _MEMBER_NOUNS  # "customs officers" GOV
            if modifier in _STRONG_ROLES or ((role is None or open_noun) and modifier):
                return modifier
            speaker = role in ("GOV", "MIL") and noun.lemma_.lower() in _SPEAKERS_FOR
            if speaker and modifier in _BODIES:
                return modifier  # "intelligence officials", "the army chief", "police spokesman"
        return role

    # ---------------------------------------------------------------- named mentions

    def _read_dateline(self) -> tuple[range, Actor | None]:
        """The dateline's tokens (never an actor) and the country of its place, which a CAMEO
        coder gives to agents the story names without a nationality ("police", "rebels")."""
        found = dateline_end(self.doc)
        if found is None:
            return range(0), None
        tokens = range(*found)
        country = None
        for ent in self.doc.ents:
            if ent.start in tokens and ent.ent_id_:
                resolved = self.gazetteer.lookup(ent.ent_id_, ent.text, self.day)
                if resolved and resolved[0].iso3:
                    country = self.gazetteer.countries[resolved[0].iso3]
                    break
        if country is None:  # "PESHAWAR:", "GUSAU —", "CATARMAN, Northern Samar —": a town or
            country = self._dateline_place(tokens)  # province no table names but GeoNames
        return tokens, country

    def _dateline_place(self, tokens: range) -> Actor | None:
        """The country of the first place named in a dateline before its agency, read from
        GeoNames and ISO 3166-2 (`Gazetteer.place_country`)."""
        names, words = [], []
        for token in self.doc[tokens.start : tokens.stop]:
            if token.text in ("(", "["):
                break  # "(Xinhua)", "[India]": an agency, or a country already known
            if token.is_alpha:
                words.append(token.text)
            elif words:
                names.append(" ".join(words))
                words = []
        for name in [*names, " ".join(words)]:
            found = self.gazetteer.place_country(name) if name else None
            if found is not None:
                return found[0]
        return None

    def _resolve_entities(self) -> None:
        known_people: dict[str, Actor] = {}
        for ent in self.doc.ents:
            if ent.start in self.dateline:
                continue  # "SEOUL, June 19 (Reuters) -" is where, not who
            if ent.start in self._by_token:
                continue  # inside a mention already made ("the U.S. Commerce Department")
            if _in_a_place_name(ent) or _in_a_bilateral_body_name(ent):
                continue  # "fishing islands on Lake Chad": a place's name, not the country
            if _oriented(self.doc[ent.start]):
                continue  # "pro-EU protesters", "anti-Russian activists": a stance, no actor
            found = self._resolve_entity(ent, known_people)
            if found is None:
                continue
            actor, rule = found
            if actor.kind in ("group", "organisation") and _inside_a_longer_name(ent):
                continue  # "the Ta'ang National Liberation Army" is not the ELN
            if actor.kind == "person":
                for part in ent.text.replace("-", " ").split():
                    if len(part) > 2:
                        known_people.setdefault(part.lower(), actor)
            role = self._role_of(ent) if actor.kind == "country" and not actor.role else None
            seat = actor.kind == "country" and rule.startswith("capital") and actor.iso3
            if seat and ent.root.dep_ == "compound" and (role := self._role_of(ent)):
                actor = self.gazetteer.countries[actor.iso3 or ""]  # "a Caracas judge",
                rule = "capital of a country"  # "Kabul police": the part of the country the
                # noun names, not its government
            if role == "GOV" and self._office(ent, actor) is not None:
                continue  # "the Russian president": the person holding the office
            possessor = None
            if role and ent.end < len(self.doc) and self.doc[ent.end].lower_ == "affairs":
                possessor = self._owner_mention(ent)  # "Beijing's Taiwan Affairs Office":
                if possessor is None or possessor.actor.iso3 == actor.iso3:  # the office for
                    continue  # Taiwan is its owner's, one mention with it; unowned, nobody
                owner = self.gazetteer.countries[possessor.actor.iso3 or ""]
                actor, rule = owner, f"office for the affairs of {actor.label}"
            supporters = actor.kind == "person" and actor.iso3 and actor.role != "GOV"
            if supporters and (role := self._role_of(ent)):
                actor = self.gazetteer.countries.get(actor.iso3, actor)  # "Yoon supporters":
                # people of the person's country, in the part the noun names (KOR + OPP)
            end = ent.end
            owned = actor.kind == "organisation" or (actor.kind == "country" and actor.role)
            owner = self._country_owner(ent) if owned else None
            if owner is not None and owner.iso3 != actor.iso3:  # "Russia's Security Council",
                part = actor.role if actor.kind == "country" else "GOV"  # not the UN's
                # "Brazil's Senate": the part its noun names (LEG), not the one of the
                # namesake it was found under (the United States Congress, GOVLEG)
                part = self.gazetteer.roles.get(ent.root.lemma_.lower()) or part
                actor = self.gazetteer.role_actor(owner, part or "GOV")
                rule = "institution of a country"
            if actor.kind == "person":  # "[Maria Corina] Machado": a surname the NER left
                while (head := self.doc[end] if end < len(self.doc) else None) is not None and (
                    head.tag_ == "NNP" and head.is_title and not head.ent_type_
                    and self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].head.i == end
                ):  # fmt: skip
                    end += 1
                    known_people.setdefault(self.doc[end - 1].lower_, actor)
            member = self._member_named_before(ent, actor)
            if member is not None:  # "Poland shot down drones, with the NATO member calling
                actor, rule = member.actor, f"the {ent.text} member named before"  # the
                end = ent.root.head.i + 1  # incursion an act of aggression": Poland
            elif actor.kind in ("group", "organisation"):
                head = ent.root.head  # "Hezbollah fighters", "Nato peacekeepers": the group
                modifies = ent.root.dep_ in ("compound", "amod", "nmod") and head.i == ent.end
                if modifies and self.agent_role(head):
                    end = head.i + 1
            if role:
                actor, rule = self.gazetteer.role_actor(actor, role), f"{rule} + {role} noun"
                head = self._phrase_head(self._conjunct_root(ent.root))
                if head.i >= ent.end and not any(
                    t.ent_type_ and (t.ent_type_ != "ORG" or t.ent_id_)
                    for t in self.doc[ent.end : head.i]
                ):  # "Kosovo police", "Sudan's army", "Kenya's High Court" (a name we do not
                    # know is the institution's own): the mention is the whole phrase
                    end = head.i + 1
            entry = self.gazetteer.entry_of(ent.ent_id_, ent.text)
            if end > ent.end:  # the agent noun that gave the role
                entry = f"{entry}; agent '{self.doc[end - 1].lower_}'".lstrip("; ")
            start = ent.start
            if possessor is not None:
                start = possessor.start
                self._remove(possessor)
            home = self._home_before_nationality(ent, actor)
            if home is not None:  # "Kosovo Serb protesters", "Bosnian Serb leader", "Syrian
                start = home.start  # Kurdish forces": people of the first-named country
                actor = self._as_part_of(home.actor, actor)
                rule = f"{rule}, a community of {self.gazetteer.countries[actor.iso3].label}"
                self._remove(home)
            if (
                rule.startswith("party called")
                and start
                and self.doc[start - 1].lower_ in (_PARTY_WORDS)
            ):
                start -= 1  # "the opposition Democratic Party": one mention
            self._add(start, end, actor, rule, entry)
        surnames = {
            m.text.replace("-", " ").split()[-1].lower(): m.actor
            for m in self.mentions
            if m.actor.kind == "person" and len(m.text.split()) > 1
        }
        self._resolve_surnames(surnames)
        self._resolve_agents()

    def _home_before_nationality(self, ent: Span, actor: Actor) -> Mention | None:
        """The country named just before a nationality, as in 'Kosovo Serb', 'Iraqi Kurdish':
        the nationality is a community of that country. Not across a hyphen ('U.S.-Russian')."""
        if actor.kind != "country" or not ent.start or self.doc[ent.start].ent_id_[:2] != "D:":
            return None
        before = self._by_token.get(ent.start - 1)
        if before is None or before.actor.kind != "country" or before.actor.iso3 == actor.iso3:
            return None
        named = before.rule.startswith(("country name", "demonym"))  # "Kosovo" took the
        return before if named else None  # phrase's role ("protesters") before "Serb" came

    def _as_part_of(self, home: Actor, community: Actor) -> Actor:
        country = self.gazetteer.countries[home.iso3 or ""]
        return self.gazetteer.role_actor(country, community.role) if community.role else country

    def _drop_former_states(self) -> None:
        """'ex-Soviet leaders', 'former Soviet republics': the states that once made up a
        country are none of them that country, nor any one side (but "former Haitian
        senators" are still Haiti's)."""
        for mention in [m for m in self.mentions if m.actor.kind == "country"]:
            before = [t.lower_ for t in self.doc[max(mention.start - 2, 0) : mention.start]]
            after = self.doc[mention.end - 1 : mention.end + 1]
            states = any(t.tag_ == "NNS" and t.lemma_.lower() in _FORMER_PARTS for t in after)
            if before == ["ex", "-"] or (before[-1:] == ["former"] and states):
                self._remove(mention)

    def _remove(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        for i in range(mention.start, mention.end):
            if self._by_token.get(i) is mention:
                del self._by_token[i]

    def _separate_locations(self) -> list[Mention]:
        """Places named only as where something happened or sits ("talks in Beijing", "a strike
        in Russia's Kursk region", "the Vienna-based watchdog", "took control of Goma": a town
        that is no seat of government, unless it is the subject or object of a verb, or the
        object of a verb of going or taking ground: "fled Bangladesh", "rebels seized Goma",
        "entered Damascus") are not mentions of actors: they leave `mentions` for `locations`,
        and still say which country a place is in (`actor_of`)."""
        locations = []
        for mention in list(self.mentions):
            if mention.actor.kind != "country" or mention.actor.role not in (None, "GOV"):
                continue
            token = self.mention_root(mention)
            while (
                token.dep_ in ("poss", "compound", "amod", "nmod", "appos") and token.head != token
            ):
                token = token.head
            acted_on = token.dep_.startswith("nsubj") or token.dep_ == "dobj"  # "shelled Goma"
            place = (mention.rule.startswith("place in") and not acted_on) or _ground_taken(
                mention, token
            )
            # "the Vienna-based watchdog", "a Kyiv-based think tank": where a body sits, which
            # no government is (groups based somewhere took that country in `_role_of`)
            place = place or (token.dep_ == "npadvmod" and token.head.lower_ == "based")
            if mention.rule == "demonym" and token.lemma_.lower() in lemma_set("ground_nouns"):
                self.mentions.remove(mention)  # "Afghan soil", "the Chadian side": where
                locations.append(mention)
                continue
            if place or (token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE):
                owner = token.head.head  # "officials in Berlin" are Berlin's: an actor
                owned = any(c.i in self._by_token for c in owner.children if c.dep_ in
                            ("poss", "amod", "compound"))  # fmt: skip
                agent = owner.pos_ in ("NOUN", "PROPN") and self.own_role(owner)  # not a
                # "military base in Somalia": a thing in a place
                rulers = agent == "GOV" and owner.lemma_.lower() not in _SEATS  # "the junta
                # in Niamey": a capital stands for them; not "a standby force in Niger", "aid
                # offices in Sanaa", "a court in Abuja", which are only there
                aimed = agent and token.head.lower_ in _AIMED_PREPS  # "drones at Ukraine"
                if (rulers or aimed) and not owned and not place:
                    continue
                self.mentions.remove(mention)
                locations.append(mention)
        return locations

    def _resolve_surnames(self, surnames: dict[str, Actor]) -> None:
        """'Todd said' after 'Foreign Minister Hugh Todd': a surname the NER did not tag."""
        for token in self.doc:
            actor = surnames.get(token.lower_)
            free = token.i not in self._by_token and not token.ent_type_
            if actor is not None and free and token.is_title and token.pos_ == "PROPN":
                self._add(token.i, token.i + 1, actor, "surname of a person named earlier")

    def _resolve_agents(self) -> None:
        """'police', 'rebels', 'the army' with no nationality in the phrase: the ones the article
        named before with the same noun ("Houthi rebels ... the rebels"), else the country of
        the dateline, as a CAMEO coder reads a story filed from there."""
        for token in self.doc:
            if token.i in self._by_token or token.i in self.dateline or token.ent_type_:
                continue
            if token.i in self._title_words:
                continue  # "opposition leader X", "army spokesman X": the person's title
            if _the(token) and any(c.dep_ == "nummod" for c in token.children):
                continue  # "the two leaders": the ones named before (_resolve_description)
            # "the Federal Government", "the Interior Ministry": the home institution by name
            named = _the(token) and (not token.is_lower or token.lemma_.lower() in _INSTITUTIONS)
            # "WARSAW - Russia's envoy was summoned to the foreign ministry": Poland's, as a
            # foreign one would be named by its country
            opens = token.i == token.sent.start or token.i - 1 in self.dateline  # "SEOUL -
            if token.pos_ not in ("NOUN", "PROPN") or (  # Police said": capitalised to open
                not token.is_lower and not opens and not named
            ):
                continue  # another capitalised word inside a sentence is a name, not "police"
            lemma = token.lemma_.lower()  # "Students marched" tagged as a name keeps its -s
            lemma = lemma if lemma in self.gazetteer.roles else self.gazetteer.singular.get(lemma)
            role = self.gazetteer.roles.get(lemma or "")  # hand-verified nouns only, or a
            if role is None and token.is_lower:  # phrase of several words for people
                role = self._phrase_role(token, self._premodifiers(token))  # ("displaced
                role = role if role in _PEOPLE_ROLES else None  # families"; not "a military
                # base" or "the presidential palace", things the agents' phrases name too)
            role = role and (self.agent_role(token) or role)  # "army officers": MIL
            if role is None or any(c.dep_ in ("poss", "amod", "compound", "nmod") and
                                   (c.i in self._by_token or c.ent_type_) and not _oriented(c)
                                   for c in token.children):  # fmt: skip
                continue  # a nationality the gazetteer does not know is not the dateline's
            if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
                self._from_a_country(token, role)  # "officials from Iran": the phrase names
                continue  # its own
            after = self.doc[token.i + 1 : token.i + 3]
            place = self._by_token.get(after[1].i) if len(after) == 2 else None
            home = self.gazetteer.countries.get(place.actor.iso3 or "") if place else None
            if after and after[0].lower_ == "in" and home is not None and lemma in _INSTITUTIONS:
                # "the defence ministry in Moscow": that capital's country's
                actor = self.gazetteer.role_actor(home, role)
                self._add(token.i, token.i + 1, actor, f"{role} noun in {place.text}")
                continue
            if self._body_served(token) is not None:
                continue  # "judges at the World Court": the court's (_noun_phrase)
            before = self._by_token.get(token.i - 1)
            if before is not None and before.actor.kind in ("organisation", "group"):
                continue  # "its officers and African Union troops", parsed apart: the name's
            if token.dep_ == "compound" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children
            ):
                continue  # "student activists": the head's; "the governor, Ruben Rocha": his
            if role == "LEG" and _a_building(token):
                continue  # "stormed parliament", "outside Congress": the building
            if role == "MED" and _audience(token):
                continue  # "told reporters": whom a statement was made to, no party
            if _means_not_agent(token) or _hyphen_modifier(token):
                continue  # "the use of force", "the army-backed government"
            if any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in _PLURAL
                   for c in token.children):  # fmt: skip
                continue  # "its own soldiers": whose the pronoun says (_resolve_pronoun)
            shared = self._shared_nationality(token, role)
            if shared is not None:  # "Australian police and soldiers": Australia's soldiers
                self._add(token.i, token.i + 1, shared, f"{role} noun joined to a national one")
                continue
            same = _SAME_BODY.get(token.lemma_.lower(), {token.lemma_.lower()})
            earlier = [
                m for m in self.mentions
                if m.end <= token.i and self.doc[m.end - 1].lemma_.lower() in same
                and not (lemma in _SAME_BODY and (m.actor.kind == "group" or m.actor.role != role))
            ]  # fmt: skip  # "the army" is no "Arakan Army", a group's name
            if earlier:  # "Yemen's Houthi rebels ... the rebels": the ones named before
                named = max(earlier, key=lambda m: m.start)
                self._add(token.i, token.i + 1, named.actor, f"'{token.text}' named earlier")
                continue
            body = self._body_named_before(token)
            if body is not None:  # "China's foreign ministry ... a ministry spokesman"
                self._add(token.i, token.i + 1, body.actor, f"'{token.text}' of the body named")
                continue
            armed = self._armed_group_before(token) if role in _IRREGULAR_ROLES else None
            if armed is not None:  # "the Syrian Democratic Forces signed a deal to fold the
                self._add(token.i, token.i + 1, armed.actor, f"'the {token.text}' for the "
                          "armed group named before")  # fmt: skip  # militia into ..."
                continue
            ruling = self._government_just_named(token) if lemma in _RULERS else None
            if ruling is not None:  # (the government of a junta named by its army)
                country = self.gazetteer.countries.get(ruling.actor.iso3 or "")
                actor = ruling.actor
                if actor.role != "GOV" and country is not None:
                    actor = self.gazetteer.role_actor(country, "GOV")
                self._add(token.i, token.i + 1, actor, f"'{token.text}' named earlier")
                continue
            seized = self._country_ruled_in(token) if role in ("GOV", "MIL") else None
            if seized is not None:  # "the military officers who seized power in Guinea-Bissau"
                actor = self.gazetteer.role_actor(seized, role)
                self._add(token.i, token.i + 1, actor, f"{role} noun ruling in {seized.label}")
                continue
            speaking = self._speaking_force(token, role)
            if speaking is not None:
                self._add(token.i, token.i + 1, speaking, f"'{token.text}' of the forces named")
                continue
            there = self._place_of_there(token)
            if there is not None:  # "welcomed in Mongolia's capital, and authorities there
                actor = self.gazetteer.role_actor(there, role)  # did not detain him": Mongolia's
                self._add(token.i, token.i + 1, actor, f"{role} noun there, in {there.label}")
                continue
            if self.dateline_country is None or (
                self._names_other_country(token.sent, token) and not named
                and not (role in _STATE_ROLES and _unqualified(token) and self._home_telling(token))
            ):  # fmt: skip
                continue  # a story filed from Brussels about Myanmar: whose police is unclear
            if lemma in lemma_set("weapon_nouns"):
                continue  # "the missile was fired", filed from Tokyo: not Japan's
            if any(tie_participle(c) for c in token.children):
                continue  # "six companies linked to Iran": Iran's, not the dateline's
            unnamed = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            if unnamed and role in _IRREGULAR_ROLES:
                continue  # "a suicide bomber blew himself up": no one the story identifies
            actor = self.gazetteer.role_actor(self.dateline_country, role)
            self._add(token.i, token.i + 1, actor, f"{role} noun, country of the dateline")

    def _place_of_there(self, noun: Token) -> Actor | None:
        """The country of the place named last before 'there' in 'authorities there',
        'officials there' (a place or a state, in this sentence or the one before)."""
        if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in noun.children):
            return None
        start = previous_sentence_start(noun.sent)  # (places are still mentions here)
        places = [
            m for m in self.mentions
            if start <= m.start and m.end <= noun.i and m.actor.kind == "country"
        ]  # fmt: skip
        if not places:
            return None
        return self.gazetteer.countries.get(max(places, key=lambda m: m.start).actor.iso3 or "")

    def _country_ruled_in(self, noun: Token) -> Actor | None:
        """'the military officers who seized power in Guinea-Bissau', 'the soldiers who took
        power in Niamey': a state's agents a relative clause says took or hold power in it."""
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            if not any(o.lemma_.lower() == "power" for o in clause.children if o.dep_ == "dobj"):
                continue
            for place in (o for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"
                          for o in p.children if o.dep_ == "pobj"):  # fmt: skip
                mention = self._by_token.get(place.i)
                if mention is not None and mention.actor.iso3:
                    return self.gazetteer.countries.get(mention.actor.iso3)
        return None

    def _body_named_before(self, noun: Token) -> Mention | None:
        """'China's foreign ministry summoned ..., and a ministry spokesman demanded': an agent
        noun whose modifier is a body named before (in its sentence or the one before) speaks
        for that body."""
        bodies = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        bodies &= set(self.gazetteer.roles)
        start = previous_sentence_start(noun.sent)
        named = [
            m for m in self.mentions
            if start <= m.start and m.end <= noun.i and m.actor.kind == "country"
            and self.doc[m.end - 1].lemma_.lower() in bodies
        ]  # fmt: skip
        return max(named, key=lambda m: m.start) if named else None

    def _owning_organisation(self, noun: Token) -> Mention | None:
        """The organisation or armed group that owns the noun ("the alliance's troops")."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        body = self._by_token.get(owner.i) if owner is not None else None
        return body if body is not None and body.actor.kind in ("organisation", "group") else None

    def _agent_of_organisation(self, token: Token) -> bool:
        """'the bloc's envoy', "ASEAN's defence ministers", "the alliance's troops": an agent
        noun an organisation owns is that organisation, one mention with it (read in text
        order, once "the bloc" is known and before a pronoun points back), not the dateline's
        country. Did the token become one?"""
        lemma = self.gazetteer.singular.get(token.lemma_.lower(), token.lemma_.lower())
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if lemma not in self.gazetteer.roles or owner is None or token.i in self._title_words:
            return False  # "the bloc's foreign policy chief Kaja Kallas": her title
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children):
            return False  # "the group's spokesman, Yahya Saree": his
        body = self._by_token.get(owner.i)
        if body is None or body.actor.kind not in ("organisation", "group"):
            return False
        own = self._by_token.get(token.i)
        national = own is not None and self.doc[own.start].ent_type_ in ("NORP", "GPE")
        if own is not None and own is not body and (own.actor.kind != "country" or national):
            return False  # "the UN's Ukrainian staff", "its Ugandan contingent": named by a
            # nationality of their own
        replaced = [m for m in (body, own) if m is not None and m in self.mentions]
        for mention in {id(m): m for m in replaced}.values():
            self._remove(mention)
        merged = self._add(body.start, token.i + 1, body.actor, f"'{token.text}' of {body.text}")
        self.named = [merged if m in replaced else m for m in self.named]  # what later
        return True  # pronouns look back to

    def _from_a_country(self, noun: Token, role: str) -> None:
        """'troops from Uganda', 'officials from Kenya': one mention of the whole phrase, that
        country's agents (not troops withdrawn from a country: 'pulled troops from Mali')."""
        if noun.head.lemma_.lower() in _TAKING_AWAY or noun.i + 2 >= len(self.doc):
            return
        prep = self.doc[noun.i + 1]
        place = self._by_token.get(noun.i + 2)
        if prep.lower_ != "from" or prep.head != noun or place is None:
            return
        if self.mention_root(place).head != prep:
            return  # "staff members from French news agency AFP": from the agency
        country = self.gazetteer.countries.get(place.actor.iso3 or "")
        if place.actor.kind != "country" or place.actor.role or country is None:
            return
        self._remove(place)
        actor = self.gazetteer.role_actor(country, role)
        self._add(noun.i, place.end, actor, f"{role} noun from {place.text}", place.entry)

    def _shared_nationality(self, noun: Token, role: str) -> Actor | None:
        """'Australian police and soldiers', 'Indonesian police and soldiers': an agent noun
        joined to one a nationality names shares it, when it names none of its own."""
        if noun.dep_ != "conj" or noun.lemma_.lower() in lemma_set("weapon_nouns"):
            return None  # "Russian drones and missiles" are no party
        if any(c.dep_ in ("amod", "poss", "compound", "det") for c in noun.children):
            return None
        first = self._by_token.get(noun.head.i)
        if first is None or first.actor.kind != "country" or first.actor.role is None:
            return None
        country = self.gazetteer.countries.get(first.actor.iso3 or "")
        return self.gazetteer.role_actor(country, role) if country is not None else None

    def _armed_group_before(self, noun: Token) -> Mention | None:
        """The armed group named last in this sentence or the one before, for 'the militia',
        'the rebels' (not 'rebels', which may be others)."""
        if not _the(noun):
            return None
        start = previous_sentence_start(noun.sent)
        named = [m for m in self.mentions
                 if m.actor.kind == "group" and start <= m.start and m.end <= noun.i]  # fmt: skip
        return named[-1] if named else None

    def _speaking_force(self, noun: Token, role: str) -> Actor | None:
        """'BEIRUT - Lebanese troops moved south as a truce between Israel and Hezbollah took
        hold, the army said': an army or police that speaks for forces its sentence names is
        theirs, the dateline country's when its forces are among them ('Pakistani and Afghan
        forces clashed, the army said', filed from Islamabad), else the last ones named."""
        if role not in ("MIL", "COP") or noun.tag_ != "NN":
            return None
        if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in lemma_set("speech_verbs"):
            return None
        if [c.lower_ for c in noun.children] != ["the"]:
            return None  # "the peacekeeping force", "the country's air force": named by more
        sentence = noun.sent
        forces = [
            m for m in self.mentions
            if sentence.start <= m.start and m.end <= noun.i and m.actor.role == role
            and m.actor.iso3 in self.gazetteer.countries
        ]  # fmt: skip
        home = self.dateline_country
        if home is not None and any(m.actor.iso3 == home.iso3 for m in forces):
            return self.gazetteer.role_actor(home, role)
        if forces:
            return self.gazetteer.role_actor(self.gazetteer.countries[forces[-1].actor.iso3], role)
        return None

    def _government_just_named(self, noun: Token, titled: bool = False) -> Mention | None:
        """'Myanmar's military government ... the junta', '... the regime': a definite
        ruler noun (`_RULERS`), or one in a title ('junta spokesman Zaw Min Tun'), refers back
        to the government named last, in its sentence or the one before, before the dateline's
        ('the government' is as often the dateline's own)."""
        if not titled and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        start = previous_sentence_start(noun.sent)
        junta = noun.lemma_.lower() == "junta"  # "the Myanmar military's Western Command
        roles = ("GOV", "MIL") if junta else ("GOV",)  # ..., and junta spokesman Zaw Min
        # Tun", "Myanmar's military-run election ... urged the junta": the army's country
        named = [
            m for m in self.mentions
            if start <= m.start and m.end <= noun.i and m.actor.kind == "country"
            and m.actor.role in roles and not self._only_a_place(m)
            and (self.mention_root(m).pos_ == "PROPN" or m.actor.role == "MIL"
                 or self.mention_root(m).lemma_.lower() in _GOVERNMENTS)
        ]  # fmt: skip  # not a capital leaders met in ("meeting in Abuja, gave the junta"),
        # nor an envoy ("expelled the French ambassador ... the junta")
        governments = [m for m in named if m.actor.role == "GOV"] or named  # (a government
        # named before an army: "Niger's junta said its soldiers, backed by Malian troops")
        return max(governments, key=lambda m: m.start) if governments else None

    def _office(self, ent: Span, country: Actor) -> Mention | None:
        """'the Russian president', 'South Korea's foreign minister': the office holder on the
        article's date (gazetteer terms), as a mention of the whole noun phrase."""
        head = ent.root.head
        if head.tag_ in ("NNS", "NNPS"):
            return None
        words = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i not in
                 range(ent.start, ent.end) and c.ent_type_ == ""]  # fmt: skip
        title = " ".join([*(w.lower_ for w in words), head.lower_])
        person = self.gazetteer.office_holder(country.iso3 or "", title, self.day)
        if person is None:
            return None
        start = min([c.i for c in head.children if c.dep_ == "det"] + [ent.start])
        rule = f"title: {country.label} {title} in office on {self.day}"
        return self._add(start, head.i + 1, person, rule)

    @cached_property
    def _filed_at_a_seat(self) -> bool:
        """Is the story filed from a city that seats international bodies
        (`data/seat_cities.txt`) and silent on the host country itself? Then its officials
        named without a country are visitors'."""
        if not self._filed_from("seat_cities"):
            return False
        home = self.dateline_country.iso3 if self.dateline_country else None
        return not any(m.actor.iso3 == home and m.start not in self.dateline for m in self.mentions)

    def _filed_from(self, cities: str) -> bool:
        """Is the story filed from one of the cities listed in `data/{cities}.txt`?"""
        place = " ".join(t.lower_ for t in self.doc[self.dateline.start : self.dateline.stop])
        return any(place.startswith(city) for city in lemma_set(cities))

    def _story_country(self) -> Actor | None:
        """The country a story filed from a regional hub (`data/hub_cities.txt`) and silent on
        the host is about: that of the first state or office holder it names ("DUBAI -
        Iranian President X ordered ...": Iran, whose unqualified officials and institutions
        follow). None when the story names the host (so far)."""
        home = self.dateline_country.iso3 if self.dateline_country else None
        if home is None or not self._filed_from("hub_cities"):
            return None
        named = [m for m in self.mentions if m.start not in self.dateline]
        if any(m.actor.iso3 == home for m in named):
            return None
        states = [m for m in named if m.actor.kind in ("country", "person") and m.actor.iso3
                  and not self._only_a_place(m)]  # fmt: skip
        first = min(states, key=lambda m: m.start) if states else None
        return self.gazetteer.countries.get(first.actor.iso3 or "") if first else None

    def _member_named_before(self, ent: Span, body: Actor) -> Mention | None:
        """'the NATO member', 'the EU member state': the member of the body named last before
        it, in its sentence or the one before."""
        head = ent.root.head
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if ent.root.dep_ != "compound" or head.lemma_.lower() != "member" or not definite:
            return None
        members = {m.iso3 for m in self.gazetteer.members_of(body)}
        start = previous_sentence_start(ent.sent)
        named = [m for m in self.mentions if start <= m.start and m.end <= ent.start
                 and m.actor.kind == "country" and m.actor.iso3 in members]  # fmt: skip
        return max(named, key=lambda m: m.start) if named else None

    def _sole_country_named(self, sentence: Span) -> Actor | None:
        """The one state the sentence names as a party, if it names exactly one."""
        named = {
            m.actor.iso3 for m in self.mentions
            if sentence.start <= m.start < sentence.end and m.actor.iso3
            and m.actor.kind in ("country", "person") and not self._only_a_place(m)
        }  # fmt: skip
        return self.gazetteer.countries.get(named.pop()) if len(named) == 1 else None

    @cached_property
    def _meets_home_counterpart(self) -> bool:
        """Does the story name a counterpart from the dateline's country ('his Russian
        counterpart' in a story filed from Moscow)? Then it is about a visitor, and a title
        without a country is no sign of the dateline's country."""
        home = self.dateline_country.iso3 if self.dateline_country else None
        for token in self.doc:
            if token.lemma_.lower() != "counterpart":
                continue
            for child in token.children:
                ent = next((e for e in self.doc.ents if e.start <= child.i < e.end), None)
                if child.dep_ not in ("amod", "compound", "poss", "nmod") or ent is None:
                    continue
                found = self.gazetteer.lookup(ent.ent_id_, ent.text, self.day)
                if found and found[0].iso3 == home:
                    return True
        return False

    def _home_telling(self, noun: Token) -> bool:
        """'ISLAMABAD - Indian missiles struck Pakistan, Pakistan's military said, and the prime
        minister vowed revenge': a sentence told by the dateline's country, before the noun,
        keeps the dateline's reading, though it names others too."""
        home = self.dateline_country.iso3 if self.dateline_country else None
        return any(
            m.actor.iso3 == home
            and m.actor.kind == "country"
            and noun.sent.start <= m.start
            and m.end <= noun.i
            and (root := self.mention_root(m)).dep_ == "nsubj"
            and root.head.lemma_.lower() in lemma_set("speech_verbs")
            for m in self.mentions
        )

    def _names_other_country(self, sentence: Span, noun: Token | None = None) -> bool:
        """Does the sentence name a state other than the dateline's as a party? Not an armed
        group, nor a place something happens in or goes to ('killed eight police officers',
        said from Nairobi of al-Shabaab; 'deploying police officers to Haiti'). Given a noun,
        only a state named before it or in its own clause counts ('JNIM militants killed 20
        soldiers, ... while the junta accused Algiers': the soldiers are the dateline's)."""
        home = self.dateline_country.iso3 if self.dateline_country else None
        clause = _clause_of(noun) if noun is not None else sentence
        return any(
            m.actor.iso3
            and m.actor.iso3 != home
            and sentence.start <= m.start < sentence.end
            and (noun is None or m.start < noun.i or clause.start <= m.start < clause.end)
            and m.actor.kind != "group"
            and not self._only_a_place(m)
            and not self._private_people_done_to(m)
            for m in self.mentions
        )

    def _private_people_done_to(self, mention: Mention) -> bool:
        """'police had arrested a Russian national', 'detained 800 Afghan nationals': the
        nationality of private people an act is done to says whom, not whose the police are."""
        root = self.mention_root(mention)
        noun = root.head
        return (
            root.dep_ in ("amod", "compound")
            and noun.dep_ in ("dobj", "nsubjpass")
            and noun.lemma_.lower() in synsets()["&private_person"]
        )

    def _only_a_place(self, mention: Mention) -> bool:
        """A place an act happens in or goes to ('deployed police to Haiti'), not one that
        names whose an agent is ('the military junta in Niger')."""
        root = self.mention_root(mention)
        prep = root.head
        return (
            root.dep_ == "pobj"
            and prep.lower_ in _PLACE_PREPS
            and prep.head.pos_ in ("VERB", "AUX")
        )

    def _merge_possessors(self) -> None:
        """A country that owns one of its own named bodies ("Iran's Revolutionary Guards",
        "Russia's FSB") is part of the body's mention, not a mention of its own."""
        for owner in [m for m in self.mentions if m.actor.kind == "country" and not m.actor.role]:
            root = self.mention_root(owner)
            body = self._by_token.get(root.head.i) if root.dep_ == "poss" else None
            if body is None or body is owner or body.actor.iso3 != owner.actor.iso3:
                continue
            self._remove(owner)
            self._remove(body)
            self._add(owner.start, body.end, body.actor, body.rule, body.entry)

    def _drop_title_words(self) -> None:
        """'Russian President Vladimir Putin', "Guyana's President Irfaan Ali": the country is
        part of the person's title, not a mention of its own (the person carries it)."""
        titles = self._title_words
        for mention in self.mentions:
            if mention.actor.kind != "person":
                continue
            role = False
            for token in reversed(self.doc[max(mention.start - 6, 0) : mention.start]):
                if token.text == "," and role and not self._title_goes_on(token):
                    break  # "killing 12 soldiers, army spokesman X said": the title ends
                if (_title_word(token) or self._office_preposition(token)) and (
                    token.i not in titles
                ):
                    titles.add(token.i)
                    role = role or self.agent_role(token) is not None
                    continue
                break
        for mention in list(self.mentions):
            inside = all(i in titles for i in range(mention.start, mention.end))
            titled = mention.actor.kind in ("country", "organisation", "group")
            if inside and titled and self._title_noun_follows(mention):
                self.mentions.remove(mention)

    def _title_goes_on(self, comma: Token) -> bool:
        """Does a title run on before a comma ('a spokesman for the Philippine navy, Rear
        Admiral X'), as it does after one role noun, and not after soldiers killed or a place
        ('in Sanaa, U.N. envoy X')?"""
        before = self.doc[comma.i - 1] if comma.i else comma
        return before.tag_ in ("NN", "NNP") and self.agent_role(before) is not None

    def _title_noun_follows(self, mention: Mention) -> bool:
        """Is the mention followed, within the title, by a role noun ("President",
        "Foreign Minister", "envoy") and then the name?"""
        last = self.doc[mention.end - 1]
        if mention.end - mention.start > 1 and self.agent_role(last):
            return True  # "Guyana's President" already holds the title noun
        for token in self.doc[mention.end : mention.end + 5]:
            if token.ent_type_ == "PERSON":
                return False
            if self.agent_role(token) or token.lemma_.lower() in _PERSON_NOUNS:
                return True
        return False

    def _states_of_other_countries(self) -> None:
        """'Niger State police', "Nigeria's Niger state", 'Kaduna and Niger states': a country's
        name before 'State' names a province of another country (GeoNames), not the country."""
        for index, mention in enumerate(self.mentions):
            if not mention.rule.startswith("country name") or mention.actor.kind != "country":
                continue
            after = self.doc[mention.start + 1 : mention.end + 1]  # the name and one more
            state = next((t for t in after if t.lemma_.lower() == "state"), None)
            if state is None:
                continue
            name = self.doc[mention.start : state.i].text
            found = self.gazetteer.place_country(f"{name} State")
            if found is None or found[0].iso3 == mention.actor.iso3:
                continue
            actor = found[0]
            if mention.actor.role:  # "Niger State police": the state's country's police
                actor = self.gazetteer.role_actor(actor, mention.actor.role)
            self.mentions[index] = replace(mention, actor=actor, rule=f"{found[1]} + State")
            for i in range(mention.start, mention.end):
                self._by_token[i] = self.mentions[index]

    def _place_by_apposition(self) -> None:
        """'Amina Mohammed, Nigeria's foreign minister,' and "the group's spokesman, Yahya
        Saree,": an unknown person acts for the owner of the role noun in apposition to the
        name, a country's part (NGAGOV) or an organisation or armed group itself."""
        for index, mention in enumerate(self.mentions):
            titled = mention.rule.startswith("title before the name")  # "Wall Street Journal
            # correspondent Evan Gershkovich, a U.S. citizen": the citizenship told beats the
            # country a title was read with
            if mention.rule not in ("unknown person", "person (Phoenix)") and not titled:
                continue  # the text's apposition beats a dictionary's older record
            root = self.doc[mention.start : mention.end].root
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            nouns += [  # "the EU's envoy for the region, Miroslav Lajcak": the envoy
                n.head.head for n in list(nouns) if n.dep_ == "pobj" and n.head.head.pos_ == "NOUN"
            ]
            for noun in nouns:
                role = self.agent_role(noun)
                owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
                owners += _objects_of(noun, ("of",))  # "deputy chairman of Russia's ..."
                owner = next(
                    (self._by_token[c.i] for c in owners
                     if c.i in self._by_token and self._by_token[c.i].actor.kind != "person"),
                    None,
                )  # fmt: skip
                if not (role and owner) or (titled and role != "CVL"):
                    continue
                country = self.gazetteer.countries.get(owner.actor.iso3 or "")
                if owner.actor.kind in ("organisation", "group") or country is None:
                    actor = replace(mention.actor, iso3=owner.actor.iso3, cameo=owner.actor.cameo)
                else:
                    actor = replace(
                        mention.actor, iso3=country.iso3, cameo=f"{country.cameo}{role}", role=role
                    )
                placed = replace(mention, actor=actor, rule=f"apposition: {noun.text}")
                self.mentions[index] = placed
                for i in range(mention.start, mention.end):
                    self._by_token[i] = placed
                break

    def _home_institution(self, ent: Span, listed: Actor) -> tuple[Actor, str] | None:
        """'SEOUL - The Joint Chiefs of Staff said': a name many states give an institution
        (`data/shared_institution_names.txt`), written with no nationality, is the dateline
        country's, whichever state the dictionary files it under."""
        name = ent.text.lower().removeprefix("the ").strip()
        home = self._story_country() or self.dateline_country
        if name not in lemma_set("shared_institution_names") or home is None or not listed.role:
            return None
        if home.iso3 == listed.iso3 or self._owner_mention(ent) is not None:
            return None
        rule = f"institution ({ent.text}) of {home.label}"
        return self.gazetteer.role_actor(home, listed.role), rule

    def _unknown_institution(self, ent: Span) -> tuple[Actor, str] | None:
        """A name we do not know, placed by what the text says of it. A party called ruling or
        in opposition ("South Africa's ruling ANC", "the opposition Democratic Party" in a Seoul
        story) acts for its country's government or opposition; a name ending in a role noun
        ("the Interior Ministry", "Kent Police") for that part of its owner, or of the dateline's
        country (a capitalised name, unqualified, is the home country's). Names of armed forces
        are left alone: rebels name themselves armies too. Any other is no actor we can
        place."""
        if self._counted_governments(ent.root):
            return None  # "the three juntas said": the three states named before (not "two
            # Transport Ministry officials", people first named)
        before = {t.lower_ for t in ent.root.children if t.dep_ in ("amod", "compound")}
        before |= {t.lower_ for t in self.doc[max(ent.start - 2, ent.sent.start) : ent.start]}
        party = "GOV" if before & _RULING else "OPP" if before & _PARTY_WORDS else None
        role = party or self.gazetteer.roles.get(ent.root.lemma_.lower())
        if role in _ARMED_ROLES and party is None:
            return None  # "Arakan Rohingya Salvation Army": as often an armed group as an army
        ruler = ent.root.lemma_.lower() in _RULERS  # "... Myanmar's military government.
        ruling = self._government_just_named(ent.root, True) if ruler else None  # Junta
        home = self.gazetteer.countries[ruling.actor.iso3 or ""] if ruling else None  # spokesman
        # X": that junta; a story filed from a seat of international bodies: the visitor's
        host = self._sole_country_named(ent.sent) if self._filed_at_a_seat else None
        country = self._country_owner(ent) or home or host or self.dateline_country
        if host is None and self._filed_at_a_seat and country == self.dateline_country:
            return None  # "VIENNA - the Foreign Ministry", of no state named: not Austria's
        if role is None or country is None or (role == "LEG" and _a_building(ent.root)):
            return None  # "rallied outside Congress": the building
        if party is not None:
            rule = f"party called {'ruling' if party == 'GOV' else 'opposition'}"
        else:
            rule = f"institution ({ent.root.text})"
        return self.gazetteer.role_actor(country, role), f"{rule} of {country.label}"

    def _country_owner(self, ent: Span) -> Actor | None:
        """The country that possesses an institution's name, or None (`_owner_mention`)."""
        mention = self._owner_mention(ent)
        return self.gazetteer.countries.get(mention.actor.iso3 or "") if mention else None

    def _owner_mention(self, ent: Span) -> Mention | None:
        """The mention of the country that possesses an institution's name ("Russia's Security
        Council") or qualifies it from just before ("Armenian Foreign Ministry spokeswoman X",
        where the parser hangs the nationality on the title noun)."""
        owners = [c for c in ent.root.children if c.dep_ == "poss"]
        before = (
            ent.start - 2
            if ent.start > 1 and self.doc[ent.start - 1].tag_ == "POS"
            else ent.start - 1
        )
        if before >= ent.sent.start:
            owners.append(self.doc[before])
        for owner in owners:
            mention = self._by_token.get(owner.i)
            if mention is not None and mention.actor.kind == "country":
                return mention
        return None

    @staticmethod
    def _phrase_head(modifier: Token) -> Token:
        """The noun a modifier's phrase ends in: "Afghan women protesters" -> protesters,
        "Pakistan-based militants" -> militants."""
        head = modifier.head
        if modifier.dep_ == "npadvmod" and head.lower_ == "based" and head.dep_ == "amod":
            head = head.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head

    def _shared_head_role(self, demonym: Token) -> str | None:
        """'Kyrgyz and Tajik border guards' parsed with 'guards' conjoined to 'Kyrgyz': a
        nationality joined to an agent noun that has a nationality of its own shares it."""
        if demonym.ent_type_ != "NORP":
            return None
        for noun in (c for c in demonym.children if c.dep_ == "conj"):
            owned = any(c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound")
                        for c in noun.children)  # fmt: skip
            if owned and (role := self.agent_role(noun)) is not None:
                return role
        return None

    @staticmethod
    def _conjunct_root(token: Token) -> Token:
        """'British' in 'US and British activists' -> 'US', whose head is the noun."""
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        return token

    def _role_of(self, span: Span) -> str | None:
        """'Russian troops' -> MIL, 'Saudi and Emirati officials' -> GOV, 'North Korea's
        ministry' -> GOV; not for a title before a name ('Russian President Vladimir Putin')."""
        root = self._conjunct_root(span.root)
        based = root.dep_ == "npadvmod" and root.head.lower_ == "based"  # "Pakistan-based
        if based:  # militants" are of the country they are based in; not a body's seat ("the
            role = self.agent_role(self._phrase_head(root))  # Hague-based tribunal")
            return role if role in _BASED_ROLES else None
        if root.dep_ not in ("amod", "compound", "poss", "nmod"):
            return self._shared_head_role(root) or self._people_role(root)
        head = self._phrase_head(root)
        if head.ent_id_ and head.i >= span.end:
            return None  # "China's People's Liberation Army": a name of its own follows
        role = self.agent_role(head)
        title = (
            head.ent_type_ == "PERSON"
            or (head.dep_ == "compound" and head.head.ent_type_ == "PERSON")
            or (head.tag_ == "NNP" and self.doc[head.i - 1].ent_type_ == "PERSON")
        )  # the last: a name's end the NER left out ("opposition leader [Maria Corina] Machado")
        named = {t.lower_ for t in self.doc[span.end : head.i] if t.tag_ == "NNP"}
        if role and named & lemma_set("insurgent_name_words"):
            return "REB"  # "the Myanmar National Democratic Alliance Army": a group's name
        return None if title else role

    def _people_role(self, demonym: Token) -> str | None:
        """'displaced Lebanese', 'stranded Haitians': a nationality's people described as the
        agent table describes people ('displaced people' REF)."""
        agents = self.gazetteer.agents
        modifiers = [c for c in demonym.children if c.dep_ == "amod"]
        if demonym.head.i == demonym.i - 1 and demonym.head.tag_ == "VBD":
            modifiers.append(demonym.head)  # "warned displaced Lebanese", parsed as a verb
        for modifier in modifiers:
            role = agents.get(f"{modifier.lower_} people")
            if role:
                return role
        return None

    def _resolve_entity(
        self, ent: Span, known_people: dict[str, Actor]
    ) -> tuple[Actor, str] | None:
        if ent.ent_id_:
            found = self.gazetteer.lookup(ent.ent_id_, ent.text, self.day)
            if found and (home := self._home_institution(ent, found[0])):
                return home
            if found and found[1] == "person (Phoenix)":  # the text's title beats an old record
                titled = self._titled_person(ent, ent.text.strip())
                return titled or found
            if found and found[0].kind == "person" and not found[0].role:
                titled = self._titled_person(ent, ent.text.strip())  # out of the terms we
                if titled is not None:  # know, in the office the text gives: "Nato Secretary
                    actor = replace(  # General Mark Rutte" in July 2024
                        found[0], iso3=titled[0].iso3, cameo=titled[0].cameo, role=titled[0].role
                    )
                    return actor, titled[1]
            return found
        speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in lemma_set("speech_verbs")
        if (ent.label_ in ("GPE", "LOC", "FAC") or _called_a_place(ent)) and not speaks:
            return self.gazetteer.place_country(ent.text.strip())  # a town or province; not
            # "Xinhua reported": a town does not speak
        name = ent.text.strip()
        last = name.replace("-", " ").split()[-1].lower()
        if last in known_people and len(name.split()) == 1:  # "Hamada said", even when the
            return known_people[last], "surname of a person named earlier"  # NER says ORG
        if ent.label_ in ("ORG", "NORP"):
            return self._unknown_institution(ent)  # "Germany's ruling Social Democrats"
        if ent.label_ != "PERSON":
            return None
        titled = self._titled_person(ent, name)
        if titled is not None:
            return titled
        if len(ent) == 1:
            return None  # a lone unknown name ("Share", "Avdiivka") is too often not a person
        if ent.start and self.doc[ent.start - 1].lower_ == "operation":
            return None  # "troops of Operation Hadin Kai": a military operation's name
        head = ent.root.head
        if ent.root.dep_ == "compound" and head.pos_ == "NOUN" and not self.agent_role(head):
            return None  # "the Freedom Shield exercises": the name of a thing, not a person
        return Actor(id=f"person/{slug(name)}", label=name, kind="person"), "unknown person"

    # ---------------------------------------------------------------- references

    def _resolve_references(self) -> None:
        for token in self.doc:
            if self._agent_of_organisation(token) or token.i in self._by_token:
                continue
            lower = token.lower_
            if lower in _KOREA_SIDES and token.text[0].isupper() and self.korean_context:
                if token.i and self.doc[token.i - 1].lower_ == "the":
                    country = self.gazetteer.countries[_KOREA_SIDES[lower]]
                    self._add(token.i, token.i + 1, country, f"'the {token.text}' about Korea")
            elif token.pos_ == "PRON" or (lower == "both" and token.dep_ == "nsubj"):
                self._resolve_pronoun(token)
            elif lower == "two" and token.dep_ in ("nsubj", "nsubjpass") and _the(token):
                self._resolve_the_two(token)
            elif _common_noun(token) and (
                token.lemma_.lower() in _REFERRING_NOUNS or self._counted_governments(token)
            ):
                self._resolve_description(token)
            if (
                token.pos_ == "NOUN"
                and token.lemma_.lower() in _CREW
                and token.i not in (self._by_token)
            ):
                self._resolve_crew(token)
            if token.pos_ == "NOUN" and token.lemma_.lower() in _STATE_NOUNS | {"bloc"}:
                self._resolve_region(token)  # ("the West African bloc": the region's body)

    def _counted_governments(self, noun: Token) -> bool:
        """'the three juntas', 'the two administrations': governments counted, which are the
        states named before, as 'the three governments' are."""
        counted = any(c.dep_ == "nummod" and c.lower_ in _NUMBERS for c in noun.children)
        return counted and _the(noun) and self.gazetteer.roles.get(noun.lemma_.lower()) == "GOV"

    def _resolve_pronoun(self, token: Token) -> None:
        lower = token.lower_
        if lower == "both":
            self._resolve_pair(token, token.i, "'both'")
            return
        antecedent = self.antecedent(token)
        if antecedent is None:
            return
        rule = f"pronoun '{token.text}' -> {antecedent.text}"
        if self._owned_agent(token, antecedent.actor, rule):
            return
        group = self.mention_root(antecedent).conjuncts if lower in _PLURAL else ()
        group += tuple(  # "Mali, Burkina Faso and Niger ... their", with the rest of the list
            t.head for t in (self.mention_root(antecedent), *group)  # parsed as an apposition
            if t.dep_ == "appos" and t.head.nbor(1).text == ","  # of its first item
        ) if group else ()  # fmt: skip
        members = [antecedent, *(m for t in group if (m := self._by_token.get(t.i)))]
        made = [self._add(token.i, token.i + 1, m.actor, rule) for m in members]
        if len(made) > 1:
            self._groups[token.i] = made

    def _flag_of_vessel_before(self, pronoun: Token) -> Mention | None:
        """'seized a Chinese fishing boat and detained its nine crew': 'its' is the boat named
        just before it (`vessel_nouns`), and stands for the country whose flag it flies."""
        if pronoun.dep_ != "poss" or pronoun.head.lemma_.lower() not in _ABOARD:
            return None  # not "a trawler fishing inside its waters": the coast's
        return self._flag_before(pronoun)

    def _flag_before(self, word: Token, fishing: bool = False) -> Mention | None:
        """The country whose flag the last vessel named before the word in its sentence flies
        ('two Vietnamese-flagged fishing boats'), if the text gives one; with `fishing`, only
        a fishing vessel's (a merchant ship's crew is seldom of its flag's country)."""
        vessels = lemma_set("vessel_nouns")
        for vessel in reversed(self.doc[word.sent.start : word.i]):
            if vessel.pos_ != "NOUN" or vessel.lemma_.lower() not in vessels:
                continue
            if (
                fishing
                and vessel.lemma_.lower() != "trawler"
                and not any(c.lower_ == "fishing" for c in vessel.children)
            ):
                return None
            flags = [self._by_token.get(t.i) for t in vessel.subtree if t.i < vessel.i]
            named = [m for m in flags if m is not None and m.actor.kind == "country"]
            return named[-1] if named else None
        return None

    def _resolve_crew(self, noun: Token) -> None:
        """'seized two Vietnamese-flagged fishing boats and detained 37 crew members': a crew
        named with no country of its own is of the vessel's flag."""
        head = noun.head if noun.dep_ == "compound" else noun  # "crew members"
        if any(c.dep_ in ("poss", "amod", "compound") and c.i in self._by_token
               for w in (noun, head) for c in w.children):  # fmt: skip
            return  # "its nine crew", "Filipino crew": owned already
        flag = self._flag_before(noun, fishing=True)
        if flag is not None:
            start = min(c.i for c in head.subtree if c.dep_ in ("nummod", "compound", "det")
                        or c == head)  # fmt: skip
            self._add(start, head.i + 1, flag.actor, f"crew of the vessel of {flag.text}")

    def _owned_agent(self, pronoun: Token, owner: Actor, rule: str) -> bool:
        """'backing the group with its own soldiers': a possessive pronoun on an agent noun
        names that part of the owner's country, as one mention of the whole phrase; an
        organisation's or armed group's ('the AU mission said its troops', 'the Arakan Army
        said its fighters') are the body itself."""
        noun = pronoun.head
        role = self.gazetteer.roles.get(noun.lemma_.lower())
        member = role is not None or noun.lemma_.lower() in _MEMBERS
        if pronoun.dep_ != "poss" or not member or noun.i in self._by_token:
            return False
        if noun.lemma_.lower() == "counterpart":
            return False  # "held talks with his counterpart X": the other side's
        if pronoun.lower_ in _PLURAL:
            return False  # "talks between their foreign ministers": each of a group's
        staff = (
            owner.kind == "country"
            and owner.role is not None
            and noun.lemma_.lower() in _STAFF_NOUNS
            and not any(c.dep_ in ("amod", "compound") for c in noun.children)
        )  # (not "its military personnel": the part the modifier names)
        if owner.kind in ("organisation", "group") or staff:
            # "Somalia's intelligence agency said its officers": the agency's own (SOMSPY)
            self._add(pronoun.i, noun.i + 1, owner, f"{rule} + '{noun.lemma_}'")
            return True
        country = self.gazetteer.countries.get(owner.iso3 or "")
        if owner.kind not in ("country", "person") or country is None or role is None:
            return False
        actor = self.gazetteer.role_actor(country, role)
        self._add(pronoun.i, noun.i + 1, actor, f"{rule} + '{noun.lemma_}'")
        return True

    def _resolve_description(self, noun: Token) -> None:
        """'the country' -> the last country named; 'the two leaders' -> the last two people."""
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
        start = min(
            [c.i for c in noun.children if c.dep_ in ("det", "predet", "nummod")] or [noun.i]
        )
        plural = noun.tag_ in ("NNS", "NNPS")
        counted = [_NUMBERS[d] for d in dets if d in _NUMBERS]
        paired = dets == {"the"} and noun.lemma_.lower() in _PAIR_NOUNS
        if plural and (counted or paired) and noun.lemma_.lower() not in _PERSON_NOUNS:
            # "the three Sahel nations": the last three countries named; "the neighbours
            # signed a pact": the two just named
            phrase = f"'{self.doc[start : noun.i + 1].text}'"
            self._resolve_several(noun, start, phrase, counted[0] if counted else 2)
        elif plural and dets & {"two", "both"}:
            self._resolve_pair(noun, start, f"'{self.doc[start : noun.i + 1].text}'")
        elif not plural and dets & {"the", "this"}:
            if noun.lemma_.lower() in _SIDE_NOUNS | _STATE_WORDS and any(  # "the Myanmar side",
                # "the Russian state": the country
                c.dep_ in ("compound", "amod") and (m := self._by_token.get(c.i)) is not None
                and m.actor.kind == "country"  # its modifier names, no one named before (but
                for c in noun.children  # "the Palestinian group" is the group named before)
            ):  # fmt: skip
                return
            owners = _objects_of(noun, ("of", "in", "from"))
            after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
            if after is not None and after.lower_ == "in" and after.head == noun.head:
                owners += [c for c in after.children if c.dep_ == "pobj"]  # the parser often
                # hangs "in Beijing" on the verb
            named = [self._by_token[t.i] for t in owners if t.i in self._by_token]
            if named:  # "the government in Kigali" names its own country
                country = self.gazetteer.countries.get(named[0].actor.iso3 or "")
                if noun.lemma_.lower() == "government" and country is not None:
                    place = named[0]  # one mention of the whole phrase, the place's government
                    self._remove(place)
                    rule = f"'{self.doc[start : noun.i + 1].text}' in {place.text}"
                    self._add(start, place.end, self.gazetteer.role_actor(country, "GOV"), rule)
                return
            lemma = noun.lemma_.lower()
            if _news_outlet(noun):
                return  # "the state news agency": not the agency named before
            wanted = "person" if lemma in _PERSON_NOUNS else "country"
            if lemma in _BODY_NOUNS:
                wanted = "group" if lemma in ("group", "movement", "militia") else "organisation"
            previous = self._recent(noun.i, wanted, 3)
            if wanted == "country":  # "Afghan nationals ... leave the country": a nationality
                previous = self._placed(noun, self._recent(noun.i, wanted, 6))  # names no country
            if lemma == "government":  # "Russian jets entered Estonian airspace, the
                governing = [m for m in previous if m.actor.role in (None, "GOV")]  # government
                speaking = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lemma_set(
                    "speech_verbs"
                )  # said": forces are no government; one that speaks unnamed is the dateline's
                if not governing and speaking and self.dateline_country is not None:
                    home = self.gazetteer.role_actor(self.dateline_country, "GOV")
                    self._add(start, noun.i + 1, home, "'the government' of the dateline")
                    return
                if noun.dep_ in ("dobj", "nsubj") and noun.head.dep_ != "ccomp":  # (not in
                    # what someone says: the teller's)
                    previous = governing or previous  # "Chinese police advisers will train
                    # Solomon Islands officers ... accused the government": no police's
                home = self.dateline_country
                if not governing and home is not None:  # only agents named: the one of the
                    previous = [m for m in previous if m.actor.iso3 == home.iso3] or previous
                    # country the story is filed from (HONIARA: the officers' government)
            if lemma == "island":  # "drills near the island": the island named last
                islands = lemma_set("island_states")
                previous = [m for m in previous if (m.actor.iso3 or "").lower() in islands]
            if not previous and wanted == "group" and lemma != "militia":
                previous = self._recent(noun.i, "organisation", 3)  # "the group": the G7's
                # members, but no organisation is a militia
            if not previous and wanted == "country" and lemma != "government":  # "Saudi Crown
                # Prince Mohammed bin Salman told Zelenskiy the kingdom was ready": his country
                previous = [
                    m
                    for m in self._recent(noun.i, "person", 3)
                    if m.actor.iso3 and self.mention_root(m).dep_.startswith("nsubj")
                ]
            if lemma in _OTHER_STATE_NOUNS and noun.dep_.startswith("nsubj"):
                told_by = [m for m in previous if self._tells(m, noun)]
                previous = [m for m in previous if m not in told_by] or previous
                # "Australia said it was disappointed that the Pacific nation had gone ahead":
                # a state does not make itself the doer of what it tells by a description
                # (but "Venezuela ordered diplomats to leave the country": a place)
            if lemma in _OTHER_STATE_NOUNS:  # "Australia and New Zealand flew aid into
                single = [m for m in previous if not self.mention_root(m).conjuncts]  # Vanuatu
                previous = single or previous  # after the Pacific nation's government asked":
                # one state described is not one of a pair named together
            # a description picks up the topic: a subject before the nearest other mention
            subjects = [m for m in previous if self.mention_root(m).dep_.startswith("nsubj")]
            previous = subjects or previous
            if previous:
                rule = f"'{self.doc[start : noun.i + 1].text}' -> {previous[0].text}"
                actor, end = self._described(noun, previous[0].actor), noun.i + 1
                owned = noun.head  # "the country's ombudsman": one mention of the whole
                role = self.agent_role(owned) if noun.dep_ == "poss" else None  # phrase, that
                guessed = self._by_token.get(owned.i)  # part of it (not the dateline's, as
                if role and actor.kind == "country":  # the agent noun alone was read)
                    if guessed is not None and guessed.rule.endswith("country of the dateline"):
                        self._remove(guessed)
                    if owned.i not in self._by_token:
                        actor, end = self.gazetteer.role_actor(actor, role), owned.i + 1
                        rule = f"{rule} + {role} noun"
                self._add(start, end, actor, rule)

    def _tells(self, mention: Mention, noun: Token) -> bool:
        """Is a state's name the subject of a verb whose clause holds the noun ('Australia
        said ... the Pacific nation')?"""
        root = self.mention_root(mention)
        return (
            mention.actor.kind == "country" and root.dep_ == "nsubj" and root.head in noun.ancestors
        )

    def _described(self, noun: Token, actor: Actor) -> Actor:
        """What a description refers to in the actor it points back to: 'the country' is the
        state itself, not the gangs or ministers that named it; 'the government' its
        government."""
        country = self.gazetteer.countries.get(actor.iso3 or "")
        # "the kingdom" a prince speaks for: his country
        leader = actor.kind == "person" and noun.lemma_.lower() not in _PERSON_NOUNS
        if (actor.kind != "country" and not leader) or country is None:
            return actor
        if noun.lemma_.lower() == "side":
            return actor
        if noun.lemma_.lower() == "government":
            return self.gazetteer.role_actor(country, "GOV")
        return country

    def _placed(self, noun: Token, previous: list[Mention]) -> list[Mention]:
        """The countries a description can refer back to, nearest first. Not a nationality
        ("Afghan nationals ... leave the country"), not the subject of its own clause ("Kabul
        accused the neighbouring country"), and where its words place it ("the Gulf state",
        "the Asian nation", "the island nation": `loaders/data/region_words.tsv`; "the
        neighbouring country": one bordering another country the text names)."""
        subject = {m.actor.iso3 for m in self._subject_mentions(noun) if _is_the_state(m.actor)}
        found = [m for m in previous if m.rule != "demonym" and m.actor.iso3 not in subject]
        for words in self._place_words(noun):
            if words in ("neighbouring", "neighboring"):
                named = {m.actor.iso3 for m in self._recent(noun.i, "country", 6)}
                found = [m for m in found if self.gazetteer.neighbours(m.actor.iso3 or "") & named]
            elif (region := self.gazetteer.region(words)) is not None:
                found = [m for m in found if m.actor.iso3 in region]
        return found

    def _place_words(self, noun: Token) -> list[str]:
        """The modifiers of a noun, each as written in lower case ("Southeast Asian"), or word
        by word where the whole is no region ("Pacific island": "pacific", "island")."""
        found = []
        for modifier in noun.lefts:
            if modifier.dep_ not in ("amod", "compound", "nmod"):
                continue
            words = [t.lower_ for t in modifier.subtree]
            whole = " ".join(words)
            found += [whole] if self.gazetteer.region(whole) is not None else words
        return found

    def _subject_mentions(self, token: Token) -> list[Mention]:
        """The named subject of the clause a word is an object in ("Kabul" for "the country" in
        "Kabul accused the country"); a participle takes its head clause's ("..., accusing the
        Gulf state"). Empty when the word is inside the subject or says what the subject is
        ("Russia became the first country")."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            if verb.dep_ in ("nsubj", "nsubjpass", "attr", "appos", "oprd"):
                return []
            verb = verb.head
        while True:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head == verb:
                break
            if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
                return []  # "ordered diplomats to leave the country": the diplomats leave
            verb = verb.head
        return [
            m for s in subjects for t in s.subtree if (m := self._by_token.get(t.i)) is not None
        ]

    def _resolve_region(self, noun: Token) -> None:
        """'West African leaders' where the article names ECOWAS: the organisation; 'the
        Baltic states': each of them (`data/country_groups.tsv`)."""
        words = [t for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
        if not words or any(w.i in self._by_token for w in words):
            return
        start = min(w.i for w in words)
        adjective = self.doc[start : noun.i].text
        titled = [w for w in self.doc[start : noun.i] if w.is_title or w.is_punct]
        if len(titled) < noun.i - start and titled and titled[0].i == start:
            # "Southeast Asian foreign ministers": the region is the capitalised words
            end = next(w.i for w in self.doc[start : noun.i] if not (w.is_title or w.is_punct))
            adjective = self.doc[start:end].text
        known = country_groups().keys() | regional_groups().keys()
        if adjective.lower() not in known and adjective not in known:
            last = start  # "the 15-nation West African bloc": the capitalised words before it
            while last < noun.i and not self.doc[last].is_title:
                last += 1
            capitalised = self.doc[last : noun.i].text
            if capitalised in known or capitalised.lower() in known:
                start, adjective = last, capitalised
        if members := country_groups().get(adjective.lower()):
            rule = f"'{adjective} {noun.text}': {', '.join(members)}"
            actors = [self.gazetteer.countries[c] for c in members]
            self._groups[noun.i] = [self._add(start, noun.i + 1, a, rule) for a in actors]
            return
        key, alone = regional_groups().get(adjective, ("", False))
        named = [m for m in self._resolved if m.actor.id == f"org/{key}"]
        if key and named:
            rule = f"'{adjective} {noun.text}' where the article names {named[0].text}"
            self._add(start, noun.i + 1, named[0].actor, rule)
        elif alone and key in self.gazetteer.organisations:
            rule = f"'{adjective} {noun.text}': the region's body"
            self._add(start, noun.i + 1, self.gazetteer.organisations[key], rule)

    def _resolve_several(self, token: Token, start: int, phrase: str, count: int) -> None:
        sides = token.lemma_.lower() in _SIDE_NOUNS  # "the two sides": no mediator of theirs
        states = token.lemma_.lower() in _STATE_WORDS  # "the two countries": no town
        askers = _subject_of_the_clause(token) if sides else frozenset()  # "Saudi Arabia and
        # Qatar urged both sides": not the pair that urges them
        group = [
            (m.text, m.actor)
            for m in self._recent(
                start, "country", count, sides=sides, besides=askers, states=states
            )
        ]
        if count == 2:  # "the two countries": the pair named together, if there is one, or
            pair = self._conjoined_pair(
                self._recent(
                    start, "country", 6, distinct=False, sides=True, besides=askers, states=states
                )
            )
            leaders = self._conjoined_pair(self._recent(start, "person", 4, sides=True))  # or
            # the countries of two leaders: "X held talks with Y, after which the two sides (the
            # neighbours) signed": the last two people named
            if not leaders and token.lemma_.lower() in _PAIR_NOUNS | {"side"}:
                leaders = self._recent(start, "person", 2, sides=True)
            countries = [self.gazetteer.countries.get(m.actor.iso3 or "") for m in leaders]
            if pair:
                group = [(m.text, m.actor) for m in pair]
            elif len({c.id for c in countries if c is not None}) == 2:
                group = [
                    (f"{m.text}'s country", c) for m, c in zip(leaders, countries, strict=True)
                ]
        elif listed := self._conjoined_list(
            self._recent(start, "country", 3 * count, distinct=False, sides=True, states=states),
            count,
        ):  # "the leaders of Niger, Mali and Burkina Faso accused ECOWAS of doing France's
            group = [(m.text, m.actor) for m in listed]  # bidding ..., after the three
            # countries quit": the three listed together, not the last three named
        if len(group) < count and token.lemma_.lower() in _SIDE_NOUNS:  # "X hosted a Taliban
            group = [(m.text, m.actor) for m in self._recent(start, _PARTIES, count, sides=True)]
            # delegation and the two sides signed deals": a person and an armed group
        if len(group) == count:
            rule = f"{phrase} -> " + ", ".join(text for text, _ in reversed(group))
            if token.lemma_.lower() in _STATE_WORDS:  # "Thai and Cambodian troops ... the two
                group = [(text, self._state(actor)) for text, actor in group]  # countries"
            self._groups[token.i] = [self._add(start, token.i + 1, a, rule) for _, a in group]

    def _resolve_pair(self, token: Token, start: int, phrase: str) -> None:
        if token.dep_ == "pobj" and token.head.lower_ in _SETTING_PREPS:
            return  # "bases in both countries", "traders on both sides": where, not who
        wanted = "person" if token.lemma_.lower() in _PERSON_NOUNS | {"both"} else "country"
        askers = _subject_of_the_clause(token)  # "Saudi Arabia and Qatar urged both sides"
        states = token.lemma_.lower() in _STATE_WORDS
        pair = self._conjoined_pair(
            self._recent(
                start, wanted, 6, distinct=False, sides=True, besides=askers, states=states
            )
        ) or self._recent(start, wanted, 2, sides=True, besides=askers, states=states)
        role = None
        if len(pair) < 2 and wanted == "person":  # "Somalia and Ethiopia signed ..., after
            pair = self._conjoined_pair(  # Erdogan hosted the two leaders": the two countries'
                self._recent(start, "country", 6, distinct=False)
            ) or self._recent(start, "country", 2)
            role = self.gazetteer.roles.get(token.lemma_.lower())  # leaders
        if len(pair) == 2:
            rule = f"{phrase} -> {pair[1].text} and {pair[0].text}"
            if token.lemma_.lower() in _STATE_WORDS:  # "Kyrgyz and Tajik border guards ...
                pair = [self._state_of(m) for m in pair]  # both countries": the states
            actors = [self._role_of_country(m.actor, role) for m in pair]
            self._groups[token.i] = [self._add(start, token.i + 1, a, rule) for a in actors]

    def _resolve_the_two(self, token: Token) -> None:
        """'X phoned Y, and the two agreed to ...': the pair named together, else the last two
        parties of any kind."""
        start = token.i - 1
        pair = self._conjoined_pair(
            self._recent(start, _PARTIES, 6, distinct=False, sides=True)
        ) or self._recent(start, _PARTIES, 2, sides=True)
        if len(pair) == 2:
            rule = f"'the two' -> {pair[1].text} and {pair[0].text}"
            self._groups[token.i] = [self._add(start, token.i + 1, m.actor, rule) for m in pair]

    def _state_of(self, mention: Mention) -> Mention:
        """The mention as its state ('Kyrgyz border guards' as Kyrgyzstan)."""
        return replace(mention, actor=self._state(mention.actor))

    def _state(self, actor: Actor) -> Actor:
        """The state a part of a country belongs to; any other actor as it is."""
        country = self.gazetteer.countries.get(actor.iso3 or "")
        return country if actor.kind == "country" and country is not None else actor

    def _role_of_country(self, actor: Actor, role: str | None) -> Actor:
        """The part of a country a noun names ('the two leaders' of two countries: GOV)."""
        country = self.gazetteer.countries.get(actor.iso3 or "")
        if role is None or actor.kind != "country" or country is None:
            return actor
        return self.gazetteer.role_actor(country, role)

    def _conjoined_pair(self, recent: list[Mention]) -> list[Mention]:
        """'Russian and Chinese warships ..., Tokyo voiced concern over the two countries'':
        the two named together, when the recent mentions hold such a pair."""
        for n, first in enumerate(recent):
            for second in recent[n + 1 :]:
                words = range(first.start, first.end)  # "Russian and Chinese warships": the
                if any(c.i in words for t in self.doc[second.start : second.end]  # adjectives
                       for c in t.conjuncts):  # fmt: skip
                    return [first, second]
        return []

    def _conjoined_list(self, recent: list[Mention], count: int) -> list[Mention]:
        """Exactly `count` of the recent mentions named in one list ('Niger, Mali and Burkina
        Faso'), nearest first; none if no list of that length is among them."""
        for first in recent:
            words = {t.i for t in self.doc[first.start : first.end]}
            listed = [m for m in recent if m is first or any(
                c.i in words for t in self.doc[m.start : m.end] for c in t.conjuncts
            )]  # fmt: skip
            if len({m.actor.id for m in listed}) == count == len(listed):
                return listed
        ordered = sorted(recent, key=lambda m: m.start)  # "Mali, Burkina Faso and Niger", with
        run: list[Mention] = []  # the first name left out of the parser's conjuncts: names
        for mention in ordered:  # separated only by commas and 'and'
            between = self.doc[run[-1].end : mention.start] if run else []
            if run and not all(t.text == "," or t.lower_ in ("and", "or") for t in between):
                run = []
            run.append(mention)
            if len({m.actor.id for m in run}) == count == len(run):
                return list(reversed(run))
        return []

    def _recent(
        self,
        before: int,
        kind: str | frozenset[str],
        count: int,
        distinct: bool = True,
        sides: bool = False,
        besides: frozenset[int] = frozenset(),
        states: bool = False,
    ) -> list[Mention]:
        """The last `count` distinct actors of a kind named before a position (this or the
        previous sentence), nearest first; with distinct=False the last `count` mentions, so
        that a pair named together earlier is still whole ("Pakistan and Afghanistan ...
        Saudi Arabia, which Pakistan ..., urged the two sides"); with `sides`, not a mediator
        or host, who is no side of what it brokers, nor a mention starting at a position in
        `besides`; with `states`, not a place named as where something happened nor an actor
        named in a description of another (`_where_it_happened`). `kind` may be a set of
        kinds."""
        kinds = {kind} if isinstance(kind, str) else kind
        sentence = self.doc[before].sent
        earliest = previous_sentence_start(sentence)
        found: list[Mention] = []
        for mention in reversed(self._resolved):
            if mention.end > before or mention.start < earliest or mention.actor.kind not in kinds:
                continue
            if mention.start in besides:
                continue
            if sides and self._no_side(mention):
                continue  # "talks ... brokered by U.S. envoy Tom Barrack, but the two sides":
                # a mediator or host is no side
            if states and self._where_it_happened(mention):
                continue  # "exchanging letters in New York, the two countries": a place
            if not distinct or all(m.actor.side != mention.actor.side for m in found):
                found.append(mention)
            if len(found) == count:
                break
        return found

    def _where_it_happened(self, mention: Mention) -> bool:
        """A town or region named in a phrase ('in New York', 'at Camp David'): where
        something happened, no side of it; or an actor named in a description of another
        ('Cuba, one of North Korea's Cold War-era allies'), no side either."""
        root = self.mention_root(mention)
        if mention.rule.startswith("place in") and root.dep_ == "pobj":
            return True
        word = root
        while word.dep_ in ("poss", "compound", "amod", "pobj", "prep") and word.head != word:
            word = word.head
        return word != root and word.dep_ == "appos"  # (not "the neighbours, Sudan and Chad")

    def _no_side(self, mention: Mention) -> bool:
        """A mediator or host (`_go_between`) or a backer named in a modifier ('Rwanda-backed
        M23 rebels'): neither is a side of what the sides did."""
        root = self.mention_root(mention)
        backer = (
            root.dep_ in ("npadvmod", "compound")
            and root.head.tag_ == "VBN"
            and (root.head.lemma_.lower() in lemma_set("backing_verbs"))
        )
        return backer or self._go_between(mention)

    def _go_between(self, mention: Mention) -> bool:
        """Is the mention the agent of a mediating or hosting participle ('brokered by U.S.
        envoy X', 'hosted by Qatar'; the verbs of `data/third_parties.tsv`), or whose a
        mediator noun is ('Qatari mediators'; its nouns)?"""
        root = self.mention_root(mention)
        while root.dep_ in ("compound", "amod", "poss", "appos", "conj"):
            root = root.head
        if (root.lemma_.lower(), "NOUN") in third_parties():
            return True  # "the Saudi and US facilitators", "Qatari mediators"
        agent = root.head if root.dep_ == "pobj" else None
        if agent is None or agent.lower_ != "by":
            return False
        return (agent.head.lemma_.lower(), "VERB") in third_parties()

    def _titled_person(self, ent: Span, name: str) -> tuple[Actor, str] | None:
        """A person placed by the title before the name."""
        country, role = self._title_before(ent)
        if country is None:
            return None
        actor = Actor(
            id=f"person/{slug(name)}",
            label=name,
            kind="person",
            iso3=country.iso3,
            cameo=f"{country.cameo}{role or ''}",
            role=role,
        )
        return actor, f"title before the name ({country.label})"

    def _office_preposition(self, token: Token) -> bool:
        """'Of' or 'for' inside one office's title ("Qatar's minister of state Mohammed
        al-Khulaifi", "State Minister for Defence Omar Ali Abdi"; not "troops of")."""
        office = self.doc[token.i - 1] if token.i else token
        return (
            token.lower_ in ("of", "for")
            and office.tag_ in ("NN", "NNP")
            and self.agent_role(office) == "GOV"
        )

    def _title_before(self, ent: Span) -> tuple[Actor | None, str | None]:
        """'North Korean leader Kim Jong Un', "Russia's UN envoy Vassily Nebenzia": a
        nationality and a role noun just before a name; with no country, an organisation ("UN
        Secretary-General Antonio Guterres" acts for the UN), else the dateline's country, as
        for other agents a story names without a nationality."""
        role, organisation, titles, cabinet = None, None, set(), False
        posted = None  # "China's consul general in Osaka, Xue Jian": where the office is held
        start = ent.start  # where the title begins
        for token in reversed(self.doc[max(ent.start - 8, ent.sent.start) : ent.start]):
            start = token.i
            mention = self._by_token.get(token.i)
            if posted is not None and token.i >= posted:
                continue
            before = self.doc[mention.start - 1] if mention and mention.start > 1 else None
            if before is not None and before.lower_ == "the" and before.i > 1:
                before = self.doc[before.i - 1]  # "ambassador to the United States"
            if (
                before is not None
                and before.lower_ in _POSTING_WORDS
                and self.agent_role(self.doc[before.i - 1]) is not None
            ):
                posted = before.i  # is not whose office it is
                continue
            if token.lower_ in _RANKS:
                continue  # "deputy minister": a rank, not a sheriff's deputy (COP)
            if token.lemma_.lower() in lemma_set("vessel_nouns"):
                return None, None  # "the aircraft carrier USS Harry S. Truman": a ship
            if token.pos_ in ("NOUN", "PROPN", "ADJ") and (found := self.agent_role(token)):
                # before the mention: "UN envoy" is one mention of the UN; "army spokesman",
                # "police chief": the sector beats the office's generic GOV, but a minister or
                # secretary of the police or the army sits in the government
                cabinet = cabinet or (role is None and token.lemma_.lower() in _CABINET_POSTS)
                role = found if role is None or (role == "GOV" and not cabinet) else role
                titles.add(token.lower_)
                if "junta" in titles:  # "junta spokesman Major General Zaw Min Tun": a junta
                    role = "GOV"  # governs, whatever rank its officers hold
                ruler = token.lemma_.lower() in _RULERS
                mention = mention or (ruler and self._government_just_named(token, True)) or None
                if mention and mention.actor.kind == "country" and mention.actor.iso3:
                    return self.gazetteer.countries[mention.actor.iso3], role  # "the junta's
                continue  # deputy foreign minister": whose the junta is
            if mention and mention.actor.kind == "country":
                return self.gazetteer.countries[mention.actor.iso3 or ""], role or "GOV"
            if mention and mention.actor.kind in ("organisation", "group"):
                organisation = organisation or mention.actor
                continue
            if not (_title_word(token) or self._office_preposition(token)):
                break
            if token.text == "," and (role or organisation):
                break  # "in Beirut, UN envoy X": a title before the name ends at a comma
        if organisation is not None and role is not None:
            return organisation, None
        title = f" {self.doc[start : ent.start].text.lower()} "
        if role is not None and any(f" {t} " in title for t in lemma_set("organisation_titles")):
            # "ECOWAS ... Commission President Omar Alieu Touray": an officer of the body named
            # last (in this sentence or the one before), not of the dateline's country
            sentence = ent.sent
            earliest = previous_sentence_start(sentence)
            bodies = [
                m
                for m in self.mentions
                if earliest <= m.start and m.end <= ent.start and m.actor.kind == "organisation"
            ]
            if bodies:
                return bodies[-1].actor, None
        if role is not None and self.dateline_country is not None:
            if self._meets_home_counterpart:
                return None, None  # "MOSCOW: Foreign Minister X met his Russian counterpart"
            if self._filed_at_a_seat:  # "VIENNA - Iran will let inspectors back, Deputy
                # Foreign Minister X said": a minister who came to speak; any other officer
                # there is as often an international body's ("foreign policy chief Kallas")
                visitor = self._sole_country_named(ent.sent) if "minister" in titles else None
                return (visitor, role) if visitor is not None else (None, None)
            if (story := self._story_country()) is not None:  # "DUBAI - Iranian President
                return story, role  # X ordered ... Deputy Foreign Minister Y said": Iran's
            if self._names_other_country(ent.sent) and not titles & _HOME_TITLES:
                return None, None  # "ABUJA - ... order in Niger, ... President Mohamed Bazoum"
            return self.dateline_country, role  # "DHAKA - army chief General X": Bangladesh's
        return None, None

    # ---------------------------------------------------------------- the actor behind a token

    def mention_at(self, token: Token) -> Mention | None:
        """The named mention a token is part of, if any."""
        return self._by_token.get(token.i)

    def group_at(self, token: Token) -> list[tuple[Actor, str]]:
        """All actors of a group reference ('the two leaders', 'they'), else []."""
        return [(m.actor, m.rule) for m in self._groups.get(token.i, ())]

    def actor_of(self, token: Token) -> tuple[Actor, str] | None:
        """The actor a noun phrase headed by `token` refers to, and the rule that said so."""
        mention = self._by_token.get(token.i)
        if mention is not None:
            return mention.actor, mention.rule
        if token.pos_ in ("NOUN", "PROPN"):
            return self._noun_phrase(token)
        return None

    def actors_of(self, token: Token) -> list[tuple[Actor, str]]:
        """Like `actor_of`, with every one of conjoined owners: 'Russian and Ukrainian
        delegations', 'the ministers of Congo and Rwanda' -> both (RUSGOV, UKRGOV)."""
        own = self._by_token.get(token.i)
        if own is not None and own.rule.startswith("'") and token.i not in self._groups:
            return [(own.actor, own.rule)]  # "Hungary is the only NATO ally not to have
            # ratified": the description's referent, not its modifier
        found: list[tuple[Actor, str]] = []
        owners = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        # "Rwanda's UN envoy" is Rwanda's; "his Ghanaian counterpart" is Ghana's, never his
        if token.lemma_.lower() == "counterpart":
            owners = [c for c in owners if c.dep_ != "poss"]
        owners += _objects_of(token, ("of", "from"))  # "the foreign ministers of Congo and Rwanda"
        places = _objects_of(token, ("in",)) if self.own_role(token) is not None else []
        owners += places  # "lawmakers in France and Germany": each one's (not "talks in Doha")
        owners = self.groups_first(token, owners)  # "Yemen's Houthi group": the group's
        # "Filipino and American troops" parsed as two modifiers, the 'and' hung on the first
        paired = any(c.dep_ == "cc" for o in owners if o.dep_ == "amod" for c in o.children)
        for child in owners:  # ("Australian and Papua New Guinean soldiers": the second a
            if found and not (paired and child.dep_ in ("amod", "compound")):  # compound name)
                break  # one owner and its conjuncts: "Russian and Ukrainian delegations"
            for mention in (  # "their governments": each of the group 'their' stands for
                m for owner in (child, *child.conjuncts)
                for m in self._groups.get(owner.i) or [self._by_token.get(owner.i)]
            ):  # fmt: skip
                if mention is None or any(m.id == mention.actor.id for m, _ in found):
                    continue
                actor = mention.actor
                if child in places and actor.iso3:  # "protesters in Paris": the country's
                    actor = self.gazetteer.countries.get(actor.iso3, actor)
                role = self.agent_role(token)
                if role and actor.kind == "country" and not actor.role:
                    actor = self.gazetteer.role_actor(actor, role)
                found.append((actor, f"{mention.rule} + '{token.lemma_}'"))
        if len(found) > 1:
            return found
        first = self.actor_of(token)
        return [first] if first is not None else []

    def _noun_phrase(self, token: Token) -> tuple[Actor, str] | None:
        # "Yoon Suk Yeol's office", "North Korean state media", "a delegation from Iran"
        role = self.agent_role(token)
        counterpart = token.lemma_.lower() == "counterpart"  # the other side's, not his
        placed = self.own_role(token) is not None  # "police in Kenya" are Kenya's; "a border
        # security deal in Saudi Arabia", "military drills in Belarus" only happen there
        for child in self.groups_first(token, self._modifiers(token)):
            if child.dep_ == "pobj" and child.head.lower_ == "in" and not placed:
                continue
            if child.dep_ in ("amod", "compound", "nmod", "pobj") or (
                child.dep_ == "poss" and not counterpart
            ):
                mention = self._by_token.get(child.i)
                if mention is not None and role:
                    actor = mention.actor
                    if actor.kind == "person" and actor.iso3 and actor.role != "GOV":
                        # "supporters of Imran Khan": people of his country, not him
                        actor = self.gazetteer.countries.get(actor.iso3, actor)
                    if actor.kind == "country":
                        actor = self.gazetteer.role_actor(actor, role)
                    return actor, f"{mention.rule} + '{token.lemma_}'"
        if role and (body := self._body_served(token)) is not None:
            return body.actor, f"{body.rule} + '{token.lemma_}' at it"
        if role and any(c.lower_ == "the" for c in token.children):
            return self._earlier_head(token)
        return None

    def groups_first(self, noun: Token, modifiers: list[Token]) -> list[Token]:
        """A noun's modifiers, those naming an armed group first when the noun is its people or
        body: "Yemen's Houthi group" and "Sudan's RSF fighters" are the group's, not their
        country's (but "Jerusalem's Al-Aqsa mosque" is no group's)."""
        if noun.lemma_.lower() not in _BODY_NOUNS and not self.agent_role(noun):
            return modifiers

        def others(token: Token) -> bool:
            mention = self._by_token.get(token.i)
            return mention is None or mention.actor.kind != "group"

        return sorted(modifiers, key=others)

    def _body_served(self, noun: Token) -> Mention | None:
        """'judges at the World Court', 'inspectors at the IAEA': the international body an
        agent noun serves at (not a place: 'protesters at the Russian embassy' are locals)."""
        for place in _objects_of(noun, ("at",)):
            mention = self._by_token.get(place.i)
            if mention is not None and mention.actor.kind == "organisation":
                return mention
        return None

    @staticmethod
    def _modifiers(noun: Token) -> list[Token]:
        """Children that can say whose a noun is, including 'of'/'from'/'in' objects
        ("officials from Iran", "protesters in Tehran")."""
        found = list(noun.children)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in"):
                found.extend(g for g in prep.children if g.dep_ == "pobj")
        return found

    def _earlier_head(self, token: Token) -> tuple[Actor, str] | None:
        """'the office' refers to the last '<actor>'s office' before it in the article."""
        if self._by_lemma is None:  # built once per article: positions of each lemma
            self._by_lemma = {}
            for word in self.doc:
                self._by_lemma.setdefault(word.lemma_, []).append(word.i)
        for i in reversed(self._by_lemma.get(token.lemma_, [])):
            if i < token.i:
                found = self._noun_phrase(self.doc[i])
                if found is not None:
                    return found[0], f"'the {token.text}' repeats an earlier mention"
        return None

    def antecedent(self, token: Token) -> Mention | None:
        """The nearest named actor before a pronoun, in the same or the previous sentence.

        'he/she/his/her' want a person; 'its' and subject 'it' a country or organisation;
        'they/their' anyone, preferring a conjoined pair ('Putin and Kim ... their'). Object
        'it' is left alone (usually a thing), and so are nationality adjectives ('North
        Korean leader') and places ('Gaza'): they name no one a pronoun could point back to.
        """
        lower = token.lower_
        if lower == "it" and (
            self._expletive(token)
            or (token.dep_ != "nsubj" and not _told_to_act(token) and not _feels(token))
        ):
            return None  # "It is absurd that ...", "did not label it": nobody
        if lower in _PERSONAL:
            wanted = {"person"}
        elif lower in _PLURAL:
            wanted = {"person", "country", "organisation", "group"}
        elif lower in _NON_PERSONAL:
            wanted = {"country", "organisation", "group"}
        else:
            return None
        flag = self._flag_of_vessel_before(token) if lower in _NON_PERSONAL else None
        if flag is not None:
            return flag  # "the coast guard seized a Chinese boat and detained its crew"
        owner = self._subject_of_owned_object(token)
        if owner is not None and owner.actor.kind in wanted:
            return owner  # "the island battles its worst shortages": the island's own
        if self._owned_by_an_unnamed_subject(token):
            return None
        sentence_start = token.sent.start
        previous_sentence = previous_sentence_start(token.sent)
        described = self._described_by(token)
        candidates = [
            m
            for m in reversed(self.named)
            if m.end <= token.i
            and m.start >= previous_sentence
            and m.actor.kind in wanted
            and m.rule != "demonym"
            and not m.rule.startswith("place in")
            and not self._inside_pp_of(token, m)
            and self.mention_root(m).i not in described
        ]
        if token.dep_ in ("dobj", "pobj") or _owns_what_is_aimed_at(token):  # "Kenya's
            subject = self._clause_subject(token)  # president told him": not himself; "China
            # fired water cannon at two of its vessels": not China's
            if subject is not None:
                candidates = [m for m in candidates if not _same_party(m.actor, subject)]
        named_before = candidates
        if lower == "them":  # "expelled two Belarusian diplomats, accusing them of": the
            candidates = self._named_plural_before(token)  # people just named; not
            # "seized rifles and handed them to", a thing named in between
        elif lower in _PLURAL:
            grouped = [m for m in candidates if self.mention_root(m).conjuncts]
            candidates = grouped or candidates
        elif lower in _NON_PERSONAL:  # "M23 rebels and Rwandan troops advanced, and it
            candidates = [m for m in candidates if not self._several(m)]  # called on": not
            # the troops
            owner_of_subject = token.dep_ == "poss" and token.head.dep_ == "nsubj"  # "its
            clause = token.head.head if owner_of_subject else token.head  # envoy did not ..."
            if (token.dep_ == "nsubj" or owner_of_subject) and clause.dep_ == "conj":  # "Congo
                subjects = [m for m in candidates if m.start >= sentence_start and  # cut ties
                            self.mention_root(m).dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
                candidates = subjects or candidates  # with Rwanda ..., and it called on": the
                # subject
        # "Poland accused Belarus ... and said it was sending troops": Poland; "the watchdog
        # is investigating traces found in Iran, it said": the watchdog
        preferred = (
            self._speaker(token)
            or self._teller_of_clause_before(token)
            or self._teller_before(token, previous_sentence)
        )
        said_by = [self._enclosing(m) for m in named_before if self.mention_root(m).i in preferred]
        if lower in _PLURAL:  # "Trump told Japan and South Korea that their goods would face
            said_by = [m for m in said_by if not self._one_person(m)]  # tariffs": not his
        if not said_by and lower not in _PLURAL and (speaker := self._speaker(token)):
            said_by = [  # "the government said it was severing ties": the teller that a
                m for m in reversed(self.mentions)  # description named, resolved just before
                if m.end <= token.i and m.actor.kind in wanted
                and self.mention_root(m).i in speaker
            ]  # fmt: skip
        if not said_by and not candidates:
            # "It said ... . It also said": the teller of the report before, named earlier
            earlier = [m for m in reversed(self.named) if m.end <= token.i]
            said_by = [m for m in earlier if self.mention_root(m).i in preferred]
        carried = self._subject_before(token, candidates)
        if token.head.lemma_.lower() in lemma_set("speech_verbs"):
            candidates = said_by or carried or candidates  # "It said ... . It also said"
        else:  # "Islamic State militants raided three villages, the ministry said. They
            candidates = carried or said_by or candidates  # burned dozens of homes"
        if not candidates and lower in _PERSONAL:  # "Hamada said ... , he said. He condemned":
            candidates = [  # the person the previous sentence's 'he' was
                m for m in reversed(self.mentions)
                if previous_sentence <= m.start and m.end <= token.i
                and self.doc[m.start].lower_ in _PERSONAL
            ]  # fmt: skip
        return candidates[0] if candidates else None

    def _enclosing(self, mention: Mention) -> Mention:
        """The widest mention around a name ('the Iran-backed group' around 'Iran'): what the
        whole phrase stands for, not a word that modifies it."""
        around = [
            m for m in self.mentions
            if m.start <= mention.start and mention.end <= m.end and m.actor.kind != "place"
        ]  # fmt: skip
        return max(around, key=lambda m: m.end - m.start, default=mention)

    def _one_person(self, mention: Mention) -> bool:
        """A person named alone, whom 'they' or 'their' cannot stand for."""
        return mention.actor.kind == "person" and not self.mention_root(mention).conjuncts

    def _subject_before(self, pronoun: Token, candidates: list[Mention]) -> list[Mention]:
        """'Egypt, at odds with Ethiopia over Addis Ababa's dam, has condemned the deal. It
        signed a pact ...': the subject of a sentence's main verb that is a pronoun carries on
        the subject of the sentence before, not the nearest name in its phrases; when that
        sentence reports a clause ('militants raided villages, the ministry said'), the
        reported clause's subject comes first and the teller's after it."""
        if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT" or not pronoun.sent.start:
            return []
        root = self.doc[previous_sentence_start(pronoun.sent)].sent.root
        clauses = [root]
        if root.lemma_.lower() in lemma_set("speech_verbs"):
            clauses[:0] = [c for c in root.children if c.dep_ == "ccomp"]
        subjects = [s.i for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        return [m for i in subjects for m in candidates if self.mention_root(m).i == i]

    def _owned_by_an_unnamed_subject(self, pronoun: Token) -> bool:
        """'Both parties conveyed to the Saudi and US facilitators their commitment': a plural
        possessive on what its clause's plural subject does is the subject's, and when the
        subject names no actor ('both parties', 'protesters'), not whoever comes nearest."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or pronoun.lower_ not in _PLURAL or noun.dep_ != "dobj":
            return False
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > pronoun.i or subject.pos_ not in ("NOUN", "PRON"):
            return False
        plural = subject.tag_ == "NNS" or subject.lower_ == "both"
        return plural and subject.i not in self._by_token and subject.i not in self._groups

    def _subject_of_owned_object(self, pronoun: Token) -> Mention | None:
        """The subject's mention when a possessive pronoun owns the verb's direct object, or
        what the act is for or goes to: a doer acts on its own ('Iran defended its programme',
        'the island battles its shortages', 'Russia sought shells from Pyongyang for its war'),
        whoever else was named in between."""
        noun = pronoun.head
        verb = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to"):  # "seeking munitions
            verb = noun.head.head  # from North Korea for its war", "moved troops to its border"
            if any(c.dep_ == "dobj" and c.i in self._by_token for c in verb.children):
                return None  # "thanked Beijing for its solidarity": the one thanked
        elif noun.dep_ != "dobj":
            return None
        if pronoun.dep_ != "poss" or pronoun.lower_ in _PLURAL or verb.pos_ != "VERB":
            return None  # "the Arakan Army overran their posts": theirs are others
        if _owns_what_is_aimed_at(pronoun):
            return None  # "a Chinese plane violated its airspace": not its own
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.conjuncts:
            return None
        return self._by_token.get(subject.i)

    def _named_plural_before(self, pronoun: Token) -> list[Mention]:
        """The mention of the nearest plural noun before an object pronoun in its sentence, if
        that noun names actors ('two diplomats'), other than its own doers; none when
        the verb before shares it with another object ('seized rifles from smugglers and
        handed them over': the rifles)."""
        verb = pronoun.head
        shared = pronoun.dep_ == "dobj" and verb.dep_ == "conj"
        if shared and any(c.dep_ == "dobj" and c.i not in self._by_token
                          for c in verb.head.children):  # fmt: skip
            return []
        doers = set()  # "troops drove them out", "troops were combing the area to find them":
        for clause in (verb, *verb.ancestors):  # not whoever does it to them
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            doers |= {t.i for c in subjects for t in c.subtree}
            if clause.dep_ not in ("xcomp", "advcl", "conj") or (subjects and clause == verb):
                break  # (a clause with a subject of its own: "after Vanuatu asked them")
        # "flew relief supplies into Vanuatu after its government asked them for help": one
        # asks parties, so a thing named nearer is passed over for the pair named before it
        asked = verb.lemma_.lower() in lemma_set("request_verbs")
        for word in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if word.i in doers:
                continue
            mention = self._by_token.get(word.i)
            named = mention is not None and mention in self.named
            if asked and named and word.dep_ == "conj":
                return [mention]  # the pair "Australia and New Zealand"
            if word.tag_ != "NNS" or word.dep_ == "compound" or (asked and not named):
                continue
            return [mention] if named else []
        return []

    def _several(self, mention: Mention) -> bool:
        """Does a mention name several parties ('Rwandan troops', 'Mali and Niger')? A state
        whose name is plural in form ('Solomon Islands', 'the Philippines') is one."""
        root = self.mention_root(mention)
        if root.conjuncts:
            return True
        one_state = mention.actor.kind == "country" and mention.actor.role is None
        return root.tag_ in ("NNS", "NNPS") and not one_state

    def _teller_before(self, pronoun: Token, start: int) -> set[int]:
        """'... the ministry said on Monday. It also said ...': a pronoun that opens a new
        report, with no one named before it in its sentence, stands for the last teller."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in lemma_set("speech_verbs"):
            return set()
        if any(m.start >= pronoun.sent.start and m.end <= pronoun.i for m in self.named):
            return set()
        tellers = [
            c for t in self.doc[start : pronoun.sent.start]
            if t.lemma_.lower() in lemma_set("speech_verbs")
            for c in t.children if c.dep_ == "nsubj"
        ]  # fmt: skip
        if not tellers:
            return set()
        told = self._by_token.get(tellers[-1].i)
        if told is not None and tellers[-1].pos_ == "PRON":  # "It said ... . It also said":
            return {self.mention_root(m).i for m in self.named if m.actor.id == told.actor.id}
        return {t.i for t in tellers[-1].subtree}

    @staticmethod
    def _teller_of_clause_before(pronoun: Token) -> set[int]:
        """The words of the subject of what a pronoun says, told before it ('the watchdog is
        investigating ..., it said'): a reporter quoting X writes 'X ..., it said'."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in lemma_set("speech_verbs"):
            return set()
        told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i]
        subjects = [g for c in told for g in c.children if g.dep_ == "nsubj"]
        return {t.i for t in subjects[0].subtree} if subjects else set()

    @staticmethod
    def _speaker(pronoun: Token) -> set[int]:
        """The words of whoever says the clause a subject pronoun opens ('Poland said it
        was sending troops': Poland), through conjoined verbs ('accused Belarus ... and said
        it'); a pronoun that opens what someone says stands for the one who says it, and so
        does one that owns its subject ('Iran said its forces had seized a tanker')."""
        clause = pronoun.head
        while pronoun.dep_ == "poss" and clause.dep_ == "poss":  # "her camp's count"
            clause = clause.head
        if pronoun.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass"):
            clause = clause.head
        elif pronoun.dep_ != "nsubj":
            return set()
        if clause.dep_ != "ccomp":
            return set()
        verb = clause.head
        if verb.lemma_.lower() not in lemma_set("speech_verbs"):
            return set()
        before = verb.doc[verb.i - 1] if verb.i else verb
        if verb.dep_ == "conj" and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN"):
            return {before.i}  # "... blocked the talks and the World Bank said its": the
            # parser joins the speaker to the object before and leaves the verb no subject
        while verb is not None:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            if subjects:  # the nearest: the parser may hang a second one on the verb
                return _own_words(subjects[-1])
            verb = verb.head if verb.dep_ == "conj" and verb.head != verb else None
        return set()

    def _clause_subject(self, token: Token) -> Actor | None:
        """The actor of the subject of the clause a word is in ('its forces' -> its owner; for
        a verb conjoined to another, the first verb's subject)."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while verb is not None:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                found = self.actor_of(subjects[0])
                return found[0] if found else None
            verb = verb.head if verb.dep_ == "conj" and verb.head != verb else None
        return None

    @staticmethod
    def _described_by(pronoun: Token) -> set[int]:
        """The nouns a pronoun cannot stand for: 'sanctioned a company and two people it
        accused of hacking': the subject of a relative clause never stands for the noun the
        clause describes, nor its conjuncts, and a singular pronoun never for several
        ('Pashinyan and Aliyev, who both praised his mediation'); 'protesters who forced their
        way' may."""
        clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return set()
        head = clause.head
        several = head.tag_ in ("NNS", "NNPS") or bool(head.conjuncts)
        singular = pronoun.lower_ in _PERSONAL | _NON_PERSONAL
        if not (pronoun.head == clause and pronoun.dep_ == "nsubj") and not (singular and several):
            return set()
        return {head.i, *(c.i for c in head.conjuncts)}

    @staticmethod
    def _expletive(it: Token) -> bool:
        """'It is absurd that ...' stands for no one; 'it was ready to accept', with an
        adjective of intent (`disposition`), or 'it was disappointed', with a participle,
        stands for whoever is ready or disappointed."""
        if it.head.lemma_ not in _EXPLETIVE_HEADS:
            return False
        predicates = [c for c in it.head.children if c.dep_ == "acomp"]
        # "it was deeply disappointed that ...": a participle of feeling is someone's state
        return not any(disposition(p) or p.lower_.endswith("ed") for p in predicates)

    def mention_root(self, mention: Mention) -> Token:
        return self.doc[mention.start : mention.end].root

    def _inside_pp_of(self, pronoun: Token, mention: Mention) -> bool:
        """'its war with Russia': 'its' cannot be Russia, the object of its own noun's PP; nor
        is 'its embassy in Riyadh' any Saudi's (a mission is abroad)."""
        noun = pronoun.head
        if any(mention.start <= t.i < mention.end for t in noun.subtree if t.i > noun.i):
            return True
        if noun.lemma_.lower() not in _MISSIONS or mention.actor.iso3 is None:
            return False
        hosts = {
            found.actor.iso3 for place in _objects_of(noun, ("in",))
            if (found := self._by_token.get(place.i)) is not None
        }  # fmt: skip
        return mention.actor.iso3 in hosts
