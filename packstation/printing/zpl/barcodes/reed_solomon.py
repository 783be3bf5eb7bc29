"""Reed-Solomon error correction over GF(256) with the Data Matrix field polynomial 0x12D."""

from __future__ import annotations

from functools import cache

_FIELD_POLYNOMIAL = 0x12D


def _tables() -> tuple[list[int], list[int]]:
    """Exponent and logarithm tables of GF(256) with generator 2."""
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= _FIELD_POLYNOMIAL
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _tables()


def gf_multiply(left: int, right: int) -> int:
    """Product of two field elements."""
    if left == 0 or right == 0:
        return 0
    return _EXP[_LOG[left] + _LOG[right]]


@cache
def generator_polynomial(degree: int) -> tuple[int, ...]:
    """Coefficients, highest power first, of the product of (x - 2^i) for i = 1 … degree."""
    polynomial = [1]
    for index in range(1, degree + 1):
        root = _EXP[index]
        shifted = polynomial + [0]
        for position, coefficient in enumerate(polynomial):
            shifted[position + 1] ^= gf_multiply(coefficient, root)
        polynomial = shifted
    return tuple(polynomial)


def error_correction(data: list[int], count: int) -> list[int]:
    """Return ``count`` check codewords for ``data`` (remainder of data * x^count by g(x))."""
    generator = generator_polynomial(count)
    remainder = [0] * count
    for codeword in data:
        feedback = codeword ^ remainder[0]
        remainder = remainder[1:] + [0]
        if feedback:
            for index in range(count):
                remainder[index] ^= gf_multiply(generator[index + 1], feedback)
    return remainder
