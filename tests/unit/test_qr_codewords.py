"""Our fast codewords are qrcode's own, for every version and error-correction level."""

import random

import pytest
from qrcode import constants, util
from qrcode.util import MODE_ALPHA_NUM, QRData

from health_code.codes.qr_codewords import codewords

ALPHABET = util.ALPHA_NUM.decode()
LEVELS = (
    constants.ERROR_CORRECT_L,
    constants.ERROR_CORRECT_M,
    constants.ERROR_CORRECT_Q,
    constants.ERROR_CORRECT_H,
)


def qrcodes_own(text: str, version: int, level: int) -> list[int]:
    return list(util.create_data(version, level, [QRData(text.encode(), mode=MODE_ALPHA_NUM)]))


@pytest.mark.parametrize("version", range(1, 41, 3))
@pytest.mark.parametrize("level", LEVELS)
def test_codewords_equal_qrcodes_for_texts_that_fit(version, level):
    generator = random.Random(version * 10 + level)
    for length in (1, 2, 3, 17, 60, 144, 300, 1000):
        text = "".join(generator.choice(ALPHABET) for _ in range(length))
        try:
            expected = qrcodes_own(text, version, level)
        except Exception:  # too long for this version: ours refuses too
            with pytest.raises(ValueError):
                codewords(text, version, level)
            continue
        assert codewords(text, version, level) == expected
