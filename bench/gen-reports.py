#!/usr/bin/env python3
"""Writes synthetic reports of one invented event, for benchmarking the engine.

Every report tells the same story: a sequence of "clusters", each a handful of
facts (a date, people, an organisation, a place, money, a count, a share, a
quotation) that all reports draw from the same seeded source, so they match
across reports. Each report words them its own way (date formats, short and
full names, quotations whole, cut, reworded or unquoted), skips some clusters,
swaps a few neighbours, and pads the gaps with filler of its own and with page
furniture (share buttons, cookie notices, related headlines, copyright lines,
hashtags). The same --seed always gives the same bytes.

    bench/gen-reports.py --docs 8 --size 1M --out /tmp/reports
"""

import argparse
import datetime
import os
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYLLABLES = ["ka", "ren", "vel", "mor", "to", "sa", "li", "bran", "dor", "ul", "an", "ost", "ma", "ri",
             "zen", "har", "lo", "vik", "el", "tam", "is", "ne", "gor", "bel", "qua", "fen", "sor", "ad"]
PERSON_TITLES = ["Prime Minister", "Finance Minister", "Foreign Minister", "Interior Minister", "President",
                 "Governor", "Senator", "Mayor", "General", "Chief Justice", "opposition leader"]
HONORIFICS = ["Mr.", "Ms.", "Dr."]
ORG_FORMS = ["Ministry of {w}", "{c} National Bank", "{c} News Agency", "{w} Council", "{w} Institute",
             "{c} Port Authority", "{w} Workers' Union", "{c} Red Crescent"]
MINISTRY_SUBJECTS = ["Finance", "Water and Coasts", "Transport", "Energy", "Health", "Defence", "Trade"]
PLACE_FORMS = ["{w}", "Port {w}", "{w} Bay", "Cape {w}", "{w} Valley", "{w}burg"]
COUNTED = ["households", "workers", "ships", "schools", "soldiers", "families", "turbines",
           "kilometres of road"]
SPOKE = ["said", "told reporters", "told parliament", "said in a statement", "wrote on social media",
         "told a news conference"]

NOUNS = ["plan", "budget", "harbour", "council", "market", "bridge", "report", "season", "winter", "region",
         "project", "weather", "river", "election", "ministry", "office", "company", "factory", "village",
         "committee", "road", "train", "price", "contract", "engineer", "farmer", "school", "hospital",
         "museum", "festival", "coast", "storm", "island", "tunnel", "license", "tax", "loan", "audit"]
ADJECTIVES = ["new", "old", "local", "northern", "quiet", "busy", "public", "private", "small", "large",
              "regional", "annual", "early", "late", "long", "short", "rural", "coastal", "costly", "modest"]
VERBS = ["reviewed", "delayed", "approved", "questioned", "welcomed", "criticised", "funded", "closed",
         "opened", "extended", "examined", "postponed", "praised", "rejected", "supported", "inspected"]
PREPOSITIONS = ["in", "near", "after", "before", "during", "despite", "beyond", "around", "without"]
ADVERBS = ["Meanwhile", "Elsewhere", "Later", "Separately", "In recent years", "Until now", "By contrast",
           "For now", "At the same time", "Locally"]
QUOTE_CLAUSES = ["we will not allow this {noun} to be decided by fear",
                 "our people deserve better than promises about the {noun}",
                 "every family must see the results before next winter",
                 "there is no other way forward for the {noun}",
                 "the money has been found and the work starts now",
                 "nobody should pay twice for the same {noun}",
                 "this {noun} belongs to the people of {place}",
                 "we have waited {n} years for a {adj} {noun}",
                 "the country cannot afford another {adj} {noun}",
                 "I will not sign a {noun} that our children have to repay",
                 "the {noun} will be finished on time and within its budget",
                 "nobody in {place} will be left to face the next storm alone"]
REWORDINGS = {"will": "shall", "not": "never", "people": "citizens", "must": "should", "money": "funding",
              "country": "nation", "better": "more", "starts": "begins", "family": "household"}

FURNITURE = [
    "Share this article",
    "Facebook   X   WhatsApp   Email   Print",
    "Advertisement",
    "Comments ({n})",
    "{n} comments | Add yours",
    "We use cookies to improve your experience. By continuing you accept our use of cookies. "
    "Accept | Settings",
    "Your browser is out of date. Please update it to read this site as intended.",
    "Sign up for our newsletter",
    "Read more: {headline}",
    "Related: {place}, {country}: {headline}",
    "{tags}",
    "© {year} {outlet}. All rights reserved.",
]

DATE_FORMATS = [
    lambda y, m, d, wd: f"{MONTHS[m - 1]} {d}, {y}",
    lambda y, m, d, wd: f"{d} {MONTHS[m - 1]} {y}",
    lambda y, m, d, wd: f"{d:02d}.{m:02d}.{y}",
    lambda y, m, d, wd: f"{y}-{m:02d}-{d:02d}",
    lambda y, m, d, wd: f"{wd[:3]}, {MONTHS[m - 1][:3]} {d}, {y}",
    lambda y, m, d, wd: f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1]}",
    lambda y, m, d, wd: f"{MONTHS[m - 1]} {d}",
]


def ordinal_suffix(n):
    """The English suffix of ordinal N: st, nd, rd or th."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def capitalized(words):
    """WORDS with the first one capitalised, as a quotation begins."""
    return [words[0][:1].upper() + words[0][1:]] + words[1:]


def parse_size(text):
    """Bytes from '4096', '128K', '1M' (binary units)."""
    units = {"K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024}
    text = text.strip().upper().rstrip("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def invent_word(rng, syllables=None):
    """A pronounceable capitalised word that is in no dictionary."""
    n = syllables or rng.randint(2, 3)
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def weekday_of(y, m, d):
    """The weekday name of a date."""
    return WEEKDAYS[datetime.date(y, m, d).weekday()]


class World:
    """The invented event: a country, a cast, organisations and places that
    every report shares, and the clusters of facts the story is made of."""

    def __init__(self, seed):
        rng = random.Random(f"{seed}/world")
        self.seed = seed
        self.country = invent_word(rng, 2)
        self.demonym = self.country + "n"
        self.year = rng.randint(2019, 2025)
        self.people = []
        for i in range(48):
            first, last = invent_word(rng), invent_word(rng)
            honorific = rng.choice(HONORIFICS)
            title = PERSON_TITLES[i % len(PERSON_TITLES)]
            self.people.append((title, first, last, honorific))
        self.orgs = []
        for _ in range(20):
            form = rng.choice(ORG_FORMS)
            name = form.format(w=rng.choice(MINISTRY_SUBJECTS) if "Ministry" in form else invent_word(rng),
                               c=self.demonym)
            initials = "".join(w[0] for w in name.replace("of ", "").split() if w[0].isupper())
            self.orgs.append((name, initials))
        self.places = [rng.choice(PLACE_FORMS).format(w=invent_word(rng)) for _ in range(30)]

    def cluster(self, i):
        """The facts of cluster I, the same for every report."""
        rng = random.Random(f"{self.seed}/cluster/{i}")
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        clauses = [rng.choice(QUOTE_CLAUSES).format(noun=rng.choice(NOUNS), adj=rng.choice(ADJECTIVES),
                                                     place=rng.choice(self.places), n=rng.randint(3, 60))
                   for _ in range(rng.randint(1, 3))]
        quote = ", and ".join(clauses).split()
        return {
            "date": (self.year, month, day, weekday_of(self.year, month, day)),
            "person": self.people[rng.randrange(len(self.people))],
            "speaker": self.people[rng.randrange(len(self.people))],
            "org": self.orgs[rng.randrange(len(self.orgs))],
            "place": self.places[rng.randrange(len(self.places))],
            "money": rng.choice([(rng.randint(2, 99) / 10, "billion"), (rng.randint(10, 900), "million")]),
            "count": rng.randint(12, 25000),
            "counted": rng.choice(COUNTED),
            "share": rng.randint(3, 97),
            "ordinal": rng.randint(1, 31),
            "quote": quote,
        }


class Report:
    """One report: its outlet's habits and its own random stream."""

    def __init__(self, world, index):
        self.world = world
        self.rng = random.Random(f"{world.seed}/report/{index}")
        self.index = index
        name = invent_word(self.rng)
        self.outlet = f"The {name} {self.rng.choice(['Herald', 'Post', 'Times', 'Wire', 'Daily'])}"
        self.curly = index % 2 == 0
        self.crlf = index % 4 == 2
        self.one_line_paragraphs = index % 3 == 1
        self.coverage = self.rng.uniform(0.7, 0.95)
        self.date_format = DATE_FORMATS[index % 4]

    def quoted(self, words, inside=""):
        """WORDS between this outlet's quotation marks, INSIDE (a comma) before
        the closing one."""
        text = " ".join(words) + inside
        return f"\u201c{text}\u201d" if self.curly else f'"{text}"'

    def person(self, p, first_mention):
        """A person as this report names them: in full with a title, or short."""
        title, first, last, honorific = p
        if first_mention or self.rng.random() < 0.3:
            return f"{title} {first} {last}" if self.rng.random() < 0.7 else f"{first} {last}"
        return f"{honorific} {last}" if self.rng.random() < 0.5 else last

    def money(self, c):
        """An amount of money in one of the ways outlets spell it."""
        amount, scale = c["money"]
        text = f"{amount:g}"
        return self.rng.choice([f"${text} {scale}", f"{text} {scale} dollars",
                                f"US${text}{'bn' if scale == 'billion' else 'm'}"])

    def count(self, c):
        """A count with or without a thousands separator."""
        n = c["count"]
        return f"{n:,}" if self.rng.random() < 0.7 else str(n)

    def share(self, c):
        """A percentage: "61%", "61 percent", "61 per cent"."""
        return f"{c['share']}" + self.rng.choice(["%", " percent", " per cent"])

    def date(self, c):
        """The cluster's date, usually in this outlet's format."""
        y, m, d, wd = c["date"]
        fmt = self.date_format if self.rng.random() < 0.6 else self.rng.choice(DATE_FORMATS)
        return fmt(y, m, d, wd)

    def quote_paragraph(self, c, speaker):
        """The cluster's quotation, whole, cut, reworded or unquoted."""
        words = c["quote"]
        form = self.rng.random()
        verb = self.rng.choice(SPOKE)
        if form < 0.4:
            return f"{self.quoted(capitalized(words), ',')} {speaker} {verb}."
        if form < 0.65:
            cut = self.rng.randint(0, len(words) // 3)
            part = words[cut:cut + max(5, len(words) // 2)]
            return f"{speaker} {verb} that, in the end, {self.quoted(part)}."
        if form < 0.85:
            changed = [REWORDINGS.get(w, w) if self.rng.random() < 0.3 else w for w in words]
            return f"{self.quoted(capitalized(changed), ',')} said {speaker}."
        return f"{speaker} {verb} that {' '.join(words)}."

    def fact_paragraph(self, c):
        """Two or three sentences carrying the cluster's facts."""
        person = self.person(c["person"], self.rng.random() < 0.5)
        org_name, org_short = c["org"]
        org = org_short if self.rng.random() < 0.3 else f"the {org_name}"
        sentences = [
            f"On {self.date(c)}, {person} met officials of {org} in {c['place']}, where {self.count(c)} "
            f"{c['counted']} were affected.",
            f"The {self.rng.choice(ADJECTIVES)} {self.rng.choice(NOUNS)} is expected to cost "
            f"{self.money(c)}, "
            f"and {self.share(c)} of it is already committed.",
        ]
        if self.rng.random() < 0.5:
            nth = f"{c['ordinal']}{ordinal_suffix(c['ordinal'])}"
            sentences.append(f"It was the {nth} such meeting this year.")
        self.rng.shuffle(sentences)
        return " ".join(sentences)

    def filler_sentence(self):
        """A sentence no other report has."""
        r = self.rng
        forms = [
            lambda: f"The {r.choice(ADJECTIVES)} {r.choice(NOUNS)} {r.choice(VERBS)} the {r.choice(NOUNS)} "
                    f"{r.choice(PREPOSITIONS)} the {r.choice(ADJECTIVES)} {r.choice(NOUNS)}.",
            lambda: f"{r.choice(ADVERBS)}, residents of {invent_word(r)} {r.choice(VERBS)} the "
                    f"{r.choice(NOUNS)} "
                    f"that had been {r.choice(VERBS)} for {r.randint(2, 40)} years.",
            lambda: f"Critics say the {r.choice(NOUNS)} was {r.choice(VERBS)} {r.choice(PREPOSITIONS)} the "
                    f"{r.choice(ADJECTIVES)} {r.choice(NOUNS)}, a view shared by {invent_word(r)} "
                    f"{invent_word(r)}.",
        ]
        return r.choice(forms)()

    def filler_paragraph(self):
        """Two to five filler sentences."""
        return " ".join(self.filler_sentence() for _ in range(self.rng.randint(2, 5)))

    def furniture(self):
        """One line of page furniture."""
        w = self.world
        line = self.rng.choice(FURNITURE)
        headline = (f"{self.rng.choice(NOUNS).capitalize()} {self.rng.choice(VERBS)} "
                    f"in {self.rng.choice(w.places)}")
        tags = " ".join(f"#{self.rng.choice(NOUNS)}" for _ in range(self.rng.randint(3, 7)))
        return line.format(n=self.rng.randint(0, 480), headline=headline,
                           place=self.rng.choice(w.places).upper(), country=w.country, tags=tags,
                           year=w.year, outlet=self.outlet)

    def header(self):
        """Outlet, headline, dateline and byline."""
        w = self.world
        c = w.cluster(0)
        return [self.outlet, self.furniture(),
                f"{w.demonym} {c['org'][0]} {self.rng.choice(VERBS)} {self.money(c)} plan",
                self.date(c), f"By {invent_word(self.rng)} {invent_word(self.rng)}"]

    def paragraphs(self, size, sep_len):
        """Paragraphs until they reach SIZE bytes, SEP_LEN between each two."""
        out = self.header()
        total = sum(len(p.encode()) + sep_len for p in out)
        i = 0
        pending = None
        while total < size:
            paras = []
            if self.rng.random() < self.coverage:
                c = self.world.cluster(i)
                speaker = self.person(c["speaker"], self.rng.random() < 0.4)
                paras = [self.fact_paragraph(c), self.quote_paragraph(c, speaker)]
            i += 1
            if pending is not None:
                paras, pending = pending + paras, None
            elif paras and self.rng.random() < 0.05:
                pending, paras = paras, []
            for _ in range(self.rng.randint(0, 3)):
                paras.insert(self.rng.randint(0, len(paras)), self.filler_paragraph())
            if self.rng.random() < 0.15:
                paras.append(self.furniture())
            for p in paras:
                out.append(p)
                total += len(p.encode()) + sep_len
        return out

    def text(self, size):
        """The whole report as bytes."""
        eol = "\r\n" if self.crlf else "\n"
        sep = eol if self.one_line_paragraphs else eol * 2
        return (sep.join(self.paragraphs(size, len(sep))) + eol).encode()


def main():
    parser = argparse.ArgumentParser(description="Write synthetic reports of one invented event.")
    parser.add_argument("--docs", type=int, default=8, help="how many reports (1-8, default 8)")
    parser.add_argument("--size", default="128K",
                        help="size of each report: bytes, or with K or M (default 128K)")
    parser.add_argument("--seed", type=int, default=1,
                        help="the same seed gives the same reports (default 1)")
    parser.add_argument("--out", required=True, help="directory to write report-1.txt ... into")
    args = parser.parse_args()
    if not 1 <= args.docs <= 8:
        parser.error("--docs must be between 1 and 8")
    size = parse_size(args.size)
    if size < 1024:
        parser.error("--size must be at least 1K")
    os.makedirs(args.out, exist_ok=True)
    world = World(args.seed)
    for d in range(args.docs):
        path = os.path.join(args.out, f"report-{d + 1}.txt")
        with open(path, "wb") as f:
            f.write(Report(world, d).text(size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
