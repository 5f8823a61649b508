"""Which lexicon row fits a word where it stands in the dependency tree.

A row (`geokg.loaders.lexicon.Predicate`) asks for words around its trigger: a particle, a
subject, an object phrase, prepositional phrases. Here each is looked up on spaCy's tree: the
particle among the trigger's children ("lashed out at"), the subject among the subject's words
or an adverb before the verb, the object among the complements ("imposed sanctions",
"sanctions were imposed", "put on alert", "a new round of sanctions"), a prepositional phrase on
the trigger or on its object ("imposed sanctions on Russia"). Among the rows that fit, the one
that asks for the most words wins; a row that fits with the prepositions of its target present
beats one without them. A winning row coded `---` says the phrase is no event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from geokg.loaders.lexicon import (
    Lexicon,
    Phrases,
    Predicate,
    lemma_set,
    lexicon_verbs,
    normal,
    third_parties,
)
from geokg.loaders.modality import is_to_infinitive

# Complements that can carry a row's object words: "imposed sanctions" (dobj), "sanctions were
# imposed" (nsubjpass), "set ablaze" (oprd/acomp), "looked forward" (advmod), "asked to
# intervene" (xcomp).
OBJECT_DEPS = frozenset(
    {"dobj", "nsubjpass", "attr", "oprd", "acomp", "advmod", "npadvmod", "dative", "xcomp", "prt"}
)
PREP_DEPS = frozenset({"prep", "agent", "dative"})
PARTICLE_PREPS = frozenset({"out", "away", "up", "down", "off", "back", "ahead", "clear"})
# A subject or a clause of its own, whose words are never the verb's particle.
_OWN_CLAUSE = frozenset(
    {"nsubj", "conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj"}
)


KindOf = Callable[[Token], str | None] | None


@dataclass(frozen=True)
class Match:
    entry: Predicate
    object: Token | None  # the object noun the row asked for
    pp_objects: tuple[Token, ...]  # objects of the row's prepositional phrases


def acts_as_verb(token: Token) -> bool:
    """A verb, or a headline's verb the tagger read as a noun but the parser still gave a
    subject ("Kosovo's Kurti storms out of talks": 'storms' the root, 'Kurti' its subject) or
    an object ("Poland shuts last Russian consulate"), or a person's name just before it and
    a phrase after ("Nigeria's Tinubu heads to Beijing": the name read as a modifier)."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else token
    named = before.head == token and before.ent_type_ == "PERSON" and token.tag_ == "NNS"
    phrase = any(c.dep_ in ("prep", "dobj") for c in token.children)
    return any(c.dep_ in ("nsubj", "dobj") for c in token.children) or (named and phrase)


def through_quantity(noun: Token) -> Token:
    """'a new round of sanctions' -> 'sanctions', 'pallets of food' -> 'food', 'three of Iran's
    sites' -> 'sites', '$1 billion in aid' -> 'aid', 'a loan programme' -> 'loan'."""
    amount = noun.pos_ == "NUM" or noun.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
    container = noun.lemma_.lower() in lemma_set("transparent_nouns")
    if noun.ent_type_ == "MONEY" and (kind := _what_a_sum_is(noun)) is not None:
        return kind
    if amount or container:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for inner in prep.children:
                    if inner.dep_ == "pobj":
                        return inner
    if container:  # "an aid package", "a sanctions package": the kind is the compound
        kinds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if kinds:
            return kinds[-1]
    return noun


def _stands_in_front(noun: Token) -> bool:
    """A container or a point of an event's course (transparent_nouns.txt, course_nouns.txt)."""
    lemma = noun.lemma_.lower()
    return lemma in lemma_set("transparent_nouns") or lemma in lemma_set("course_nouns")


def course_event(noun: Token) -> Token | None:
    """'the resumption of talks' -> 'talks', 'the start of a new round of negotiations' ->
    'negotiations': the event a course noun stands in front of, if it is one."""
    of = frozenset({"of"})
    inner = next(iter(prep_objects(noun, of)), None)
    if noun.lemma_.lower() not in lemma_set("course_nouns") or inner is None:
        return None
    while _stands_in_front(inner) and (deeper := prep_objects(inner, of)):
        inner = deeper[0]
    return inner


def course_holder(noun: Token) -> Token:
    """'talks' in 'at the end of four days of talks' -> 'end': the outermost noun of the
    containers and course nouns in front of it, whose phrase places the event in a clause."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and _stands_in_front(noun.head.head)
    ):
        noun = noun.head.head
    return noun


def _what_a_sum_is(money: Token) -> Token | None:
    """'$1 billion in aid', 'millions of dollars in funding' (its 'in' hung on the verb right
    after the sum): the kind of money, not its currency."""
    kinds = [g for c in money.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if money.dep_ == "dobj":
        kinds += phrase_on_the_verb(money, "in")
    return next(iter(kinds), None)


def phrase_on_the_verb(noun: Token, prep: str) -> list[Token]:
    """'condemned the mistreatment of its nationals by Dominican authorities', 'imposed tariffs
    on goods from Ecuador', 'halted millions of dollars in funding', parsed with the last phrase
    on the active verb: a phrase right after the verb's object (or the object of its phrase)
    belongs to that noun (an active verb has no agent of its own, goods come from somewhere, a
    sum is of something)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "oprd", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    after = noun.right_edge.i + 1
    return [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and c.i == after
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip


def phrase_holder(noun: Token) -> Token:
    """The noun whose phrases a kind before a container noun shares: 'aid' in 'an aid package
    for Ukraine' -> 'package' (see `through_quantity`)."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in lemma_set("transparent_nouns"):
        return head
    return noun


def tie_participle(word: Token) -> bool:
    """Is the word a participle naming a tie ('companies linked to Iran', `data/tie_verbs.txt`),
    by which its noun stands for whom it is tied to?"""
    return (
        word.dep_ == "acl" and word.tag_ == "VBN" and word.lemma_.lower() in lemma_set("tie_verbs")
    )


def complements(token: Token, deps: frozenset[str] = OBJECT_DEPS) -> list[Token]:
    """The word's complements of the given relations, each seen through a quantity noun."""
    return [through_quantity(c) for c in token.children if c.dep_ in deps]


def shared_object(verb: Token) -> list[Token]:
    """'rammed and damaged a Philippine vessel': the object a verb with none of its own shares
    with the verb joined right after it ('and' next to it, the second verb with no subject)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if following.dep_ != "cc" or following.head != verb:
        return []
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            return complements(joined, frozenset({"dobj"}))
    return []


DIRECT = frozenset({"dobj"})
DIRECT_OR_PASSIVE = frozenset({"dobj", "nsubjpass"})


def passive_participle(verb: Token) -> bool:
    """'staff detained by the Houthis': a participle describing the noun it was done to;
    not 'allegations that its agents had sabotaged a line', a clause with a subject, nor
    'The Ministry of External Affairs on Wednesday called upon Mali', a sentence's only verb
    the parser read as a participle of its subject (a headline would drop 'The')."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    head = verb.head
    main_verb = (
        head.dep_ == "ROOT"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and not any(t.pos_ in ("VERB", "AUX") and t != verb for t in head.sent if t.i < verb.i)
    )
    return not main_verb


def acted_under(participle: Token) -> bool:
    """'under a treaty signed on Monday': a document signed by no one named, under which the
    clause's act is done."""
    head = participle.head
    return (
        participle.lemma_.lower() in lemma_set("signing_verbs")
        and head.dep_ == "pobj"
        and head.head.lower_ == "under"
        and not any(c.dep_ == "agent" for c in participle.children)
    )


def _done_by_several(participle: Token) -> bool:
    """'a pact signed by Russia and North Korea': a document several parties made together,
    named in the agent phrase (not "a ceremony attended by", "a truce brokered by" two)."""
    if participle.lemma_.lower() not in lemma_set("signing_verbs"):
        return False
    return any(
        g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children)
        for a in participle.children if a.dep_ == "agent" for g in a.children
    )  # fmt: skip


def moved_objects(token: Token) -> list[Token]:
    """Objects the parser hangs elsewhere: the noun a relative clause describes ('a charge
    Algiers rejected'), and an object moved behind its 'as' phrase ('dismissed as baseless
    claims by Niger', where 'claims' hangs on 'as')."""
    children = list(token.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which") for c in children):
        return []
    commented = commented_subject(token)
    if commented is not None:
        return [commented]
    # a relative clause, or a 'that' clause that judges ("allegations that New Delhi dismissed
    # as preposterous"), with a subject of its own and no object: its noun is the object
    judged = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children)
    relative = token.dep_ == "relcl" or (token.dep_ == "acl" and judged)
    subject = any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in children)
    subject = subject or (  # "a charge Kigali rebuffed as baseless", the subject hung beside
        token.dep_ == "acl"  # the noun
        and any(c.dep_ == "appos" and token.head.i < c.i < token.i for c in token.head.children)
    )
    if relative and subject and (set_off(token.head) or _dated(token)):
        return [token.head]  # not "the warships it has sent"; "a pact their ministers signed
        # on Monday" tells news
    shifted = []
    for word in children:
        if word.dep_ == "prep" and word.lower_ == "as":  # "dismissed as baseless claims"
            nouns = [n for n in word.children if n.dep_ == "pobj"]
            judgement = next((t for t in word.doc[word.i + 1 : word.i + 3] if not t.is_punct), None)
        elif word.dep_ == "advcl" and any(m.lower_ == "as" for m in word.children):
            nouns = [n for n in word.children if n.dep_ == "dobj"]  # "as fabricated a report"
            judgement = word
        else:
            continue
        if judgement is not None and judgement.tag_ in ("JJ", "VBN"):
            shifted += [n for n in nouns if n.i > judgement.i]
    return shifted


def _dated(verb: Token) -> bool:
    """Does the clause give its own day ('signed on Monday', 'agreed last week')?"""
    for child in verb.children:
        if child.ent_type_ == "DATE" and child.dep_ in ("npadvmod", "tmod"):
            return True
        if child.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def commented_subject(verb: Token) -> Token | None:
    """'..., an appeal Burkina Faso's junta rebuffed within hours': a comment the parser read
    as a verb with two subjects, the first set off by a comma, and no object. The first is
    what the second did something to. So is a comment noun read as a compound of the one
    subject (', a step Egypt, Saudi Arabia and Qatar condemned')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or len(subjects) > 2 or any(c.dep_ == "dobj" for c in verb.children):
        return None
    first = subjects[0]
    if len(subjects) == 1:
        comment = next((c for c in first.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        anaphor = comment is not None and comment.lemma_.lower() in lemma_set("event_anaphors")
        return comment if anaphor and set_off(first) else None
    return first if set_off(first) and first.pos_ == "NOUN" else None


def relative_clause(verb: Token) -> bool:
    """'a verdict the US dismissed', 'a decision La Paz called disproportionate': a clause
    with a subject of its own describing a noun, which the parser reads as a relative clause
    or, without 'that', as a participle (a participle has no subject)."""
    if verb.dep_ == "relcl":
        return True
    return verb.dep_ == "acl" and any(
        c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in verb.children
    )


def set_off(noun: Token) -> bool:
    """A noun phrase after a comma comments on the clause before it ('..., a charge Algiers
    rejected'); 'the warships it has sent' names a thing, and its clause tells no news."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text in (",", "—", "-")


def prep_children(owner: Token, preps: frozenset[str]) -> list[Token]:
    return [c for c in owner.children if c.dep_ in PREP_DEPS and c.lower_ in preps]


_ON_GROUND = frozenset({"on", "along", "at"})
# "a complaint with (at, before) the WTO over (against) Canada's tariffs"
_VENUE_PREPS = frozenset({"with", "at", "before"})
_GRIEVANCE_PREPS = frozenset({"over", "against"})


def prep_objects(token: Token, preps: frozenset[str], obj: Token | None = None) -> list[Token]:
    """Objects of the given prepositions on the word (and on its object noun), also at the end
    of a compound preposition ("pulled out of Kherson", "away from")."""
    owners = [token] + [  # "spoke by phone with X": the partner hung on the means
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over")
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lemma_set("channel_nouns")
    ]  # fmt: skip
    if obj is not None:  # "a loan programme for Pakistan": the phrase hangs on the container
        owners += [obj, phrase_holder(obj)] if obj.dep_ == "compound" else [obj]
        owners += [  # "closed the last crossing on its border with Russia": the phrases of
            g for c in obj.children if c.dep_ == "prep" and c.lower_ in _ON_GROUND  # the
            for g in c.children if g.dep_ == "pobj"  # ground the object is on
            and g.lemma_.lower() in lemma_set("ground_nouns")
        ]  # fmt: skip
    heads = _prep_objects_on(owners, preps)
    if not heads and obj is not None:  # "sent aircraft and vessels toward Taiwan": the phrase
        heads = _prep_objects_on(list(obj.conjuncts), preps)  # on the last of the objects
    if not heads and obj is not None:  # "lifted the measures it imposed on Kosovo", "eased
        described = [  # sanctions imposed on Belarus": the act that describes the object
            c for c in obj.children  # places it (not "a plane loaded with tents to Vanuatu")
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lexicon_verbs()
        ]  # fmt: skip
        objects = [d for c in described for d in c.children if d.dep_ == "dobj"]  # "signed
        heads = _prep_objects_on(described + objects, preps)  # agreements establishing
        # relations with the UAE": the phrase on what the act it names sets up
    grievance = preps & _GRIEVANCE_PREPS
    if not heads and grievance:  # "filed a complaint with the WTO over Canada's tariffs":
        venues = [  # what a complaint is about, hung on the body it was brought before
            g
            for c in token.children
            if c.dep_ in PREP_DEPS and c.lower_ in _VENUE_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        heads = _prep_objects_on(venues, grievance)
    return heads


def _prep_objects_on(owners: list[Token], preps: frozenset[str]) -> list[Token]:
    heads = []
    for owner in owners:
        for child in owner.children:
            if child.dep_ not in PREP_DEPS:
                continue
            if child.lower_ not in preps:
                child = _inner_prep(child, preps)
                if child is None:
                    continue
            if absolute_clause(child) is not None:
                continue  # "with Trump praising both leaders": the subject of a clause of its
                # own, not a partner
            heads.extend(g for g in child.children if g.dep_ == "pobj" and not role_as(g))
            # (not "with the United States as mediator", a third party) "talks with visiting
            # Prime Minister X", which the parser reads as 'with' + 'visiting X': the person
            # is the object
            heads.extend(
                d for g in child.children if g.dep_ == "pcomp" and g.lemma_ == "visit"
                for d in g.children if d.dep_ == "dobj"
            )  # fmt: skip
            heads.extend(  # "strikes on what its military described as Hezbollah launchers":
                n for g in child.children if g.dep_ == "pcomp" for n in named_by_what(g)
            )  # the name the free relative gives
    return heads


def absolute_clause(prep: Token) -> tuple[Token, Token] | None:
    """', with U.S. President Trump praising both leaders': a 'with' whose object does what the
    gerund after it says, a clause of its own: (the object, the gerund); otherwise None. The
    parser hangs the gerund on 'with' or, after a relative clause, on the verb before it. Not
    "talks with visiting Prime Minister X" (the gerund is part of the partner's name), nor
    "signed a deal with Serbia, paving the way" (no comma before 'with'), nor "with Qatar as
    mediator" (a role)."""
    subjects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ != "with" or not subjects or role_as(subjects[0]) is not None:
        return None
    acting = [
        g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_ != "visit"
    ]
    if not acting and prep.i > 0 and prep.nbor(-1).text == ",":
        after = subjects[0].right_edge.i
        acting = [
            g for g in prep.head.children
            if g.dep_ == "advcl" and g.tag_ == "VBG" and g.i > after
            and all(t.is_punct for t in prep.doc[after + 1 : g.left_edge.i])
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)
        ]  # fmt: skip
    return (subjects[0], acting[0]) if acting else None


def absolute_subject(verb: Token) -> Token | None:
    """The object of the 'with' whose clause `verb` is the gerund of (`absolute_clause`)."""
    preps = [verb.head] if verb.dep_ == "pcomp" else []
    if verb.dep_ == "advcl":
        preps = [c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i]
    for prep in preps:
        found = absolute_clause(prep)
        if found is not None and found[1] == verb:
            return found[0]
    return None


def role_as(noun: Token) -> Token | None:
    """'with the United States as mediator', 'with Turkey and Qatar as hosts': the third
    party's role (data/third_parties.tsv) the phrase names the noun in."""
    roles = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj" and (g.lemma_.lower(), "NOUN") in third_parties()
    ]  # fmt: skip
    return roles[0] if roles else None


def names_with_what(clause: Token) -> bool:
    """'(in) what the ministry called a violation': a free relative that names a thing."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)


def named_by_what(clause: Token) -> list[Token]:
    """'what it called X', 'what it described as X', 'what the army said were X': X, the name
    a free relative gives."""
    if not names_with_what(clause):
        said = [  # "what the army said were X": 'what' is the subject of the said clause
            c for c in clause.children if c.dep_ == "ccomp"
            and any(g.dep_ == "nsubj" and g.lower_ == "what" for g in c.children)
        ]  # fmt: skip
        return [g for c in said for g in c.children if g.dep_ == "attr"]
    named = [c for c in clause.children if c.dep_ == "oprd"]
    return named or [
        g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip


def _inner_prep(outer: Token, preps: frozenset[str]) -> Token | None:
    """'out of', 'away from': the second preposition, when the first is a particle with no
    object of its own (not 'according to', 'due to')."""
    if outer.lower_ not in PARTICLE_PREPS or any(c.dep_ == "pobj" for c in outer.children):
        return None
    return next((g for g in outer.children if g.dep_ == "prep" and g.lower_ in preps), None)


def _has_particle(token: Token, particle: str) -> bool:
    """The particle words among the verb's children, their children ("pulled out of", where
    'of' hangs on 'out'), or the next word; not inside a clause of its own ("calling the move
    unfair but holding off on tariffs": 'off' is not calling's)."""
    near = {c.lower_ for c in token.children}
    near |= {g.lower_ for c in token.children for g in c.children if c.dep_ not in _OWN_CLAUSE}
    if token.i + 1 < len(token.doc):  # "handed over 90 prisoners": 'over' read as "more than"
        near.add(token.doc[token.i + 1].lower_)
    return set(particle.split()) <= near


def _subject_fits(token: Token, subject: Phrases) -> int:
    children = list(token.children)
    if token.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in children):
        children += [c for c in token.head.children if c.dep_.startswith("nsubj")]  # "rescue
        # teams began arriving": the subject of the verb the infinitive or gerund completes
    for child in children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            score = max((subject.match(t) for t in child.subtree), default=0)
            if score:
                return score
        elif child.dep_ == "advmod" and child.i < token.i and subject.match(child):
            return 1
    return 0


def _phrase_score(phrases: Phrases, kind_of: KindOf, token: Token) -> int:
    """How well a word fits a row's phrases; `@organisation` asks for a word that names an
    actor of that kind ("joined NATO", "withdrew from ECOWAS"), and so do the words joined to
    it ("joining France and the European Union" joins others, not a body)."""
    if phrases.text.startswith("@"):
        words = (token, *token.conjuncts)
        return int(kind_of is not None and all(kind_of(w) == phrases.text[1:] for w in words))
    return phrases.match(token)


def _object_fits(
    objects: Phrases, kind_of: KindOf, candidates: list[Token]
) -> tuple[Token | None, int]:
    """The complement the row's object phrase fits best (`_phrase_score`)."""
    best: tuple[Token | None, int] = (None, 0)
    for candidate in candidates:
        score = _phrase_score(objects, kind_of, candidate)
        if score > best[1]:
            best = (candidate, score)
    return best


def _modifier_fits(objects: Phrases, candidates: list[Token]) -> tuple[Token | None, int]:
    """A PETRARCH-style pattern names a word that follows the verb, not always the head of its
    object: '* DIPLOMATIC' fits "renewed diplomatic ties", '* ARTILLERY' "fired two artillery
    shells". The complement one of whose modifiers the phrase fits, scored below a head."""
    for candidate in candidates:
        for modifier in candidate.lefts:
            if modifier.dep_ in ("amod", "compound") and objects.match(modifier):
                return candidate, 0
    return None, 0


def _pp_fits(
    token: Token, entry: Predicate, obj: Token | None, kind_of: KindOf = None
) -> tuple[list[Token], int] | None:
    found, score = [], 0
    particles = [  # "pulled out of talks": the parser often hangs 'of' on the particle
        c for c in token.children if entry.particle and c.lower_ in entry.particle.split()
    ]
    particles += [  # "put Cuba back on the list": the phrase hung on an adverb 'back'
        c for c in token.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"
    ]
    for phrase in entry.pp:
        owners = (token, *particles, *((obj,) if obj is not None else ()))
        preps = [p for owner in owners for p in prep_children(owner, phrase.preps)]
        if not preps:
            return None
        objects = [  # "agreed on the first phase of a ceasefire": the ceasefire
            through_quantity(g) for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")
        ]
        if phrase.phrases is None:  # "dismissed the measures as counterproductive"
            objects += [g for p in preps for g in p.children if g.pos_ == "ADJ"]
            objects = [o for o in objects if o.ent_type_ not in ("DATE", "TIME")]
            if not objects:
                return None  # "called off a trip on Friday": a time is no 'called on'
            found.extend(objects)
            score += 2
            continue
        matched = [(o, _phrase_score(phrase.phrases, kind_of, o)) for o in objects]
        matched = [(o, s) for o, s in matched if s]
        if not matched:
            return None
        found.extend(o for o, _ in matched)
        score += 2 + max(s for _, s in matched)
    return found, score


def fit(
    token: Token, entry: Predicate, kind_of: KindOf = None, candidates: list[Token] | None = None
) -> tuple[Match, int] | None:
    """The match of one row on a token, with its score, or None if a word it asks for is
    missing; `candidates` are the token's complements when the caller has them already."""
    score = 0
    if entry.particle:
        if not _has_particle(token, entry.particle):
            return None
        score += 2
    if entry.subject is not None:
        subject_score = _subject_fits(token, entry.subject)
        if not subject_score:
            return None
        score += 1 + subject_score
    obj = None
    if entry.objects is not None:
        if candidates is None:
            candidates = complements(token)
        obj, object_score = _object_fits(entry.objects, kind_of, candidates)
        if obj is None and entry.origin not in ("geokg", "petrarch"):  # a user's own rows
            obj, object_score = _modifier_fits(entry.objects, candidates)  # (the converted
            # Phoenix rows name heads: 'ordered emergency tariffs' is no 'emergency' row's)
        if obj is None:
            return None
        score += 1 + object_score
    pp = _pp_fits(token, entry, obj, kind_of)
    if pp is None:
        return None
    pp_objects, pp_score = pp
    score = 2 * (score + pp_score)
    if entry.preps:  # a row whose target prepositions are missing yields to a general row
        score += 1 if prep_objects(token, entry.preps, obj) else -1
    return Match(entry, obj, tuple(pp_objects)), score


# A hand-verified row (geokg's or the user's) that fits with words of its own beats converted
# PETRARCH-2 rows, however many words they ask for: "signed a trade agreement" is 057 (sign a
# formal agreement) as the CAMEO codebook has it, not PETRARCH-2's 0311.
_VERIFIED_BONUS = 100


def ranked_matches(token: Token, lexicon: Lexicon, kind_of: KindOf = None) -> list[Match]:
    """The rows that fit, best first (ties: the earlier source, see `load_lexicon`);
    `kind_of` says which kind of actor a word names, for rows that ask for one."""
    pos = "VERB" if acts_as_verb(token) else {"NOUN": "NOUN", "PROPN": "NOUN"}.get(token.pos_)
    if pos is None:
        return []
    ranked = []
    candidates = complements(token) + moved_objects(token)  # once for all the rows
    candidates += [  # "allowed IAEA inspectors to visit the site": the object of the verb
        g for c in token.children  # read as the subject of the infinitive after it
        if c.dep_ in ("ccomp", "xcomp") and c.i > token.i and is_to_infinitive(c)
        for g in c.children if g.dep_ == "nsubj" and g.i > token.i
    ]  # fmt: skip
    candidates += [  # "declined to comment": a bare infinitive is what is declined
        c for c in token.children
        if c.dep_ == "xcomp" and is_to_infinitive(c) and not any(
            g.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for g in c.children)
    ]  # fmt: skip
    if passive_participle(token) and kind_of is not None and kind_of(token.head):
        candidates.append(token.head)  # "Azerbaijani ambassador summoned by Moscow": someone
        # it was done to; not "a ceasefire announced by Trump", "a ceremony attended by"
    elif passive_participle(token) and (_done_by_several(token) or acted_under(token)):
        candidates.append(token.head)  # "a pact signed by Russia and North Korea": theirs;
        # "will give Nauru A$140 million under a treaty signed on Monday": the treaty
    candidates += [  # "two airborne surveillance and control aircraft": the parser's head is
        j for c in candidates if c.dep_ == "dobj" for j in c.conjuncts  # the first conjunct;
    ] + [  # "restore full diplomatic relations and exchange ambassadors", misread as one noun
        j for c in candidates if c.dep_ == "dobj" for j in c.children
        if j.dep_ == "nmod" and any(g.dep_ == "cc" for g in j.children)
    ]  # fmt: skip
    candidates += [  # "set a refinery ablaze", "set the prisoners free": an adjective after
        j for c in candidates if c.dep_ == "dobj" for j in c.rights  # the object says what the
        if j.dep_ == "amod" and j.pos_ == "ADJ"  # verb made of it, a complement of the verb
    ]  # fmt: skip
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and not token.ent_type_ and (lemma, pos) not in lexicon:
        lemma = normal(token.text)  # "GENEVA (Reuters) - Talks between ...": a capitalised
        # noun the tagger read as a name
    for entry in lexicon.get((lemma, pos), ()):
        found = fit(token, entry, kind_of, candidates)
        if found is None:
            continue
        match, score = found
        if entry.origin != "petrarch" and score > 0:
            score += _VERIFIED_BONUS
        ranked.append((match, score))
    ranked.sort(key=lambda f: -f[1])
    return [match for match, _ in ranked]
