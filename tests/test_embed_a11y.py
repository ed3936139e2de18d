"""Colour contrast of the widget's palette (WCAG 2.x AA: 4.5:1 for text), read from embed.css
itself so a colour change that breaks AA fails here."""
import re
from pathlib import Path

CSS = (Path(__file__).resolve().parents[1] / "events/static/embed/embed.css").read_text()


def luminance(hex_colour: str) -> float:
    if len(hex_colour) == 4:  # #fff
        hex_colour = "#" + "".join(c * 2 for c in hex_colour[1:])
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme(selector: str) -> dict[str, str]:
    body = re.search(re.escape(selector) + r"\{([^}]*)\}", CSS)[1]
    return dict(re.findall(r"--(\w+):(#[0-9a-f]{6}|#[0-9a-f]{3})\b", body))


def test_it_keeps_type_labels_readable():
    colours = dict(re.findall(r"\.t-(\w+)\{--c:(#[0-9a-f]{6})\}", CSS))
    assert len(colours) == 13
    for type_, colour in colours.items():
        assert contrast(colour, "#ffffff") >= 4.5, type_  # white label text on the colour


def test_it_keeps_text_readable_in_both_themes():
    light = theme(".tl")
    dark = theme(".tl[data-theme=dark]")
    assert theme(".tl[data-theme=auto]") == dark  # the media-query copy stays in step
    for name, t in (("light", {**light}), ("dark", {**light, **dark})):
        for fg, bg in (("fg", "bg"), ("mute", "bg"), ("acc", "bg"), ("fg", "chip"),
                       ("mute", "chip"), ("onacc", "acc"), ("fg", "hl"), ("acc", "hl"),
                       ("mute", "hl")):
            assert contrast(t[fg], t[bg]) >= 4.5, (name, fg, bg, round(contrast(t[fg], t[bg]), 2))
