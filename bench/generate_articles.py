#!/usr/bin/env python3
"""Writes N generated health articles (Markdown, HTML and plain text) for batch benchmarks.

    python3 bench/generate_articles.py OUT_DIR [N] [SEED]

The text is assembled from sentence templates with varied substances, claims, doses and hedges,
so that the articles differ in length, wording and findings (some clean, some full of unsupported
claims). The same N and SEED always give the same files. Files go into OUT_DIR/NNN/ in groups of
100, so the batch also exercises the recursive directory search.
"""
import os
import random
import sys

SUBJECTS = ["Kratom", "Kratom powder", "Mitragyna speciosa", "Kratom tea", "The leaf", "Kratom extract"]
CLAIMS = [
    "{s} is completely safe and non-addictive.",
    "{s} can take the edge off opioid withdrawal.",
    "{s} cannot cause a fatal overdose.",
    "{s} is a proven treatment for opioid addiction.",
    "{s} may ease anxiety and help people sleep during detox.",
    "{s} relieves chronic back pain better than prescription drugs.",
    "{s} has no side effects at all.",
    "Regular use of {s_lower} can lead to dependence and withdrawal.",
    "{s} is not approved by the FDA for any medical use.",
    "Some users report more energy and a brighter mood after small amounts of {s_lower}.",
    "{s} is a natural alternative, so it is safer than medication.",
    "Products sold as {s_lower} have been contaminated with Salmonella.",
]
DOSES = [
    "Many people take {n} grams of {s_lower} three times a day.",
    "A typical serving is {n} g, repeated every few hours.",
    "Start with {n} grams and double it if you feel nothing.",
    "Some guides suggest {n} g per day for the first week.",
]
NEUTRAL = [
    "Kratom comes from a tree that grows in Southeast Asia.",
    "Its leaves have been chewed by farm workers for generations.",
    "The plant contains alkaloids such as mitragynine.",
    "Laws about it differ from one state to the next.",
    "Readers often write to us with questions about it.",
    "We asked pharmacists and doctors what they tell their patients.",
    "Talk to a doctor before you stop taking any prescribed medicine.",
    "Buprenorphine and methadone are approved treatments for opioid use disorder.",
    "Researchers are still studying how the alkaloids act in the body.",
    "Prices vary a lot between shops and online sellers.",
]
HEDGES = ["", "", "Some say that ", "Fans claim that ", "It is often said that ", "According to sellers, "]
HEADINGS = ["What it is", "What sellers promise", "What the evidence says", "How people use it",
            "Risks and side effects", "Questions readers ask", "The bottom line"]


def sentence(rng):
    roll = rng.random()
    subject = rng.choice(SUBJECTS)
    fields = {"s": subject, "s_lower": subject[0].lower() + subject[1:] if not subject.startswith("Mitragyna") else subject,
              "n": rng.choice([1, 2, 3, 5, 8, 10, 15, 25])}
    if roll < 0.35:
        text = rng.choice(CLAIMS).format(**fields)
        hedge = rng.choice(HEDGES)
        return hedge + text[0].lower() + text[1:] if hedge else text
    if roll < 0.45:
        return rng.choice(DOSES).format(**fields)
    return rng.choice(NEUTRAL)


def sections(rng):
    out = []
    for heading in rng.sample(HEADINGS, rng.randint(2, 5)):
        paragraphs = [[sentence(rng) for _ in range(rng.randint(2, 6))] for _ in range(rng.randint(1, 3))]
        items = [sentence(rng) for _ in range(rng.randint(0, 4))]
        out.append((heading, paragraphs, items))
    return out


def markdown(title, body):
    lines = ["---", f"title: \"{title}\"", "---", "", f"# {title}", ""]
    for heading, paragraphs, items in body:
        lines += [f"## {heading}", ""]
        for p in paragraphs:
            lines += [" ".join(p), ""]
        lines += [f"- {item}" for item in items] + ([""] if items else [])
    return "\n".join(lines)


def html(title, body):
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;")
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
             "<script>var analytics = 1;</script></head><body>", "<nav><a href=\"/\">Home</a></nav>",
             "<article>", f"<h1>{esc(title)}</h1>"]
    for heading, paragraphs, items in body:
        parts.append(f"<h2>{esc(heading)}</h2>")
        parts += [f"<p>{esc(' '.join(p))}</p>" for p in paragraphs]
        if items:
            parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
    parts += ["</article>", "<footer>&copy; Health desk</footer>", "</body></html>", ""]
    return "\n".join(parts)


def text(title, body):
    lines = [title, ""]
    for heading, paragraphs, items in body:
        lines += [heading] + [" ".join(p) for p in paragraphs] + [f"- {item}" for item in items] + [""]
    return "\n".join(lines)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    for i in range(count):
        title = f"Kratom and opioid withdrawal, part {i + 1}"
        body = sections(rng)
        kind = i % 3
        folder = os.path.join(out_dir, f"{i // 100:03d}")
        os.makedirs(folder, exist_ok=True)
        name, content = [(f"article-{i:04d}.md", markdown), (f"article-{i:04d}.html", html), (f"article-{i:04d}.txt", text)][kind]
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(content(title, body))
    print(f"wrote {count} articles to {out_dir}")


if __name__ == "__main__":
    main()
