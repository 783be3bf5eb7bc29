"""Where the preview puts things: origins, label home, sizes, graphics, text options."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops

from packstation.printing.zpl import render_zpl
from tests.unit.printing.zpl.helpers import ink_box


def _image(zpl: str, **kwargs: float) -> Image.Image:
    result = render_zpl(zpl, **kwargs)  # type: ignore[arg-type]
    assert len(result.images) == 1
    return result.images[0]


@pytest.mark.parametrize(
    ("dpi", "width_in", "height_in", "size"),
    [(203, 4.0, 6.0, (812, 1218)), (300, 4.0, 6.0, (1200, 1800)), (203, 4.0, 8.0, (812, 1624))],
)
def test_image_is_the_label_size_at_the_dpi(
    dpi: int, width_in: float, height_in: float, size: tuple[int, int]
) -> None:
    image = _image("^XA^XZ", dpi=dpi, width_in=width_in, height_in=height_in)
    assert image.size == size
    assert image.mode == "1"
    assert ink_box(image) is None


def test_print_width_and_label_length_override_the_size() -> None:
    assert _image("^XA^PW400^LL300^XZ").size == (400, 300)


def test_settings_carry_over_to_the_next_label_like_on_a_printer() -> None:
    result = render_zpl("^XA^PW400^LL300^XZ^XA^XZ")
    assert [image.size for image in result.images] == [(400, 300), (400, 300)]


def test_box_is_drawn_exactly_at_the_field_origin() -> None:
    image = _image("^XA^FO100,200^GB300,50,50^FS^XZ")
    assert ink_box(image) == (100, 200, 400, 250)


def test_box_outline_leaves_the_inside_white() -> None:
    image = _image("^XA^FO100,200^GB300,100,4^FS^XZ")
    assert ink_box(image) == (100, 200, 400, 300)
    assert image.getpixel((250, 250)) == 255
    assert image.getpixel((101, 250)) == 0


def test_label_home_offsets_every_field() -> None:
    image = _image("^XA^LH30,40^FO10,10^GB20,20,20^FS^XZ")
    assert ink_box(image) == (40, 50, 60, 70)


def test_field_typeset_origin_is_the_bottom_left_of_graphics() -> None:
    image = _image("^XA^FT100,200^GB50,30,30^FS^XZ")
    assert ink_box(image) == (100, 170, 150, 200)


def test_field_typeset_origin_is_the_text_baseline() -> None:
    top_left = ink_box(_image("^XA^FO100,100^A0N,60,60^FDHHH^FS^XZ"))
    baseline = ink_box(_image("^XA^FT100,300^A0N,60,60^FDHHH^FS^XZ"))
    assert top_left is not None and baseline is not None
    assert top_left[1] >= 100
    assert abs(baseline[3] - 300) <= 1  # capitals without descenders sit on the baseline


def test_barcode_with_field_typeset_origin_ends_at_the_origin() -> None:
    box = ink_box(_image("^XA^FT50,400^BY2^BCN,100,N^FD123456^FS^XZ"))
    assert box is not None and box[0] == 50 and box[3] == 400 and box[3] - box[1] == 100


def test_barcode_text_line_goes_below_or_above() -> None:
    bars_only = ink_box(_image("^XA^FO50,300^BCN,100,N^FD123^FS^XZ"))
    below_image = _image("^XA^FO50,300^BCN,100,Y,N^FD123^FS^XZ")
    above_image = _image("^XA^FO50,300^BCN,100,Y,Y^FD123^FS^XZ")
    below, above = ink_box(below_image), ink_box(above_image)
    assert bars_only is not None and below is not None and above is not None
    assert bars_only[1:] == (300, bars_only[2], 400)
    assert below[1] == 300 and below[3] > 400
    # Bars on top span the full symbol width at the top edge; a text line on top is narrower.
    below_top = ink_box(below_image.crop((0, 300, 812, 303)))
    above_top = ink_box(above_image.crop((0, above[1], 812, above[1] + 3)))
    assert below_top is not None and above_top is not None
    assert below_top[2] - below_top[0] == bars_only[2] - bars_only[0]
    assert above_top[2] - above_top[0] < bars_only[2] - bars_only[0]
    assert above[3] > 400


def test_rotated_text_is_taller_than_wide() -> None:
    box = ink_box(_image("^XA^FO100,100^A0R,40,40^FDROTATED TEXT^FS^XZ"))
    assert box is not None and (box[3] - box[1]) > 3 * (box[2] - box[0])
    assert box[0] >= 100 and box[1] >= 100


@pytest.mark.parametrize("orientation", ["N", "R", "I", "B"])
def test_field_origin_is_the_top_left_of_the_turned_field(orientation: str) -> None:
    box = ink_box(_image(f"^XA^FO200,300^BY2^BC{orientation},80,N^FD12345^FS^XZ"))
    assert box is not None and box[:2] == (200, 300)


def test_default_font_from_cf_and_field_orientation_from_fw() -> None:
    small = ink_box(_image("^XA^CF0,20^FO10,10^FDText^FS^XZ"))
    large = ink_box(_image("^XA^CF0,80^FO10,10^FDText^FS^XZ"))
    turned = ink_box(_image("^XA^CF0,80^FWR^FO10,10^FDText^FS^XZ"))
    assert small is not None and large is not None and turned is not None
    assert (large[3] - large[1]) > 3 * (small[3] - small[1])
    assert (turned[3] - turned[1]) > (turned[2] - turned[0])


def test_field_block_wraps_and_justifies() -> None:
    text = "one two three four five six seven eight"
    single = ink_box(_image(f"^XA^FO10,10^A0N,30,30^FD{text}^FS^XZ"))
    block = ink_box(_image(f"^XA^FO10,10^A0N,30,30^FB200,5,0,L^FD{text}^FS^XZ"))
    right = ink_box(_image("^XA^FO10,10^A0N,30,30^FB600,1,0,R^FDend^FS^XZ"))
    assert single is not None and block is not None and right is not None
    assert block[2] <= 210 < single[2]
    assert (block[3] - block[1]) > 2 * (single[3] - single[1])
    assert 550 < right[2] <= 610


def test_field_block_reports_text_beyond_its_lines() -> None:
    result = render_zpl("^XA^FO10,10^A0N,30,30^FB100,1^FDmany words that cannot fit^FS^XZ")
    assert any("more lines" in warning for warning in result.warnings)


def test_field_reverse_inverts_what_is_under_it() -> None:
    image = _image("^XA^FO100,100^GB400,100,100^FS^FO120,120^FR^GB50,50,50^FS^XZ")
    assert image.getpixel((140, 140)) == 255
    assert image.getpixel((300, 150)) == 0
    white_on_white = _image("^XA^FO120,120^FR^GB50,50,50^FS^XZ")
    assert white_on_white.getpixel((140, 140)) == 0


def test_white_box_erases() -> None:
    image = _image("^XA^FO100,100^GB400,100,100^FS^FO120,120^GB50,50,50,W^FS^XZ")
    assert image.getpixel((140, 140)) == 255


def test_circle_ellipse_and_diagonal() -> None:
    assert ink_box(_image("^XA^FO10,20^GC100,3^FS^XZ")) == (10, 20, 110, 120)
    assert ink_box(_image("^XA^FO10,20^GE200,100,3^FS^XZ")) == (10, 20, 210, 120)
    diagonal = _image("^XA^FO10,20^GD100,100,4,B,R^FS^XZ")
    assert ink_box(diagonal) == (10, 20, 110, 120)
    assert diagonal.getpixel((11, 118)) == 0 and diagonal.getpixel((11, 21)) == 255


def test_graphic_field_is_drawn_at_its_origin() -> None:
    image = _image("^XA^FO40,50^GFA,4,4,2,FFFF8001^FS^XZ")
    assert ink_box(image) == (40, 50, 56, 52)
    assert image.getpixel((40, 51)) == 0 and image.getpixel((41, 51)) == 255


def test_hex_escapes_and_character_sets_reach_the_text() -> None:
    plain = _image("^XA^FO10,10^A0N,40,40^FDA^FS^XZ")
    escaped = _image("^XA^FO10,10^A0N,40,40^FH^FD_41^FS^XZ")
    other_indicator = _image("^XA^FO10,10^A0N,40,40^FH#^FD#41^FS^XZ")
    assert ImageChops.difference(plain, escaped).getbbox() is None
    assert ImageChops.difference(plain, other_indicator).getbbox() is None
    utf8 = _image("^XA^CI28^FO10,10^A0N,40,40^FD°C±^FS^XZ")
    cp1252 = _image(b"^XA^CI27^FO10,10^A0N,40,40^FD\xb0C\xb1^FS^XZ")  # type: ignore[arg-type]
    undeclared = _image("^XA^FO10,10^A0N,40,40^FD°C±^FS^XZ")  # UTF-8 bytes read as code page 850
    assert ImageChops.difference(utf8, cp1252).getbbox() is None
    assert ImageChops.difference(utf8, undeclared).getbbox() is not None


def test_print_orientation_inverted_turns_the_label() -> None:
    image = _image("^XA^POI^PW400^LL300^FO0,0^GB10,10,10^FS^XZ")
    assert ink_box(image) == (390, 290, 400, 300)


def test_unknown_commands_are_listed_once_and_known_settings_are_not() -> None:
    result = render_zpl("^XA^MMT^PR4^MD10^FXcomment^QQ1^FS^ZZ1^ZZ2~SD15^XZ^XA^QQ^XZ")
    assert result.skipped_commands == ["^QQ", "^ZZ"]
    assert len(result.images) == 2
    assert ink_box(result.images[0]) is None


def test_unsupported_barcode_is_listed_and_its_data_not_printed_as_text() -> None:
    result = render_zpl("^XA^FO50,50^B7N,5,5^FDPDF417 DATA^FS^XZ")
    assert result.skipped_commands == ["^B7"]
    assert ink_box(result.images[0]) is None


def test_downloaded_graphic_is_recalled_with_magnification() -> None:
    download = "~DGR:LOGO.GRF,4,2,FFFF8001\r\n"
    result = render_zpl(download + "^XA^FO40,50^XGR:LOGO.GRF,2,3^FS^XZ^XA^FO0,0^XGLOGO^FS^XZ")
    assert result.warnings == [] and result.skipped_commands == []
    assert ink_box(result.images[0]) == (40, 50, 72, 56)
    assert ink_box(result.images[1]) == (0, 0, 16, 2)


def test_graphic_downloaded_inside_a_format_and_a_missing_one() -> None:
    result = render_zpl("^XA~DGE:DOT,2,1,FF80^FO5,5^IME:DOT.GRF^FS^FO9,9^XGR:NONE.GRF^FS^XZ")
    assert ink_box(result.images[0]) == (5, 5, 13, 7)
    assert result.warnings == ["Stored graphic NONE.GRF was never downloaded; not drawn"]


def test_print_quantity_is_reported_per_label() -> None:
    assert render_zpl("^XA^PQ3^XZ^XA^XZ").copies == [3, 1]


def test_field_without_fs_is_drawn_at_the_end_of_the_label() -> None:
    assert ink_box(_image("^XA^FO10,10^GB20,20,20^XZ")) == (10, 10, 30, 30)


def test_changed_prefixes_and_delimiter_are_followed() -> None:
    expected = ink_box(_image("^XA^FO10,10^GB20,20,20^FS^XZ"))
    assert expected == (10, 10, 30, 30)
    assert ink_box(_image("^XA^CC+ +FO10,10+GB20,20,20+FS+XZ")) == expected
    assert ink_box(_image("~CC+ +XA+FO10,10+GB20,20,20+FS+XZ")) == expected
    assert ink_box(_image("^XA^CD;^FO10;10^GB20;20;20^FS^XZ")) == expected
    tilde = render_zpl("^XA^CT#^FO10,10^FDa~b^FS#ZZ^XZ")
    # Commands are listed with their standard prefix whatever character stood for it.
    assert tilde.skipped_commands == ["~ZZ"]


def test_letters_the_built_in_font_lacks_are_drawn_as_their_base_letters() -> None:
    from packstation.printing.zpl.text import printable

    assert printable("Müller, Große Straße, Ærø, Łódź, 5 €") == (
        "Muller, Grosse Strasse, AEro, Lodz, 5 EUR"
    )
    assert printable("漢") == "?"
    accented = _image("^XA^CI28^FO10,10^A0N,40,40^FDMüller^FS^XZ")
    plain = _image("^XA^CI28^FO10,10^A0N,40,40^FDMuller^FS^XZ")
    assert ImageChops.difference(accented, plain).getbbox() is None


def test_justified_block_fills_the_width_except_the_last_line() -> None:
    text = "aaa bbb ccc ddddddddddddddddddd eee"  # the long word does not fit on line one
    image = _image(f"^XA^FO10,10^A0N,30,30^FB300,5,0,J^FD{text}^FS^XZ")
    left = _image(f"^XA^FO10,10^A0N,30,30^FB300,5,0,L^FD{text}^FS^XZ")
    first_line = ink_box(image.crop((0, 10, 812, 30)))
    first_left = ink_box(left.crop((0, 10, 812, 30)))
    assert first_line is not None and first_left is not None
    assert first_left[2] < 200 and 300 <= first_line[2] <= 311
    last_j, last_l = ink_box(image), ink_box(left)
    assert last_j is not None and last_l is not None and last_j[3] == last_l[3]
