"""Data Matrix ECC 200 encoder (square symbols): ASCII encodation, Reed-Solomon, module placement.

Written for the ZPL preview, after ISO/IEC 16022: data codewords in ASCII mode (digit pairs,
upper shift for bytes above 127, FNC1), the standard pad sequence, interleaved Reed-Solomon
blocks and the diagonal "utah" placement inside finder-framed data regions.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.printing.zpl.barcodes.reed_solomon import error_correction

FNC1 = 232
_PAD = 129
_UPPER_SHIFT = 235


@dataclass(frozen=True)
class SymbolSize:
    """One square ECC 200 size: modules per side, codewords, data regions per side, RS blocks."""

    side: int
    data_codewords: int
    ecc_codewords: int
    regions_per_side: int
    blocks: int

    @property
    def region_side(self) -> int:
        """Modules per side of one data region, without its finder frame."""
        return self.side // self.regions_per_side - 2


SQUARE_SIZES = tuple(
    SymbolSize(*row)
    for row in (
        (10, 3, 5, 1, 1),
        (12, 5, 7, 1, 1),
        (14, 8, 10, 1, 1),
        (16, 12, 12, 1, 1),
        (18, 18, 14, 1, 1),
        (20, 22, 18, 1, 1),
        (22, 30, 20, 1, 1),
        (24, 36, 24, 1, 1),
        (26, 44, 28, 1, 1),
        (32, 62, 36, 2, 1),
        (36, 86, 42, 2, 1),
        (40, 114, 48, 2, 1),
        (44, 144, 56, 2, 1),
        (48, 174, 68, 2, 1),
        (52, 204, 84, 2, 2),
        (64, 280, 112, 4, 2),
        (72, 368, 144, 4, 4),
        (80, 456, 192, 4, 4),
        (88, 576, 224, 4, 4),
        (96, 696, 272, 4, 4),
        (104, 816, 336, 4, 6),
        (120, 1050, 408, 6, 6),
        (132, 1304, 496, 6, 8),
        (144, 1558, 620, 6, 10),
    )
)


class DataTooLong(ValueError):
    """The data does not fit the largest (or the requested) symbol."""


def ascii_codewords(data: bytes, *, fnc1_positions: frozenset[int] = frozenset()) -> list[int]:
    """Encode bytes in ASCII mode; indexes in ``fnc1_positions`` become FNC1 instead."""
    codewords: list[int] = []
    index = 0
    while index < len(data):
        if index in fnc1_positions:
            codewords.append(FNC1)
            index += 1
            continue
        pair = data[index : index + 2]
        if len(pair) == 2 and pair.isdigit() and index + 1 not in fnc1_positions:
            codewords.append(130 + int(pair))
            index += 2
            continue
        value = data[index]
        if value > 127:
            codewords += [_UPPER_SHIFT, value - 127]
        else:
            codewords.append(value + 1)
        index += 1
    return codewords


def choose_size(codeword_count: int, minimum_side: int = 0) -> SymbolSize:
    """Smallest square size of at least ``minimum_side`` modules that holds the codewords."""
    for size in SQUARE_SIZES:
        if size.side >= minimum_side and size.data_codewords >= codeword_count:
            return size
    raise DataTooLong(f"{codeword_count} codewords do not fit a Data Matrix symbol")


def _pad(codewords: list[int], capacity: int) -> list[int]:
    """Fill to capacity: one plain pad, then the position-scrambled pads."""
    padded = list(codewords)
    if len(padded) < capacity:
        padded.append(_PAD)
    while len(padded) < capacity:
        position = len(padded) + 1
        value = _PAD + (149 * position) % 253 + 1
        padded.append(value - 254 if value > 254 else value)
    return padded


def _with_error_correction(data: list[int], size: SymbolSize) -> list[int]:
    """Append interleaved Reed-Solomon blocks to the data codewords."""
    blocks = size.blocks
    ecc_per_block = size.ecc_codewords // blocks
    result = data + [0] * size.ecc_codewords
    for block in range(blocks):
        block_data = data[block::blocks]
        for offset, value in enumerate(error_correction(block_data, ecc_per_block)):
            result[len(data) + block + offset * blocks] = value
    return result


def encode_datamatrix(
    data: bytes, *, fnc1_positions: frozenset[int] = frozenset(), minimum_side: int = 0
) -> list[list[bool]]:
    """Return the symbol as rows of modules (``True`` = dark), finder patterns included."""
    codewords = ascii_codewords(data, fnc1_positions=fnc1_positions)
    size = choose_size(len(codewords), minimum_side)
    full = _with_error_correction(_pad(codewords, size.data_codewords), size)
    mapping_side = size.region_side * size.regions_per_side
    placed = _Placement(mapping_side, mapping_side, full).run()
    return _frame(placed, size)


def _frame(placed: list[list[bool]], size: SymbolSize) -> list[list[bool]]:
    """Split the mapping matrix into regions and surround each with its finder pattern."""
    region = size.region_side
    framed_side = region + 2
    symbol = [[False] * size.side for _ in range(size.side)]
    for row in range(size.side):
        for col in range(size.side):
            local_row, local_col = row % framed_side, col % framed_side
            if local_col == 0 or local_row == framed_side - 1:
                dark = True
            elif local_row == 0:
                dark = local_col % 2 == 0
            elif local_col == framed_side - 1:
                dark = local_row % 2 == 1
            else:
                region_row = row // framed_side * region + local_row - 1
                region_col = col // framed_side * region + local_col - 1
                dark = placed[region_row][region_col]
            symbol[row][col] = dark
    return symbol


class _Placement:
    """The ECC 200 diagonal placement of codeword bits into the mapping matrix."""

    def __init__(self, rows: int, cols: int, codewords: list[int]) -> None:
        self.rows = rows
        self.cols = cols
        self.codewords = codewords
        self.grid: list[list[bool | None]] = [[None] * cols for _ in range(rows)]

    def _module(self, row: int, col: int, index: int, bit: int) -> None:
        if row < 0:
            row += self.rows
            col += 4 - (self.rows + 4) % 8
        if col < 0:
            col += self.cols
            row += 4 - (self.cols + 4) % 8
        value = self.codewords[index] if index < len(self.codewords) else 0
        self.grid[row][col] = bool(value >> (8 - bit) & 1)

    def _utah(self, row: int, col: int, index: int) -> None:
        spots = ((-2, -2), (-2, -1), (-1, -2), (-1, -1), (-1, 0), (0, -2), (0, -1), (0, 0))
        for bit, (d_row, d_col) in enumerate(spots, start=1):
            self._module(row + d_row, col + d_col, index, bit)

    def _corner(self, spots: tuple[tuple[int, int], ...], index: int) -> None:
        for bit, (row, col) in enumerate(spots, start=1):
            self._module(row, col, index, bit)

    def _corner_spots(self, which: int) -> tuple[tuple[int, int], ...]:
        r, c = self.rows, self.cols
        corners = {
            1: (
                (r - 1, 0),
                (r - 1, 1),
                (r - 1, 2),
                (0, c - 2),
                (0, c - 1),
                (1, c - 1),
                (2, c - 1),
                (3, c - 1),
            ),
            2: (
                (r - 3, 0),
                (r - 2, 0),
                (r - 1, 0),
                (0, c - 4),
                (0, c - 3),
                (0, c - 2),
                (0, c - 1),
                (1, c - 1),
            ),
            3: (
                (r - 3, 0),
                (r - 2, 0),
                (r - 1, 0),
                (0, c - 2),
                (0, c - 1),
                (1, c - 1),
                (2, c - 1),
                (3, c - 1),
            ),
            4: (
                (r - 1, 0),
                (r - 1, c - 1),
                (0, c - 3),
                (0, c - 2),
                (0, c - 1),
                (1, c - 3),
                (1, c - 2),
                (1, c - 1),
            ),
        }
        return corners[which]

    def _free(self, row: int, col: int) -> bool:
        return 0 <= row < self.rows and 0 <= col < self.cols and self.grid[row][col] is None

    def run(self) -> list[list[bool]]:
        rows, cols = self.rows, self.cols
        index, row, col = 0, 4, 0
        while True:
            corner = self._which_corner(row, col)
            if corner:
                self._corner(self._corner_spots(corner), index)
                index += 1
            while True:
                if self._free(row, col):
                    self._utah(row, col, index)
                    index += 1
                row, col = row - 2, col + 2
                if not (row >= 0 and col < cols):
                    break
            row, col = row + 1, col + 3
            while True:
                if self._free(row, col):
                    self._utah(row, col, index)
                    index += 1
                row, col = row + 2, col - 2
                if not (row < rows and col >= 0):
                    break
            row, col = row + 3, col + 1
            if not (row < rows or col < cols):
                break
        if self.grid[rows - 1][cols - 1] is None:
            self.grid[rows - 1][cols - 1] = self.grid[rows - 2][cols - 2] = True
            self.grid[rows - 1][cols - 2] = self.grid[rows - 2][cols - 1] = False
        return [[bool(cell) for cell in line] for line in self.grid]

    def _which_corner(self, row: int, col: int) -> int:
        rows, cols = self.rows, self.cols
        if row == rows and col == 0:
            return 1
        if row == rows - 2 and col == 0 and cols % 4:
            return 2
        if row == rows - 2 and col == 0 and cols % 8 == 4:
            return 3
        if row == rows + 4 and col == 2 and not cols % 8:
            return 4
        return 0
