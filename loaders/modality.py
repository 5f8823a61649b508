"""How an event is told: denied or not, asserted, reported, intended or hypothetical, and when.

An event is news of the day unless the sentence places it earlier: a time it names before the
article's year ("cut ties in 2016", "the 2020 war"), a span back from the news ("seven years
after the two cut ties", "since 2014", "for decades"), or an adverb of long standing ("has long
accused"). Such an event is *background*: dated to the day it names when it names one, kept out
of current relation scores, and never given the article's date as if it had just happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from geokg.loaders.dates import (
    DATELINE,
    SENTENCE_ENDS,
    headline_end,
    names_a_day_of_a_month,
    resolve_relative,
)
from geokg.loaders.lexicon import lemma_set, synsets

_CONDITIONAL_MARKS = {"if", "unless"}
_OBLIGATION_AUX = {"must", "should"}  # "said Israel must withdraw": asked for, not done
_HYPOTHETICAL_AUX = {"would", "could", "might", "may"} | _OBLIGATION_AUX
_FUTURE_AUX = {"will", "shall"}
UNREALISED_AUX = frozenset(_HYPOTHETICAL_AUX | _FUTURE_AUX)  # a clause told as not yet done
# "has long accused", "has since kicked out French troops": not news of the day
_LONG_STANDING = {"long", "previously", "formerly", "once", "historically", "since", "regularly",
                  "routinely", "habitually", "traditionally", "recently"}  # fmt: skip
# With a perfect, a record of acts before the news: "has repeatedly offered", "has already
# visited Uganda and Kenya"
_PAST_RECORD = {"repeatedly", "frequently", "often", "already"}
# "talks remained stalled", "the deadlocked negotiations": talks held before and not going on
# ("talks stalled" or "collapsed" today still tells of talks held)
_STALLED = {"stalled", "deadlocked", "frozen"}
# "at the start of the war": the outset of a war the story is already in
_OUTSETS = {"start", "beginning", "outset", "onset"}
_MEDIA_OF_CALLS = {"phone", "telephone", "video", "conference"}
# "failed to adopt sanctions", "neglected to inform", "refused to sign the agreement",
# "declined to meet": the act did not happen
_FAILING = {"fail", "neglect", "refuse", "decline"}
# Verbs that let something happen ("refused to let X dock", "would not accept strikes").
PERMITTING = frozenset({"let", "allow", "accept", "permit", "tolerate"})
# Verbs whose purpose infinitive ("to help the country combat X") names what others do.
_HELPING = frozenset({"help", "assist"})
# Verbs whose infinitive is only made possible ("allowing each to deploy"), not done.
_ENABLING = frozenset({"let", "allow", "permit", "enable", "authorise", "authorize"})
SPAN_UNITS = frozenset({"year", "decade", "month", "century", "week", "day"})  # of time
_LONG_SPAN_UNITS = {"year", "decade", "month", "century"}
_NEWS_DAYS = 31  # an event dated more than a month before the story is background to it
# "..., accusing Kyiv of", "..., drawing criticism from Algeria", "..., prompting Seoul to":
# participles whose subject is the act the sentence tells, wherever the parser hung them
_REACTION_PARTICIPLES = {"draw", "prompt", "spark", "trigger", "provoke"}
_JUDGING_PARTICIPLES = {"condemn", "denounce", "criticise", "criticize", "slam", "decry", "deplore"}
_COMMENT_PARTICIPLES = {"accuse", "blame", "warn"} | _JUDGING_PARTICIPLES | _REACTION_PARTICIPLES
_BACK_MARKS = {"after", "since", "before", "ago", "throughout"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # tensed verbs, not infinitives or participles
_TIME_MARKS = {"after", "before", "since", "when", "as", "while"}
_NOUN_MODIFIERS = ("nummod", "compound", "amod", "poss", "nmod")
_CLAUSE_DEPS = ("xcomp", "advcl", "conj", "ccomp", "relcl", "acl")
_OCCASION_PREPS = {"during", "at"}  # "agreed during their March summit"
# The purpose of an act is not done by it ("signed agreements to strengthen cooperation"),
# except what sending forces or a vote carries out ("sent jets to bomb", "voted to launch an
# inquiry") and talk at a meeting or trip ("met to discuss", "flew to Paris to attend talks")
_CARRIED_OUT_BY = {"send", "deploy", "dispatch", "scramble", "vote", "decide", "move"}
_DONE_WHERE_HELD = {"discuss", "meet", "hold", "attend", "visit", "talk", "hear"}
_MORE_THAN = {"more", "over", "nearly", "almost"}  # "for more than a year"
# Words that rank someone among those who did something: "the second country to expel"
_RANKING_WORDS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "only", "next"}


def _is_condition(clause: Token) -> bool:
    """'if X attacks': a clause opened by 'if' or 'unless'."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in clause.children)


def _has_condition(clause: Token) -> bool:
    return any(c.dep_ == "advcl" and _is_condition(c) for c in clause.children)


def conditional(clause: Token) -> bool:
    """'if X attacks' (the condition) and 'If X attacks, Y will respond' (its consequence), and
    an open question ('a consultation on whether Hungarians support Ukraine's accession',
    'asked whether Tokyo would join'), which tells no act either."""
    asked = any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)
    return asked or _is_condition(clause) or _has_condition(clause)


def addresses(verb: Token) -> bool:
    """Is this verb said to someone ('told', 'urged', 'assured'), whose object is a partner?"""
    lemma = verb.lemma_.lower()
    return lemma in lemma_set("speech_verbs") or lemma in lemma_set("request_verbs")


def comment_participle(verb: Token) -> bool:
    """'..., calling the drills a rehearsal for invasion', '..., accusing Kyiv of ...', '...,
    drawing criticism from Algeria': a speech or reaction participle set off by a comma is the
    sentence subject's own act (or what it set off), wherever the parser attached it (often
    inside a demand or a condition, which it is not part of)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.sent.root != verb
        and (addresses(verb) or verb.lemma_.lower() in _COMMENT_PARTICIPLES)
    )


def comment_host(participle: Token) -> Token:
    """The clause a comment participle speaks for: the highest verb above it and before the
    comma ('China demanded that Manila withdraw ..., accusing': 'demanded'), else the root.
    What an act set off belongs to the act, not to whoever reported it ('ships blasted a boat,
    the military said, drawing condemnation': 'blasted')."""
    hosts = []
    for above in participle.ancestors:
        if above.i < participle.i and above.pos_ in ("VERB", "AUX"):
            hosts.append(above)
        contrast = above.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in above.children
        )  # "..., while Israel sent troops into the buffer zone, drawing condemnation"
        if (above.dep_ == "conj" or contrast) and any(
            c.dep_.startswith("nsubj") for c in above.children
        ):
            break  # "police shut offices, and Serbia's negotiator walked out, accusing": a
            # clause joined with a subject of its own speaks for itself
    host = hosts[-1] if hosts else participle.sent.root
    if participle.lemma_.lower() in _REACTION_PARTICIPLES:
        if _said_after(host):
            return next(c for c in host.children if c.dep_ == "ccomp" and c.i < host.i)
    elif _attribution(participle.head):  # "..., Taiwan's defence ministry said, condemning
        return participle.head  # the exercise": the speaker's own words
    elif teller := _teller_before(participle):
        return teller
    return host


def _teller_before(participle: Token) -> Token | None:
    """'North Korea fired a missile, South Korea's military said, calling the launch a
    provocation': the parser can hang both the attribution and the participle on the act
    reported; the participle right after the attribution is the teller's."""
    return next(
        (
            c for c in participle.head.children
            if c.dep_ == "parataxis" and c.i < participle.i and _attribution(c)
            and all(t.is_punct for t in participle.doc[c.right_edge.i : participle.i])
        ),
        None,
    )  # fmt: skip


def obligation_said(clause: Token) -> bool:
    """'said Hamas must hand over its weapons', 'told Washington it should stop': a clause
    someone says with a modal of obligation, which asks its subject to act."""
    return (
        clause.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in clause.children)
        and not any(c.dep_ == "neg" for c in clause.children)
    )


def prompted_by(verb: Token) -> Token | None:
    """The act that set off a reaction told as '..., prompting Japan to scramble jets': the
    clause the participle comments on; None for any other verb."""
    participle = verb.head
    if (
        verb.dep_ not in ("xcomp", "ccomp")
        or participle.lemma_.lower() not in _REACTION_PARTICIPLES
    ):
        return None
    return comment_host(participle) if comment_participle(participle) else None


def _attribution(verb: Token) -> bool:
    """'..., the ministry said': a verb of saying with a subject of its own, set after what
    it reports."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "abducted four UN staff near Herat, UN envoy X said": the parser may hang the teller on
    # the noun or verb before (a relative clause, a conjoined verb), one with a subject of its
    # own that says nothing
    says = any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    misread = verb.dep_ in ("relcl", "conj") and not says
    return (
        verb.lemma_.lower() in lemma_set("speech_verbs")
        and (verb.dep_ in ("parataxis", "ROOT") or misread)
        and any(s.lower_ not in ("who", "which", "that") for s in subjects)
    )


def _said_after(verb: Token) -> bool:
    """'..., the military said': an attribution after what it reports."""
    return verb.lemma_.lower() in lemma_set("speech_verbs") and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    )


def _planned(noun: Token) -> bool:
    """A noun for something only planned: 'an EU plan', 'a draft resolution calling for'."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if modifiers & _MEDIA_OF_CALLS:
        return False  # "a phone call that Paris condemned ...": a conversation, no request
    return "draft" in modifiers or noun.lemma_.lower() in lemma_set("plan_nouns")


def called_off(noun: Token) -> bool:
    """'the signing of the deal was postponed', 'talks were cancelled', 'delayed the visit':
    an event due that did not take place (loaders/data/calling_off_verbs.txt)."""
    word = noun
    while word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN":
        word = word.head.head  # the signing of the deal
    verb = word.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]  # "was called off"
    names = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
    return word.dep_ in ("nsubj", "nsubjpass", "dobj") and bool(
        names & lemma_set("calling_off_verbs")
    )


def modality(token: Token) -> tuple[str, bool]:
    """(asserted | reported | intended | hypothetical, negated) of the clause headed by token."""
    negated = any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "det" and c.lower_ == "no"
        for c in (token, *(o for o in token.children if o.dep_ == "dobj"))
        for c in c.children
    )  # "did not send", "no talks", "sent no aid"
    negated = negated or _done_by_none(token) or neither_subject(token)
    negated = negated or (token.dep_ == "pcomp" and token.head.lower_ == "without")  # "ended
    # the talks without agreeing on a truce", "left without meeting the president"
    mode = "asserted"
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if (
        token.dep_ == "conj"
        and token.tag_ == "VB"
        and not any(c.dep_ in ("aux", "nsubj") for c in token.children)
    ):  # "will fund and train": a bare second verb shares the first one's auxiliary (not
        # "could intervene ... and summoned", a past tense of its own)
        auxiliaries = {c.lower_ for c in token.head.children if c.dep_ == "aux"}
    if token.dep_ == "pcomp" and token.head.lower_ == "by" and not auxiliaries:
        # "could retaliate by detaining German citizens", "would respond by expelling its
        # diplomats": the means is told in the tense of the act it is the means of
        auxiliaries = {c.lower_ for c in token.head.head.children if c.dep_ == "aux"}
    if auxiliaries == {"would"} and _said(token):
        mode = "intended"  # "China said it would send rescue teams": the future of a report
    elif auxiliaries & _HYPOTHETICAL_AUX:
        mode = "hypothetical"
    elif auxiliaries & _FUTURE_AUX or _headline_future(token):
        mode = "intended"
    current = comment_host(token) if comment_participle(token) else token
    own_subject = any(c.dep_ == "nsubj" for c in token.children)
    if (
        token.dep_ == "conj"
        and token.tag_ == "VBD"
        and (token.head.tag_ == "VB" or (_asked(token.head) and own_subject))
    ):  # "agreed to activate a force and appealed to Mali", "demanded that Islamabad
        # investigate the attack, and Pakistan's prime minister offered his condolences": a
        # past tense joined to an infinitive (or to what a demand asks) is the finite verb's
        # sibling, told as it is, not part of what was agreed or asked
        current = next(
            (a for a in token.head.ancestors if a.tag_ in FINITE_TAGS and not _asked(a)), current
        )
    own = current == token  # still inside the clause's own chain of verbs ("failed to adopt")
    for _ in range(6):
        if conditional(current):
            return "hypothetical", negated
        head = current.head
        if head == current:
            break
        if infinitive_complement(current) and head.lemma_.lower() in lemma_set("intent_verbs"):
            mode = "intended"
            negated = negated or any(c.dep_ == "neg" for c in head.children)
        elif (
            own
            and (current.dep_ == "advcl" or head.lemma_.lower() in lemma_set("signing_verbs"))
            and infinitive_complement(current)
            and (head.pos_ == "VERB" or (head.pos_ == "AUX" and current.dep_ == "advcl"))
            and head.lemma_.lower() not in lemma_set("request_verbs") | _CARRIED_OUT_BY
            and current.lemma_.lower() not in _DONE_WHERE_HELD
            and not ranked_by_infinitive(head)
        ):
            return "hypothetical", negated  # "signed 14 agreements to strengthen cooperation",
            # "troops who are there to fight al-Shabaab": the purpose of an act (or of being
            # somewhere) is not done by it
        if (
            own
            and current.dep_ == "advcl"
            and current.lemma_.lower() in _DONE_WHERE_HELD
            and infinitive_complement(current)
            and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children)
        ):
            mode = "intended"  # "will then travel to Italy to meet the Pope": not yet met
        not_yet = head.lemma_.lower() in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
        )  # "has yet to deliver", "is yet to pay": not done
        if own and infinitive_complement(current) and (head.lemma_.lower() in _FAILING or not_yet):
            negated = not any(c.dep_ == "neg" for c in head.children)  # "did not fail to"
        if own and current.dep_ == "acl" and is_to_infinitive(current) and head.lemma_ == "failure":
            negated = True  # "Ulaanbaatar's failure to detain him": not detained
        if own and current.dep_ == "pcomp" and abstaining_verb(head) is not None:
            negated = True  # "stopped short of imposing sanctions": not imposed
        if (
            current.dep_ in ("ccomp", "xcomp")
            and head.lemma_.lower() in _HELPING
            and is_to_infinitive(head)
            and head.dep_ in ("advcl", "acl", "relcl")
        ):
            return "hypothetical", negated  # "deployed a force to help the country combat
            # the insurgency": what the help is for is not done by sending it
        if refused_leave(head, current):
            return "hypothetical", negated  # "ruled out allowing U.S. troops to carry out
            # operations", "would not accept U.S. strikes": neither is done
        if (
            head.lemma_.lower() in _ENABLING
            and current.dep_ in ("xcomp", "ccomp")
            and (is_to_infinitive(current) or current.tag_ == "VB")
        ):
            return "hypothetical", negated  # "signed an agreement allowing each to deploy
            # forces", "authorised the army to strike": made possible, not done
        avoided = current.tag_ == "VBG" and current.dep_ in ("xcomp", "dobj")
        if own and avoided and head.lemma_.lower() == "avoid":  # "avoided criticising
            negated = not any(c.dep_ == "neg" for c in head.children)  # Beijing": not done
        considered = current.dep_ in ("xcomp", "pcomp") and current.tag_ == "VBG"
        if own and considered and head.lemma_.lower() in lemma_set("consideration_verbs"):
            return "hypothetical", negated  # "would review supplying weapons": not supplied
        own = own and current.dep_ in ("xcomp", "conj")
        if current.dep_ in ("acl", "relcl") and _planned(head):
            return "hypothetical", negated  # "an EU plan to send weapons": not sent
        if (
            current.dep_ in _CLAUSE_DEPS
            and current.dep_ != "conj"  # "called the plan inhumane and urged ...": a second act
            and head.pos_ == "VERB"  # "signed orders imposing tariffs": imposed
            and head.lemma_.lower() in lemma_set("request_verbs")
            and not (own and ordered_to_own_people(head))  # "ordered his trade minister to
            # raise duties": the orderer's own act, as a decision is
            and not comment_participle(current)  # "ordered tariffs on Colombia, prompting
        ):  # Petro to impose duties": what the order set off, not what it asked
            return "hypothetical", negated  # "called on Rwanda to withdraw": asked, not done
        if (
            current.dep_ in ("ccomp", "xcomp", "pcomp")
            and current.i > head.i
            and (head.lemma_.lower() in lemma_set("denial_verbs"))
        ):
            return "hypothetical", negated  # "denied that its troops had shelled Goma"
        # "a report that Kyiv had asked Seoul", read as a relative clause; after a claim noun
        # even with 'that' read as the object ("a report that its troops were fighting")
        claim = head.lemma_.lower() in synsets().get("&allegation", ())
        relative_that = [
            c for c in current.children
            if c.lower_ == "that" and (claim or c.dep_ not in ("nsubj", "nsubjpass", "dobj"))
        ]  # fmt: skip
        content = current.dep_ in ("acl", "ccomp") or (current.dep_ == "relcl" and relative_that)
        acting = (
            current.dep_ == "acl"
            and current.tag_ == "VBG"
            and any(c.dep_ == "dobj" for c in current.children)
        )  # "dismissed a British statement accusing Moscow": the statement did accuse it
        content = content and not acting
        denier = head.head.head if head.dep_ == "pobj" else head.head  # "dismissed as
        if (  # baseless claims that ...": the claims read as the object of 'as'
            content
            and head.pos_ == "NOUN"
            and head.dep_ in ("dobj", "nsubjpass", "pobj")
            and denier.lemma_.lower() in lemma_set("denial_verbs")
        ):
            return "hypothetical", negated  # "dismissed reports that Russia had supplied
            # missiles": what the denied report tells
        claim = head.head if current.dep_ == "pobj" and head.lower_ == "of" else None
        if (  # "dismissed a newspaper report of a secret call": what the denied report tells
            claim is not None
            and claim.lemma_.lower() in synsets().get("&allegation", ())
            and claim.dep_ == "dobj"
            and claim.head.lemma_.lower() in lemma_set("denial_verbs")
        ):
            return "hypothetical", negated
        if current.dep_ == "ccomp" and head.lemma_.lower() in lemma_set("speech_verbs"):
            return ("reported" if mode == "asserted" else mode), negated
        if current.dep_ not in _CLAUSE_DEPS or _told_as_past(current):
            break
        current = head
    return mode, negated


def _done_by_none(verb: Token) -> bool:
    """'Rome had neither handed him over nor consulted it', 'neither Washington nor Moscow saw
    fit to expel', 'no country has recognised': a clause said of no one did not happen."""
    first = verb.head if verb.dep_ == "conj" else verb
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return True
    holder = verb  # "saw fit to expel": the subject of the verb the infinitive hangs on
    while holder.dep_ in ("xcomp", "advcl", "conj") and not _subjects(holder):
        if holder.dep_ == "advcl" and not is_to_infinitive(holder):
            break
        holder = holder.head
    return any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no")
        for s in _subjects(holder)
        for c in s.children
    )


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def refused_leave(head: Token, current: Token) -> bool:
    """Is `current` what a refused or ruled-out permission would let happen: under 'allow',
    'accept', 'permit' or 'tolerate' that is negated or ruled out ('would not accept U.S.
    strikes', 'ruled out allowing troops to ...')?"""
    if head.lemma_.lower() not in PERMITTING or current.dep_ not in ("dobj", "xcomp", "ccomp"):
        return False
    refused = any(c.dep_ == "neg" for c in head.children)
    ruler = head.head  # "ruled out allowing"
    ruled_out = ruler.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in ruler.children
    )
    return refused or (ruled_out and head.dep_ in ("xcomp", "dobj", "pcomp", "advcl"))


def abstaining_verb(prep: Token) -> Token | None:
    """The verb of 'stopped short of', 'refrained from', 'held off on' (loaders/data/
    abstention_phrases.txt) whose preposition this is: the act after it was not taken."""
    verb, middle = prep.head, ""
    if verb.lower_ == "short":
        verb, middle = verb.head, "short"
    elif any(c.dep_ == "prt" for c in verb.children):
        middle = next(c.lower_ for c in verb.children if c.dep_ == "prt")
    phrase = " ".join(w for w in (verb.lemma_.lower(), middle, prep.lower_) if w)
    return verb if phrase in lemma_set("abstention_phrases") else None


def _told_as_past(clause: Token) -> bool:
    """'..., a day after Putin apologised to him': a time clause in a past tense tells a fact of
    its own, whatever the clause it hangs on asks or plans ('demanded that Moscow pay
    compensation, a day after ...')."""
    past = clause.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in clause.children
    )
    return (
        clause.dep_ == "advcl"
        and past
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)
    )


def announced(clause: Token) -> bool:
    """'will suspend', 'said it would quit': a decision told in the future tense."""
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would"} for c in clause.children)
    return future or _headline_future(clause)


def _headline_future(verb: Token) -> bool:
    """'China to take reciprocal measures against US': a headline tells the future with a
    subject and a bare 'to' infinitive as its main verb."""
    return (
        verb.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def ranked_by_infinitive(verb: Token) -> bool:
    """'Slovakia became the second country to expel Russian diplomats', 'was the only leader
    to attend': the copula ranks its subject among those who did what the infinitive says
    (done, not a purpose), and the copula itself is no act (no joining)."""
    ranked = any(
        a.dep_ == "amod" and a.lower_ in _RANKING_WORDS
        for n in verb.children
        if n.dep_ in ("attr", "oprd")
        for a in n.children
    )
    return ranked and any(
        is_to_infinitive(c)
        for n in (verb, *(c for c in verb.children if c.dep_ in ("attr", "oprd")))
        for c in n.children
        if c.dep_ in ("advcl", "relcl", "acl", "xcomp")
    )


def is_to_infinitive(token: Token) -> bool:
    """Is this verb a 'to' infinitive ('to send', 'to restore')?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def consequence_of_condition(clause: Token) -> bool:
    """'(X would suspend relations) if Y kept blocking aid': the clause a condition hangs on,
    not the condition itself."""
    return _has_condition(clause) and not _is_condition(clause)


def _asked(verb: Token) -> bool:
    """'demanded that Islamabad investigate': the present form of what a request asks for."""
    return (
        verb.tag_ == "VBP"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lemma_set("request_verbs")
    )


def neither_subject(verb: Token) -> bool:
    """'agreed that neither country would threaten the other': a clause whose subject is
    'neither' says that no one does it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ == "neither" or any(d.lower_ == "neither" for d in c.children))
        for c in verb.children
    )


def infinitive_complement(token: Token) -> bool:
    """'pledged to send', and 'offered on Tuesday to mediate', which the parser often reads as
    an adverbial clause: a 'to' infinitive with no subordinating word of its own."""
    if token.dep_ == "xcomp":
        return True
    return (
        token.dep_ == "advcl"
        and is_to_infinitive(token)
        and not any(c.dep_ in ("mark", "nsubj") for c in token.children)
    )


def _said(token: Token) -> bool:
    """Is this clause what someone said ('the ministry said Iran would not attack')?"""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in lemma_set("speech_verbs")


@dataclass(frozen=True)
class EventTime:
    date: str | None
    background: bool


def _clause_words(token: Token, trigger: Token) -> list[Token]:
    """The trigger's own words and those of its noun phrase or clause, not of clauses below
    (a verb after a preposition other than one of time included: "accused X of violating it
    since November", but "failed to consult Y before signing in February" is February's), nor
    the words that only describe a participant ("suspend the 2018 agreement" happens now,
    "released soldiers captured last year" too)."""
    words = [token]
    judged = _judged_act_time(token)
    for child in token.children:
        if child.dep_ in ("relcl", "ccomp", "xcomp", "conj", "acl", "advcl", "parataxis"):
            continue
        if child in judged:
            continue
        below = {t.i for g in child.subtree if g.dep_ == "pcomp" and g.pos_ == "VERB"
                 and g.head.lower_ not in _TIME_MARKS for t in g.subtree}  # fmt: skip
        below |= {t.i for g in child.subtree if g.dep_ in ("acl", "relcl", "advcl")
                  and g.pos_ == "VERB" and g.head != trigger for t in g.subtree}  # fmt: skip
        words.extend(t for t in child.subtree
                     if t.i not in below and not _describes_participant(t, trigger))  # fmt: skip
    return words


def _judged_act_time(verb: Token) -> list[Token]:
    """'condemned Israeli and U.S. strikes on Iran in June', with 'in June' hung on the verb:
    a time right after the object of a judging verb dates the act judged, not the judging;
    a day ('condemned Ukraine's strikes on Monday') is the wire's day of the judging, and so
    is 'last week' (the parser cannot tell whose it is)."""
    if verb.lemma_.lower() not in _JUDGING_PARTICIPLES:
        return []
    after = {o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"}
    return [c for c in verb.children
            if c.i in after and c.dep_ == "prep" and c.lower_ == "in"]  # fmt: skip


def _describes_participant(word: Token, trigger: Token) -> bool:
    """'2018' in 'suspended the 2018 agreement': a modifier of a noun other than the event's
    own ('recalled the 2020 war': the war is the event); the "'s" of "last week's strikes" is
    its date's."""
    if word.dep_ == "case" and word.head != word:
        return _describes_participant(word.head, trigger)
    head = word.head
    if head.dep_ == "pobj" and head.head.lower_ in _OCCASION_PREPS:
        return False  # "during their March summit": when it happened
    return word.dep_ in _NOUN_MODIFIERS and head != trigger and head.pos_ in ("NOUN", "PROPN")


def _time_of_making(noun: Token | None) -> list[Token]:
    """'rebuffed on Tuesday a call that Brazil made last week', "condemned last week's
    strikes": the time of the clause that tells the noun made, or the time that owns it, is
    the noun's, before the time of the verb that answers it."""
    if noun is None or noun.pos_ != "NOUN":
        return []
    light = lemma_set("light_verbs")
    making = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in light]
    owned = [
        t for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "DATE" for t in c.subtree
    ]
    return owned + [
        t for c in making for g in c.children if g.dep_ in ("npadvmod", "prep") for t in g.subtree
    ]


def _time_after_noun(noun: Token | None) -> list[Token]:
    """'retaliation for Pakistani air strikes on Kabul earlier in the week': a time phrase
    right after an event noun's phrase is the noun's, wherever the parser hung it."""
    if noun is None or noun.pos_ != "NOUN" or noun.right_edge.i + 1 >= len(noun.doc):
        return []
    after = noun.doc[noun.right_edge.i + 1]
    phrase = next(
        (c for a in noun.ancestors for c in a.children if c.left_edge == after and c != noun),
        None,
    )
    if phrase is None or phrase.dep_ not in ("advmod", "npadvmod", "prep"):
        return []
    return list(phrase.subtree)


def _entity_start(item: Token) -> int:
    """Where the named entity a token is part of starts (the token itself if none), read from
    the entity tags around it rather than from `doc.ents`, which spaCy rebuilds at each call."""
    start = item.i
    while item.ent_iob_ == "I" and start > 0 and item.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _date_entity(doc: Doc, item: Token) -> str:
    if not item.ent_type_:
        return item.text
    start, end = _entity_start(item), item.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip


def _months_back(text: str, anchor: date | None) -> int | None:
    """How many months before the story a month named alone lies ('their March summit' in a
    May story: 2); None if the text names no month or there is no story date. A month up to
    six back is read as past, a later one as coming ('will visit in July' in June)."""
    words = [w.strip(".,").lower() for w in text.split()]
    months = [n for n, name in enumerate(_MONTHS, 1) if name in words]
    if anchor is None or not months:
        return None
    return (anchor.month - months[0]) % 12


def _named_year(text: str, anchor: date | None) -> int | None:
    if anchor is not None and text.lower().strip() in ("last year", "the previous year"):
        return anchor.year - 1
    words = [w.strip(".,'s") for w in text.split()]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1900 < int(w) < 2100]
    return years[0] if years else None


def previous_sentence_start(sentence: Span) -> int:
    """Where the sentence before this one starts (0 for the first), passing over the blank
    line the parser can leave as a sentence of its own between two paragraphs, so that 'She
    has also summoned ...' opening a paragraph reads back to the one before it."""
    start = sentence.start
    while start:
        before = sentence.doc[start - 1].sent
        start = before.start
        if not all(t.is_space for t in before):
            return start
    return 0


def _year_referred_to(doc: Doc, item: Token, text: str) -> int | None:
    """'that year', 'the same year': the year named last before, in this sentence or the one
    before ('ties severed in 2019. Caracas had broken them off early that year')."""
    if not any(f"{word} year" in text.lower() for word in ("that", "same")):
        return None
    start = previous_sentence_start(item.sent)
    named = [_named_year(t.text, None) for t in doc[start : item.i] if t.ent_type_ == "DATE"]
    return next((year for year in reversed(named) if year is not None), None)


def _span_back(token: Token) -> bool:
    """'seven years after ...', 'months before', 'since 2014', 'for decades', and the clause
    a span is counted from ('days after X berated Y')."""
    current, below = token, None
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.doc[token.i - 1].text == ",":
        current = comment_host(token)  # "..., drawing criticism": the main clause's time,
        # wherever the parser hung the participle ("after holding them for years")
    perfect = _perfect(token, pluperfect=False)
    for _ in range(4):
        for child in current.children:
            mark = child.lower_ if child.dep_ in ("mark", "prep", "advmod") else ""
            if mark == "throughout" or (mark == "during" and perfect):
                return True  # "has accused X throughout (during) the war": long-standing
            # "summoned the envoy two days after a protest": the summons is the news, the
            # protest earlier; not where "after" opens the clause of the event itself ("two
            # months after the government ended its pact"), nor "after a protest" or "after
            # two years in prison", "quit OPEC after 16 years": what the act ends or follows
            own_after = (
                current == token
                and mark in ("after", "following")
                and any(g.dep_ in ("pobj", "pcomp") for g in child.children)
            )  # ("three years after fighting between them killed 100": the gerund's clause)
            if (
                mark in _BACK_MARKS
                and not own_after
                and any(
                    g.lemma_.lower() in SPAN_UNITS
                    and _a_length(g)
                    and not _in_clause_below(g, child)
                    and not _spans_the_object(g, child)
                    for g in child.subtree
                    if g != child
                )
            ):
                return True
            if (
                child.dep_ == "npadvmod"
                and child.lemma_.lower() in SPAN_UNITS
                and (child.head.lower_ == "ago" or any(g.lower_ == "ago" for g in child.children))
            ):
                return True  # "two years ago", not "last week" or "one week to comply"
            after = [c for c in (current, below) if c is not None and any(
                m.dep_ == "mark" and m.lower_ == "after" for m in c.children)]  # fmt: skip
            if (
                child.dep_ == "npadvmod"
                and child.lemma_.lower() in SPAN_UNITS
                and any(child.i < clause.i for clause in after)
            ):
                return True  # "(paused aid) days after Trump berated Zelenskiy": earlier; "the
                # move comes days after X ordered", 'days' hung on 'comes'
                # (neither "one week to comply" nor a span after the clause)
            if child.dep_ == "prep" and child.lower_ in ("for", "since"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if any(o.lemma_.lower() in SPAN_UNITS and _more_than_one(o) for o in objects):
                    return True  # "for months", "for more than a year" (not "for a year")
            if below in after and child.dep_ == "prep" and child.lower_ in ("in", "over"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if any(o.lemma_.lower() in SPAN_UNITS and o.tag_ == "NNS" for o in objects):
                    return True  # "tension has risen in recent weeks after Thai soldiers
                    # accused ...": what the weeks of tension followed came before them
        told_after = (  # "months after the three announced they were quitting the bloc":
            current.dep_ == "ccomp"  # what the clause a span is counted from told
            and current.head.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _BACK_MARKS for m in current.head.children)
        )
        # "four days after a ceasefire halted an exchange of attacks": a noun that is the
        # object or subject of a clause a span is counted from is as early as that clause
        in_clause = current.dep_ in ("dobj", "nsubj", "nsubjpass") and current.head.dep_ == "advcl"
        # "a day after Belgrade accused Pristina ... and asked NATO to protect them": a verb
        # that shares its subject with the one before it is told in the same clause, and time
        shared = (
            current.dep_ == "conj"
            and current.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        )
        if current.dep_ not in ("advcl", "pcomp", "pobj", "prep") and not (
            told_after or in_clause or shared
        ):
            break
        if current.head == current:
            break
        current, below = current.head, current
    return False


def _standing(verb: Token) -> bool:
    """'Algeria backs the Polisario movement', told in a story's body: the simple present of
    an act that is not speech states a standing policy, not the news of the day (which the
    body tells in the past); a headline's present ('China downgrades ties') is the news."""
    speech = verb.lemma_.lower() in lemma_set("speech_verbs") and any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children
    )  # "X says ..." tells; "China claims the entire sea" holds a claim
    if _described_passive(verb):
        return True
    if verb.tag_ not in ("VBZ", "VBP") or speech:
        return False
    # "deepening ties with Russia as it wages war against Ukraine": what goes on meanwhile
    meanwhile = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children
    )
    # "Hezbollah, which backs the Syrian government", "both of which support Assad": what a
    # relative clause says an actor does in the present is what it stands for (not "who is
    # on a visit", the state of the day)
    described = (
        verb.dep_ == "relcl"
        and verb.lemma_ != "be"
        and any(
            w.lower_ in ("which", "who")
            for c in verb.children
            if c.dep_ == "nsubj"
            for w in c.subtree
        )
    )
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or (
        verb.dep_ != "ROOT" and not (meanwhile or described)
    ):
        return False
    if described:
        return True
    if _standfirst(verb):
        return False
    body = verb.doc[: verb.sent.start]
    headline = headline_end(verb.doc.text)
    after_headline = headline is not None and verb.sent.start_char > headline
    return after_headline or any("\n\n" in t.whitespace_ or "\n\n" in t.text for t in body)


def _described_passive(verb: Token) -> bool:
    """'the Houthis, who are backed by Iran', 'programmes which are banned by UN resolutions':
    a relative clause in the present passive states what holds, not what happened today."""
    children = list(verb.children)
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in children)
        and not any(c.dep_ == "aux" for c in children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "who", "that") for c in children)
    )


def _standfirst(verb: Token) -> bool:
    """'UN General Assembly condemns Russia's annexation by a vote of 143-5.' printed under the
    headline: a one-sentence paragraph between the headline and the lede, with no dateline,
    is a second headline and tells the news in the present as the headline does."""
    text = verb.doc.text
    end = headline_end(text)
    headline = text[:end].strip() if end is not None else ""
    if not headline or headline[-1] in SENTENCE_ENDS or DATELINE.match(headline):
        return False  # a lede ("MANILA (AP) - A Chinese ship ... said.") is no headline
    start = len(text) - len(text[end:].lstrip())
    paragraph = text.find("\n\n", start)
    paragraph = len(text) if paragraph < 0 else paragraph
    sentence = verb.sent
    return (
        sentence.start_char == start
        and not text[sentence.end_char : paragraph].strip()
        and DATELINE.match(text[start:paragraph]) is None
    )


def _spans_the_object(unit: Token, mark: Token) -> bool:
    """'after more than a year of talks': the span is the object's length, and the event
    comes at its end ('reached a deal after a year of talks' is news), unlike 'a year after'
    or 'after a year' measuring the distance back."""
    return mark.lower_ in ("after", "following") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in unit.children
    )


def is_long_span(word: Token) -> bool:
    """'months', 'a year', 'decades' (not days or weeks, the span of the news itself)."""
    return word.lemma_.lower() in _LONG_SPAN_UNITS


def over_a_long_span(noun: Token) -> bool:
    """'a year of talks', 'months of fighting': an act told as a period mostly past (unlike
    'four days of talks', the episode the news ends); 'more than a year into a U.S.-brokered
    ceasefire': the truce and its brokering, told by a modifier of the noun."""
    if noun.dep_ in ("amod", "compound"):
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "into") or prep.i == 0:
        return False
    return is_long_span(prep.head) or is_long_span(noun.doc[prep.i - 1])  # (the parser
    # hangs "into" on the verb: "launched strikes, a year into ...")


def days_of_before(noun: Token) -> bool:
    """'after five days of clashes', 'ending four days of strikes': an episode counted in
    days or weeks that the news follows or ends, told as what came before it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    span = noun.head.head
    if span.lemma_.lower() not in SPAN_UNITS or not any(c.dep_ == "nummod" for c in span.children):
        return False
    after = span.dep_ == "pobj" and span.head.lower_ in ("after", "following")
    ended = span.dep_ == "dobj" and span.head.lemma_.lower() == "end"
    return after or ended


def _ends_a_long_span(verb: Token) -> bool:
    """'ending months of talks': what went on for months or years before the day's act; the
    talks are the context (unlike 'ended two days of talks', the episode the news ends)."""
    return any(
        o.dep_ == "dobj" and is_long_span(o) and any(c.lower_ == "of" for c in o.children)
        for o in verb.children
    )


def long_before(noun: Token) -> bool:
    """'a year after the expulsion of French forces', 'months after the coup': an act the news
    is counted from, a long span (not days or weeks) before it; 'after more than 200 Houthi
    attacks': acts counted up over a long time."""
    prep = noun.head
    after = noun.dep_ == "pobj" and prep.lower_ in ("after", "following")
    return after and (is_long_span(prep.head) or _many_times(noun))


def _many_times(noun: Token) -> bool:
    """'200 attacks', 'more than 50 strikes': an act told as a count of ten or more."""
    counts = [c.text.replace(",", "") for c in noun.children if c.dep_ == "nummod"]
    return any(count.isdigit() and int(count) >= 10 for count in counts)


def _undone_since(verb: Token) -> bool:
    """'Benin closed the border but has since reopened it': an act undone since, told as the
    past of the present state."""
    return any(
        c.dep_ == "conj"
        and any(a.lower_ == "since" and a.dep_ == "advmod" for a in c.children)
        and _perfect(c)
        for c in verb.children
    )


def _an_earlier_period(doc: Doc, item: Token, text: str) -> bool:
    """'last week', 'last month', 'earlier this (or in the) week/month/year': a period before
    the story's own days, told without a date, which `resolve_relative` leaves open; what
    happened then is the context of the news (every gold text that codes such an act marks it
    background)."""
    words = re.sub(r"['’]s\b", "", text.lower()).split()  # "last week's strikes"
    start = _entity_start(item)
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]  # "earlier in the week"
    return words[-2:] in (["last", "week"], ["last", "month"]) or (
        words[-2:] in (["this", "week"], ["this", "month"], ["this", "year"],
                       ["the", "week"], ["the", "month"], ["the", "year"])
        and "earlier" in (*words, *before)
    )  # fmt: skip


def _more_than_one(unit: Token) -> bool:
    """'months', 'more than a year', 'over a decade': more than one of a unit of time."""
    return unit.tag_ == "NNS" or any(c.lower_ in _MORE_THAN for c in unit.subtree)


def _first_since(item: Token, act: Token) -> bool:
    """'visited Vietnam for the first time since taking office in 2021', 'held talks, their
    first since 2018': the date bounds how long the act had not happened; the act is news
    (unlike an act told inside the phrase: 'since clashes in 2022', 'the first time since
    2008, when Morales expelled the envoy')."""
    since = next((a for a in item.ancestors if a.lower_ == "since"), None)
    if since is None or (act != since.head and act in since.head.subtree):
        return False
    when = item.i + 2 < len(item.doc) and item.doc[item.i + 2].lower_ == "when"
    if when and item.doc[item.i + 2].head == act:  # "since 2008, when Morales expelled ...",
        return False  # the clause hung on another verb by the parser
    held = [g for c in act.children if c.dep_ == "dobj" for g in c.children]  # "held their
    # first direct talks since 2022", the phrase hung on the verb
    firsts = [since.head, *since.head.children, *(held if since.head == act else [])]
    return any(t.lower_ == "first" for t in firsts)


def _not_since(verb: Token) -> bool:
    """'Putin has not spoken with Trump since their summit in August', 'Iran has not let
    inspectors in since the strikes': what has not happened since a past time is the state
    of the day, not an act of that time."""
    since = any(  # "since August", "since the strikes hit", with the mark on the clause
        c.lower_ == "since" or (c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children))
        for c in verb.children
    )
    return since and _perfect(verb) and any(c.dep_ == "neg" for c in verb.children)


def disposition(adjective: Token) -> bool:
    """'ready', 'willing', 'prepared' (`data/intent_verbs.txt`) and 'open' ('open to talks'):
    an adjective saying its subject means to act, so 'it' before it stands for someone."""
    return adjective.lemma_.lower() in lemma_set("intent_verbs") | {"open"}


def told_in_pluperfect(verb: Token) -> bool:
    """'had denounced': set before another past act."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


_LEADING_MARKS = {"after", "when", "as", "following"}  # told with or before the act they mark


def _act_it_led_to(clause: Token, trigger: Token) -> Token | None:
    """The verb an 'after' or 'when' clause ('cut ties after protesters stormed its embassy')
    or an 'after' phrase ('cut ties after the storming of its embassy') is told of: the act it
    came before or with, told first (a clause the parser hung on a later verb is not)."""
    if clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _LEADING_MARKS for c in clause.children
    ):
        host = clause.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following"):
        host = trigger.head.head
    else:
        return None
    return host if host.pos_ in ("VERB", "AUX") and host.i < clause.i else None


def _before_an_earlier_act(noun: Token) -> bool:
    """'Xue had posted the threat last weekend, following Takaichi's warning': an act named
    after 'after' or 'following' on a verb in the pluperfect came before an act that was
    itself set before the news."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following"):
        return False
    verb = prep.head  # (or the verb whose report the parser hung the phrase in)
    while verb.dep_ == "ccomp" and not told_in_pluperfect(verb):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and told_in_pluperfect(verb)


def _stalled(noun: Token) -> bool:
    """'talks between Damascus and Israel remained stalled', 'revive the deadlocked
    negotiations': what a stalled process names was held before, not in the news of the day."""
    after = noun.doc[noun.right_edge.i + 1 : noun.right_edge.i + 4]  # read in order: the
    # parser may hang the talks elsewhere ("as talks ... remained stalled" as 'as' + object)
    if len(after) and after[0].lemma_.lower() in ("remain", "be", "stay", "have"):
        return any(t.lower_ in _STALLED for t in after)
    return any(c.dep_ == "amod" and c.lower_ in _STALLED for c in noun.children)


def _in_the_past(verb: Token) -> bool:
    """'in the past', said as 'previously' is (not 'in the past week', a span up to now)."""
    return any(
        o.lower_ == "past" and o.dep_ == "pobj"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
    )


def _in_a_former_term(verb: Token) -> bool:
    """'Venezuela broke all ties with Colombia when former President Ivan Duque supported
    Guaido': a 'when' clause whose doer is named as a former office holder, and the act it
    dates, happened in that term, before the news (not "former President Trump said on
    Monday", which no 'when' ties to his term)."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl"]
    return any(
        any(w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in clause.children)
        and any(
            w.lower_ == "former"
            for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
            for w in s.subtree
        )
        for clause in clauses
    )  # fmt: skip


def _at_the_outset(word: Token) -> bool:
    """'the Hamas attack on Israel at the start of the conflict', 'has occupied a fifth of
    Ukraine since the beginning of the war': an act dated by the outset of a war or conflict
    (loaders/data/lasting_nouns.txt) that the story is already in, not the news of the day. The
    phrase may hang on the word or on the verb above it."""
    lasting = lemma_set("lasting_nouns")
    holders = [word]
    while holders[-1].pos_ != "VERB" and holders[-1].head != holders[-1]:
        holders.append(holders[-1].head)
    return any(
        of_object.lemma_.lower() in lasting
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "since")
        for outset in prep.children
        if outset.dep_ == "pobj" and outset.lemma_.lower() in _OUTSETS
        for of in outset.children
        if of.lower_ == "of"
        for of_object in of.children
        if of_object.dep_ == "pobj"
    )


def _made_before_in_force(participle: Token) -> bool:
    """'in violation of a Qatar-brokered truce', 'the first fire since a U.S.-brokered ceasefire
    took effect': who brokered an agreement in force before the news did so before it."""
    if participle.dep_ not in ("amod", "acl") or participle.tag_ != "VBN":
        return False
    return in_force_before(participle.head)


def in_force_before(thing: Token) -> bool:
    """'violating trade deals between the two countries', 'since a ceasefire took effect', 'an
    extradition treaty between Dhaka and New Delhi exists': what the news breaks, counts from or
    says exists was made before it (loaders/data/breach_words.txt)."""
    if thing.dep_ == "pobj" and thing.head.lower_ == "since":
        return True
    if thing.dep_ == "nsubj" and thing.head.lemma_.lower() == "exist":
        return True
    breaking = thing.head.head if thing.dep_ == "pobj" else thing.head
    return thing.dep_ in ("pobj", "dobj") and breaking.lemma_.lower() in lemma_set("breach_words")


def _perfect(verb: Token, pluperfect: bool = True) -> bool:
    """'has accused', and with `pluperfect` 'had offered'."""
    present = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return present or (pluperfect and told_in_pluperfect(verb))


def _a_length(unit: Token) -> bool:
    """'two years', 'a decade', 'months': a length of time, not a point in it ('before the end
    of the year' is a deadline, not a distance back)."""
    return unit.tag_ == "NNS" or any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in unit.children
    )


def _in_clause_below(word: Token, mark: Token) -> bool:
    """'after holding them for a decade': the span belongs to the clause under the mark, not
    to the event ('deported them after holding them for a decade' is news)."""
    return any(
        a.pos_ in ("VERB", "AUX") for a in word.ancestors if a.i != mark.i and mark in a.ancestors
    )


def _told_ahead(verb: Token) -> bool:
    """Is the clause told in the future tense ('will visit the secretariat and then meet
    Lacalle Pou on Tuesday', 'will travel to Quito to meet Noboa on Thursday': the auxiliary
    of the first of joined verbs, or of the verb an infinitive completes)?"""
    for clause in (verb, *verb.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children):
            return True
        if clause.dep_ not in ("conj", "xcomp") and not (
            clause.dep_ == "advcl" and is_to_infinitive(clause)
        ):
            return False
    return False


def event_time(
    doc: Doc, token: Token, anchor: date | None, trigger: Token | None = None
) -> EventTime:
    """When the event took place, and whether the sentence tells it as background; `token`
    heads the clause that tells it, `trigger` (default: the same) is the event's own word."""
    if _not_since(token):
        return EventTime(anchor.isoformat() if anchor else None, False)
    manner = token.head if token.dep_ == "pcomp" and token.tag_ == "VBG" else None
    if manner is not None and manner.lower_ in ("without", "by") and manner.head.pos_ == "VERB":
        return event_time(doc, manner.head, anchor)  # "signed pacts in February without
        # consulting Wellington", "responded by raising duties": done when the verb's act was
    cause = _act_it_led_to(token, trigger if trigger is not None else token)
    if cause is not None and event_time(doc, cause, anchor).background:
        return EventTime(None, True)  # "Riyadh cut ties in 2016 after protesters stormed its
        # embassy": what led to an earlier act came before it too
    background = (
        _standing(token)
        or (token.tag_ == "VBG" and token.dep_ == "advcl" and _standing(token.head))  # "China
        # claims the sea, brushing off rival claims": a standing policy and what it does
        or any(c.dep_ == "advmod" and c.lower_ in _LONG_STANDING for c in token.children)
        or _in_the_past(token)  # "had in the past worked closely with the United States"
        # "has repeatedly imposed sanctions": a record of past acts, not today's
        or (_perfect(token) and any(c.lower_ in _PAST_RECORD for c in token.children))
        or (_perfect(token) and (_one_after_another(token) or _over_recent_spans(token)))
        # "one by one, they have clinched border agreements", "have signed deals in recent
        # years": a series of past acts, not today's
        or any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children)  # "(the
        # first visit) since it issued a warrant": what a since-clause tells came before
        or _span_back(token)
        or _undone_since(token)
        or (trigger is not None and (over_a_long_span(trigger) or long_before(trigger)))
        or (trigger is not None and _ends_a_long_span(trigger))
        or (trigger is not None and _before_an_earlier_act(trigger))
        or (trigger is not None and trigger.pos_ == "NOUN" and _stalled(trigger))
        or (trigger is not None and _made_before_in_force(trigger))
        or (trigger is not None and trigger.pos_ == "NOUN" and in_force_before(trigger))
        or _at_the_outset(trigger if trigger is not None else token)
        or _in_a_former_term(token)
    )
    scope = _clause_words(token, trigger if trigger is not None else token)
    if token.head != token and token.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj"):
        scope += [c for c in token.head.children if c.dep_ in ("prep", "npadvmod")]
    elif _said(token) and not any(w.ent_type_ == "DATE" for w in scope):
        scope += [c for c in token.head.children if c.dep_ == "npadvmod"]  # "Washington last
        # month said it was expelling 12 diplomats": told then, done then; so "Ireland said on
        # March 29 that it was expelling diplomats"
        scope += [w for c in token.head.children if c.dep_ == "prep" for w in c.subtree
                  if w.ent_type_ == "DATE"]  # fmt: skip
    if token.dep_ == "acl" and is_to_infinitive(token):  # "Ottawa's decision last year to
        scope += [c for c in token.head.children if c.dep_ == "npadvmod"]  # impose tariffs"
    copula = token.head.head  # "the last Colombian leader to visit Venezuela was Santos in
    if token.dep_ in ("acl", "relcl") and is_to_infinitive(token) and copula.lemma_ == "be":
        scope += [  # 2016": the time of whoever is named as the one who did it
            w for c in copula.children if c.dep_ in ("prep", "npadvmod")
            for w in c.subtree if w.ent_type_ == "DATE"
        ] if token.head.dep_ in ("nsubj", "attr") else []  # fmt: skip
    if token.dep_ == "relcl" and token.head.ent_type_ == "DATE":
        scope.append(token.head)  # "in 2020, when Ankara suspended": a clause on a time
    elif token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children):
        scope += [  # "for the first time since 2008, when Morales expelled the envoy": the
            t for t in token.head.subtree if t.ent_type_ == "DATE" and t not in token.subtree
        ]  # time the 'when' clause describes
    for clause in (token, *token.ancestors):  # ("since mid-2019, when Japan began steps
        when = next((c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod"),
                    None)  # fmt: skip  # against court decisions that ordered ...": the
        if when is None:  # clauses inside the 'when' clause are of its time too)
            continue
        if when.i > 1 and doc[when.i - 1].text == ",":
            before = doc[when.i - 2]  # the same, with the clause hung elsewhere by the parser
            scope += [before] if before.ent_type_ == "DATE" else []
        break
    scope = _time_of_making(trigger) + scope + _time_after_noun(trigger)
    described = token.head if token.dep_ == "relcl" else None
    while described is not None:  # "the 2008 attacks on Mumbai, which were blamed on ...":
        scope += [c for c in described.children if c.dep_ in ("nummod", "compound")]  # told of
        described = described.head.head if described.dep_ == "pobj" else None  # a dated act
    for item in scope:
        if item.ent_type_ != "DATE" or _first_since(item, token):
            continue
        text = _date_entity(doc, item)
        resolved = resolve_relative(text, anchor, ahead=_told_ahead(token))
        if resolved is not None:  # "on Monday" in a story of 1 January: news, not last year's
            back = (anchor - resolved).days if anchor is not None else 0
            earlier = back > _NEWS_DAYS or (back > 7 and _perfect(token))  # "it had seized
            # three weeks ago": an act the pluperfect sets before the news
            earlier = earlier or _an_earlier_period(doc, item, text)  # "earlier in the week"
            last_month = (resolved.year, resolved.month) < (anchor.year, anchor.month)
            earlier = earlier or (last_month and names_a_day_of_a_month(text))  # "on Dec. 8"
            # in a January story (not "on Monday", told in the first days of a month)
            return EventTime(resolved.isoformat(), background or earlier)
        year = _named_year(text, anchor) or _year_referred_to(doc, item, text)
        earlier = anchor is not None and year is not None and year < anchor.year
        earlier = earlier or _an_earlier_period(doc, item, text)
        months_back = _months_back(text, anchor) if year is None else None
        told_past = token.tag_ == "VBD" or _perfect(token)  # "which quit the bloc in January"
        earlier = earlier or months_back in range(1, 7) or (told_past and bool(months_back))
        # in a November story: a past tense sets the month before the news, however far
        if earlier or "since" in {t.lower_ for t in item.ancestors if t.dep_ == "prep"}:
            return EventTime(None, True)
    if background:
        return EventTime(None, True)
    return EventTime(anchor.isoformat() if anchor else None, False)


_ORDERING = frozenset({"order", "instruct", "direct", "command", "tell"})


def ordered_to_own_people(verb: Token) -> bool:
    """'ordered his trade minister to raise duties', 'instructed its army to withdraw': an
    order given to the orderer's own people (an object with a possessive pronoun) is carried
    out by the orderer's side; an order to someone else ('ordered Russia to halt') is a
    demand."""
    return verb.lemma_.lower() in _ORDERING and any(
        g.dep_ == "poss" and g.lower_ in ("his", "her", "its", "their")
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
    )


def _one_after_another(verb: Token) -> bool:
    """'one by one', 'one after another': acts told as a series over time."""
    return any(
        c.lower_ == "one" and g.lower_ in ("one", "another")
        for c in verb.children
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("by", "after")
        for g in p.children
    )


def _over_recent_spans(verb: Token) -> bool:
    """'in recent years', 'over the past months': the acts a perfect tells span that time."""
    return any(
        g.dep_ == "pobj"
        and g.tag_ == "NNS"
        and is_long_span(g)  # (not "moved troops in recent weeks")
        and any(m.lower_ in ("recent", "past", "last") for m in g.children)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "over", "during")
        for g in c.children
    )
