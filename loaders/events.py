"""Did what to whom: code events over the dependency parse with the predicate lexicon.

For each sentence: verb + object constructions first ("imposed sanctions on Russia", "launched
airstrikes on Syria": one event that claims its noun), then event nouns ("North Korea's deal
with Russia": possessor or nationality adjective is the source, the lexicon's prepositions give
the target), then the other verbs (subject -> object or prepositional target; passives swap; a
missing subject is inherited through control, purpose and coordination: "the US continues to
support Ukraine"). A verb whose object is an event points at it ("South Korea condemned the
deal": `target_event`; the edge goes to the deal's parties, or to an attack's attacker). A verb
whose complement is another event becomes one event coded from `complement_codes.tsv`
("pledged to send aid" -> 033). A speaker who uses words of negative evaluation about an
actor's action criticises that actor (111). Negation, intention, conditionals and reported
clauses set `negated` and `modality`. Confidence is 0.9 for a verb with its own subject, 0.8
for an event noun, 0.75 when the subject was inherited, 0.6 for a criticism read from
evaluative words.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import Article
from geokg.loaders.dates import resolve_relative
from geokg.loaders.gazetteer import Actor
from geokg.loaders.lexicon import Predicate, cameo_table, lemma_set, load_lexicon

_CONDITIONAL_MARKS = {"if", "unless"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may"}
_FUTURE_AUX = {"will", "shall"}
_REFERRING_DETS = {"the", "this", "that"}
_RECIPROCAL = {"mutual", "reciprocal", "bilateral", "joint"}


@dataclass
class EventRecord:
    """One coded event: the JSONL record, and what the RDF graph is built from."""

    event_id: str
    article_id: str
    sentence: str
    date: str | None
    source: Actor
    target: Actor
    target_event: str | None
    trigger: str
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    negated: bool
    modality: str
    confidence: float
    rule: str = ""
    mentions: int = 1

    def to_json(self) -> dict:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "date": self.date,
            "source": self.source.record(),
            "target": self.target.record(),
            "target_event": self.target_event,
            "trigger": self.trigger,
            "cameo": self.cameo,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "negated": self.negated,
            "modality": self.modality,
            "confidence": self.confidence,
        }

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def story(self) -> str:
        """Reports of one event in different articles share this ID: same dyad (country level),
        CAMEO code and negation, in the same ISO week. An undated event is its article's own."""
        if self.date:
            year, week, _ = date.fromisoformat(self.date).isocalendar()
            when = f"{year}-W{week:02d}"
        else:
            when = f"article:{self.article_id}"
        source = self.source.iso3 or self.source.id
        target = self.target.iso3 or self.target.id
        key = f"{source}|{target}|{self.cameo}|{self.negated}|{when}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Found:
    """A trigger with its participants, before it becomes records."""

    token: Token
    cameo: str
    sources: list[tuple[Actor, str]]
    targets: list[tuple[Actor, str]]
    symmetric: bool
    rule: str
    confidence: float
    reciprocal: bool = False  # "offered mutual aid": the sources act on one another
    words: set[str] = field(default_factory=set)  # object nouns that name the event too
    target_events: list[EventRecord] = field(default_factory=list)
    modality: str = "asserted"
    negated: bool = False
    trigger_text: str = ""


@cache
def complement_codes() -> dict[tuple[str, str], str]:
    text = files("geokg.loaders").joinpath("data/complement_codes.tsv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {(outer, inner): code for outer, inner, code in csv.reader(rows, delimiter="\t")}


def complement_code(outer_root: str, inner_code: str) -> str | None:
    """The code of an event wrapped in another ('pledged' + 'send aid' -> 033), or None."""
    table = complement_codes()
    return (
        table.get((outer_root, inner_code))
        or table.get((outer_root, inner_code[:2]))
        or table.get((outer_root, "*"))
    )


def event_id(article_id: str, source: Actor, target: Actor, cameo: str, extra: str) -> str:
    key = "|".join((article_id, source.iso3 or source.id, target.iso3 or target.id, cameo, extra))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class ArticleEvents:
    """Extract the events of one parsed article."""

    def __init__(self, doc: Doc, article: Article, actors: ArticleActors) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.lexicon = load_lexicon()
        self.records: list[EventRecord] = []
        self._by_key: dict[str, EventRecord] = {}
        self._by_trigger: dict[int, list[EventRecord]] = {}
        self._trigger_words: dict[int, set[str]] = {}  # lemmas that can refer back to a trigger
        self._consumed: set[int] = set()

    # ---------------------------------------------------------------- lexicon

    def predicate(self, token: Token) -> Predicate | None:
        """The most specific lexicon entry whose particle, object and prepositions are there.

        Entries whose prepositions are missing come second ("held drills near Taiwan" is a show
        of force, "held drills with Japan" cooperation); an entry that needs only prepositions
        yields to a general entry of the same word ("welcomed the support" is not "welcomed to").
        """
        pos = {"VERB": "VERB", "NOUN": "NOUN"}.get(token.pos_)
        if pos is None:
            return None
        entries = self.lexicon.get((token.lemma_.lower(), pos), ())
        fitting = []
        for entry in entries:
            if entry.particle and not any(
                c.dep_ == "prt" and c.lower_ == entry.particle for c in token.children
            ):
                continue
            obj = self._object_noun(token, entry) if entry.objects else None
            if entry.objects and obj is None:
                continue
            fitting.append((entry, obj))
        for entry, obj in fitting:  # first choice: its prepositions are there too
            if not entry.preps or self._prep_objects(token, entry.preps, obj):
                return entry
        has_general = any(not (e.objects or e.particle or e.preps) for e, _ in fitting)
        for entry, _ in fitting:  # else the first that does not need the missing phrase
            if not (entry.objects or entry.particle) and has_general:
                continue
            return entry
        return None

    @staticmethod
    def _through_quantity(noun: Token) -> Token:
        """'a new round of sanctions' -> 'sanctions'."""
        if noun.lemma_.lower() in lemma_set("transparent_nouns"):
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for inner in prep.children:
                        if inner.dep_ == "pobj":
                            return inner
        return noun

    def direct_objects(self, token: Token) -> list[Token]:
        return [
            self._through_quantity(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")
        ]

    def _object_noun(self, token: Token, entry: Predicate) -> Token | None:
        for noun in self.direct_objects(token):
            if noun.lemma_.lower() in entry.objects:
                return noun
        return None

    @staticmethod
    def _prep_objects(token: Token, preps: frozenset[str], obj: Token | None = None) -> list[Token]:
        """Objects of the given prepositions on the word (and on its object noun)."""
        heads = []
        for owner in (token, obj) if obj is not None else (token,):
            for child in owner.children:
                if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                    heads.extend(g for g in child.children if g.dep_ == "pobj")
        return heads

    # ---------------------------------------------------------------- participants

    def participants(self, token: Token) -> list[tuple[Actor, str]]:
        """Actors a noun phrase and its conjuncts stand for ('Putin and Kim' -> both).

        'their'/'they' stand for the whole group they refer back to; a thing stands for whose it
        is ('Russian airfields', 'the support of the United States').
        """
        found = []
        for head in (token, *token.conjuncts):
            group = self.actors.group_at(head)
            if group:
                found.extend(group)
                continue
            actor = self.actors.actor_of(head)
            if actor is None and head.pos_ in ("NOUN", "PROPN"):
                actor = self._owner(head)
            if actor is not None:
                found.append(actor)
        return found

    def _owner(self, noun: Token) -> tuple[Actor, str] | None:
        """Whose a thing is: possessor, nationality adjective, or the object of 'of'/'from'
        ('the proposal from Ukraine')."""
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                actor = self.actors.actor_of(child)
                if actor is not None:
                    return actor
        for head in self._prep_objects(noun, frozenset({"of", "from"})):
            actor = self.actors.actor_of(head)
            if actor is not None:
                return actor
        return None

    def _noun_sources(self, noun: Token) -> list[tuple[Actor, str]]:
        """Who does what an event noun names: possessor or nationality ('Russia's invasion',
        'Russian strikes'), or 'by'/'from' ('attacks by Russia', 'help from the US')."""
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                found = self.participants(child)
                if found:
                    return found
        for head in self._prep_objects(noun, frozenset({"by", "from"})):
            found = self.participants(head)
            if found:
                return found
        return []

    def agents(self, token: Token, depth: int = 0) -> tuple[list[tuple[Actor, str]], bool]:
        """Who does what `token` says; the flag is True when the subject was inherited."""
        if depth > 5:
            return [], True
        for child in token.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return self.participants(objects[0]), depth > 0
        for child in token.children:
            if child.dep_ == "nsubj":
                if child.lower_ in ("that", "which", "who") and token.dep_ == "relcl":
                    return self.participants(token.head), True
                return self.participants(child), depth > 0
        if token.dep_ in ("xcomp", "advcl", "conj", "pcomp") and token.head != token:
            found, _ = self.agents(token.head, depth + 1)
            return found, True
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
            owner = self._owner(token.head)
            return ([owner] if owner else []), True
        return [], depth > 0

    def _targets_of(self, heads: Iterable[Token], found: _Found) -> None:
        for head in heads:
            for candidate in (head, *head.conjuncts):
                earlier = self._event_referred_to(candidate)
                if earlier:
                    # who did it: the actor of a one-sided event ("condemned the attack"),
                    # every party of a mutual one ("condemned the deal": both directions)
                    found.target_events.append(earlier[0])
                    for record in earlier:
                        found.targets.append((record.source, f"actor of the {record.trigger}"))
                    continue
                found.targets.extend(self.participants(candidate))

    def _event_referred_to(self, token: Token) -> list[EventRecord]:
        """Events a noun stands for: one read in this sentence, or 'the deal' read earlier
        (the latest event of the same CAMEO root, when the noun names no one itself)."""
        if token.i in self._by_trigger:
            return self._by_trigger[token.i]
        entry = self.lexicon.get((token.lemma_.lower(), "NOUN"))
        if not entry or not any(c.lower_ in _REFERRING_DETS for c in token.children):
            return []
        if self._owner(token) is not None:
            return []
        lemma = token.lemma_.lower()
        for index, group in reversed(self._by_trigger.items()):
            if lemma in self._trigger_words[index]:
                return group
        root = entry[0].cameo[:2]
        for group in reversed(self._by_trigger.values()):
            if group[0].root == root:
                return group
        return []

    # ---------------------------------------------------------------- triggers

    def read_noun(self, token: Token, entry: Predicate) -> _Found | None:
        sources = self._noun_sources(token)
        rule = "event noun"
        verb = self._light_verb(token)
        if not sources and verb is not None:
            sources, _ = self.agents(verb)
            rule = f"event noun, object of '{verb.lemma_}'"
            self._consumed.add(verb.i)  # "launched airstrikes": one event, not two
        if not sources and entry.symmetric:
            # "the talks between Serbia and Kosovo": the parties are each other's counterpart
            between = self._prep_objects(token, frozenset({"between"}))
            sources = self.participants(between[0]) if between else []
            rule = "mutual event noun, 'between'"
            if len(sources) < 2:
                return None
        if not sources:
            return None
        found = _Found(token, entry.cameo, sources, [], entry.symmetric, rule, 0.8)
        self._targets_of(self._prep_objects(token, entry.preps), found)
        if verb is not None:
            self._targets_of(self._prep_objects(verb, entry.preps), found)
        return found

    def _light_verb(self, noun: Token) -> Token | None:
        """The verb that carries an event noun ('held talks', 'approved a package of aid')."""
        container = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            outer = noun.head.head
            if outer.lemma_.lower() in lemma_set("transparent_nouns"):
                container = outer
        if container.dep_ in ("dobj", "nsubjpass") and container.head.lemma_ in lemma_set(
            "light_verbs"
        ):
            return container.head  # "announced sanctions", "sanctions were announced by X"
        return None

    def read_verb(self, token: Token, entry: Predicate) -> _Found | None:
        sources, inherited = self.agents(token)
        found = _Found(token, entry.cameo, sources, [], entry.symmetric, "verb", 0.9)
        if inherited:
            found.rule, found.confidence = "verb, subject inherited", 0.75
        objects = self.direct_objects(token)
        passive = [c for c in token.children if c.dep_ == "nsubjpass"]
        obj = self._object_noun(token, entry) if entry.objects else None
        if obj is not None:
            self._consumed.add(obj.i)
            found.words.add(obj.lemma_.lower())
            owner = self._owner(obj)  # "summoned the Russian ambassador" -> Russia
            if owner is not None:
                found.targets.append(owner)
        elif passive and entry.object_is_target:
            self._targets_of(passive, found)
            found.rule = "passive verb"
        elif entry.object_is_target:
            self._targets_of([o for o in objects if o.dep_ == "dobj"], found)
        dobj = next((o for o in objects if o.dep_ == "dobj"), None)
        self._targets_of(self._prep_objects(token, entry.preps, obj or dobj), found)
        found.reciprocal = self._reciprocal(token)
        return found if found.sources else None

    @staticmethod
    def _reciprocal(token: Token) -> bool:
        """'offer mutual aid', 'hold joint drills', 'attack each other': the subjects act on
        one another."""
        for child in token.children:
            if child.dep_ in ("dobj", "pobj", "npadvmod") and (
                any(g.lower_ in _RECIPROCAL for g in child.children)
                or child.lower_ in ("other", "another")
            ):
                return True
        return False

    def read_complement(self, found: _Found) -> _Found:
        """'pledged to send aid to Kyiv', 'pledged aid to Kyiv': one event, coded from the outer
        and inner events (complement_codes.tsv)."""
        for child in found.token.children:
            inner: _Found | None = None
            if child.i in self._consumed:
                continue
            if child.dep_ == "xcomp" and (entry := self.predicate(child)) is not None:
                inner = self.read_verb(child, entry)
            elif (
                child.dep_ == "dobj"
                and (entry := self.predicate(child)) is not None
                and not self._noun_sources(child)
            ):
                inner = _Found(child, entry.cameo, [], [], entry.symmetric, "", 0)
                self._targets_of(self._prep_objects(child, entry.preps), inner)
            if inner is None:
                continue
            code = complement_code(found.cameo[:2], inner.cameo)
            if code is None:
                continue
            self._consumed.add(child.i)
            found.words.add(child.lemma_.lower())
            found.cameo = code
            # what one side promises or demands is its own act; a mutual inner event only
            # pairs up several speakers ("Vietnam and Australia agreed to expand ties")
            # "X and Y agreed to share intelligence": an agreement among several is mutual
            found.reciprocal = (
                found.reciprocal or found.symmetric or inner.reciprocal or inner.symmetric
            )
            found.symmetric = False
            found.targets = found.targets or inner.targets
            found.target_events = found.target_events or inner.target_events
            joiner = " to " if child.dep_ == "xcomp" else " "
            found.trigger_text = f"{found.token.text}{joiner}{child.text}"
            found.rule += f" + complement '{child.lemma_}'"
        return found

    # ---------------------------------------------------------------- modality and dates

    def modality(self, token: Token) -> tuple[str, bool]:
        verb = self._light_verb(token) if token.pos_ == "NOUN" else None
        if verb is not None:
            return self.modality(verb)  # "pledged to hold talks": the talks are intended
        negated = any(c.dep_ == "neg" for c in token.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.children
        )
        modality = "asserted"
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in token.children):
            modality = "hypothetical"
        elif any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in token.children):
            modality = "intended"
        current = token
        for _ in range(6):
            if self._conditional(current):
                return "hypothetical", negated
            head = current.head
            if head == current:
                break
            if current.dep_ == "xcomp" and head.lemma_.lower() in lemma_set("intent_verbs"):
                modality = "intended"
                negated = negated or any(c.dep_ == "neg" for c in head.children)
            if current.dep_ == "ccomp" and head.lemma_.lower() in lemma_set("speech_verbs"):
                return ("reported" if modality == "asserted" else modality), negated
            if current.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "relcl", "acl"):
                break
            current = head
        return modality, negated

    @staticmethod
    def _conditional(clause: Token) -> bool:
        """'if X attacks' (the condition) and 'If X attacks, Y will respond' (its consequence)."""
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in clause.children):
            return True
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL_MARKS for m in c.children)
            for c in clause.children
        )

    def event_date(self, token: Token) -> str | None:
        anchor = self.article.published_date
        scope = [token, *token.children]
        if token.head != token:
            scope += list(token.head.children)
        for candidate in scope:
            for item in (candidate, *candidate.children):
                if item.ent_type_ == "DATE":
                    ent = next((e for e in self.doc.ents if e.start <= item.i < e.end), None)
                    resolved = resolve_relative(ent.text if ent else item.text, anchor)
                    if resolved is not None:
                        return resolved.isoformat()
        return anchor.isoformat() if anchor else None

    # ---------------------------------------------------------------- records

    def _emit(self, found: _Found, sentence: str) -> None:
        code = cameo_table()[found.cameo]
        modality, negated = self.modality(found.token)
        pairs = [(s, t) for s in found.sources for t in found.targets]
        if not pairs and (found.symmetric or found.reciprocal) and len(found.sources) > 1:
            pairs = [(a, b) for a in found.sources for b in found.sources if a != b]
        elif found.symmetric:
            pairs += [(t, s) for s, t in pairs]
        made = []
        target_event = found.target_events[0].event_id if found.target_events else None
        for (source, source_rule), (target, target_rule) in pairs:
            if (source.iso3 or source.id) == (target.iso3 or target.id):
                continue
            extra = f"{negated}|{modality}|{target_event or ''}"
            ident = event_id(self.article.id, source, target, code.code, extra)
            if ident in self._by_key:
                self._by_key[ident].mentions += 1
                made.append(self._by_key[ident])
                continue
            record = EventRecord(
                event_id=ident,
                article_id=self.article.id,
                sentence=sentence,
                date=self.event_date(found.token),
                source=source,
                target=target,
                target_event=target_event,
                trigger=found.trigger_text or found.token.text,
                cameo=code.code,
                plover=code.plover,
                goldstein=code.goldstein,
                quad_class=code.quad_class,
                negated=negated,
                modality=modality,
                confidence=found.confidence,
                rule=f"{found.rule}; source: {source_rule}; target: {target_rule}",
            )
            self._by_key[ident] = record
            self.records.append(record)
            made.append(record)
        if made:
            self._by_trigger[found.token.i] = made
            self._trigger_words[found.token.i] = {found.token.lemma_.lower(), *found.words}

    def read_criticism(self, speech: Token, sentence: str) -> None:
        """A speaker's negative evaluation of an actor's action codes 111 (criticise)."""
        speakers, _ = self.agents(speech)
        if not speakers:
            return
        for word in speech.subtree:
            if word.lemma_.lower() not in lemma_set("negative_evaluation") or word == speech:
                continue
            clause = word
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            if clause == speech:
                continue
            targets, _ = self.agents(clause)
            if not targets:
                continue
            found = _Found(word, "111", speakers, targets, False, "negative evaluation", 0.6)
            self._emit(found, sentence)

    def extract(self) -> list[EventRecord]:
        """Per sentence: verb + object constructions first ('launched airstrikes on Syria'
        is one event and claims its noun), then event nouns, then the remaining verbs, outer
        before inner so a complement is read once, inside its verb."""
        for sent in self.doc.sents:
            text = sent.text.strip()
            verbs = sorted(
                (t for t in sent if t.pos_ == "VERB"), key=lambda t: len(list(t.ancestors))
            )
            constructions = [
                t for t in verbs
                if (entry := self.predicate(t)) is not None and entry.objects
                and not self._is_complement(t)
            ]  # fmt: skip
            for token in constructions:
                self._read_verb_event(token, text)
            for token in sent:
                if token.pos_ != "NOUN" or token.i in self._consumed:
                    continue
                entry = self.predicate(token)
                if entry is not None and (found := self.read_noun(token, entry)) is not None:
                    self._emit(found, text)
            for token in verbs:
                self._read_verb_event(token, text)
            for token in verbs:
                if token.lemma_.lower() in lemma_set("speech_verbs"):
                    self.read_criticism(token, text)
        return self.records

    def _is_complement(self, token: Token) -> bool:
        return token.dep_ == "xcomp" and self.predicate(token.head) is not None

    def _read_verb_event(self, token: Token, sentence: str) -> None:
        if token.i in self._consumed:
            return
        entry = self.predicate(token)
        if entry is None:
            return
        self._consumed.add(token.i)
        found = self.read_verb(token, entry)
        if found is not None:
            self._emit(self.read_complement(found), sentence)


def extract_events(
    doc: Doc, article: Article, actors: ArticleActors | None = None
) -> list[EventRecord]:
    """All events of one parsed article."""
    actors = actors or ArticleActors(doc, article.published_date)
    return ArticleEvents(doc, article, actors).extract()
