"""Image preprocessing for compiled functions, as operators with a NumPy reference.

CPython runs these definitions; fxn compiles a call to one of them into the native operator of
the same name (operator_registry/kernels/ops_image.hpp), which computes the same bits: every
float operation below is done in the same order there, in float64, without fused multiply-add.
Images are HxW or HxWxC arrays of uint8.
"""

import numpy as np


def _check_image(img, what):
    if not isinstance(img, np.ndarray) or img.dtype != np.uint8 or img.ndim not in (2, 3):
        raise TypeError("%s expects an HxW or HxWxC uint8 array" % what)


def _source_coordinates(out_size, in_size):
    """Half-pixel centers (OpenCV's INTER_LINEAR convention): the source coordinate of each
    output pixel, clamped to the image, its two neighbours and the weight of the second."""
    s = (np.arange(out_size, dtype=np.float64) + 0.5) * (in_size / out_size) - 0.5
    s = np.maximum(s, 0.0)
    i0 = np.minimum(np.floor(s).astype(np.int64), in_size - 1)
    i1 = np.minimum(i0 + 1, in_size - 1)
    return i0, i1, s - i0


def resize_bilinear(img, height, width):
    """img resized to height x width by bilinear interpolation; each output rounds half up."""
    _check_image(img, "resize_bilinear")
    if height <= 0 or width <= 0:
        raise ValueError("resize_bilinear: height and width must be positive, got %d x %d" % (height, width))
    if img.shape[0] == 0 or img.shape[1] == 0:
        raise ValueError("resize_bilinear: the image is empty")
    y0, y1, wy = _source_coordinates(height, img.shape[0])
    x0, x1, wx = _source_coordinates(width, img.shape[1])
    src = img.astype(np.float64)
    if img.ndim == 3:
        wy = wy[:, None, None]
        wx = wx[None, :, None]
    else:
        wy = wy[:, None]
        wx = wx[None, :]
    top = (1.0 - wx) * src[y0][:, x0] + wx * src[y0][:, x1]
    bottom = (1.0 - wx) * src[y1][:, x0] + wx * src[y1][:, x1]
    value = (1.0 - wy) * top + wy * bottom
    return np.clip(np.floor(value + 0.5), 0.0, 255.0).astype(np.uint8)


def center_crop(img, height, width):
    """The centered height x width window of img (a copy); the top-left corner is rounded down."""
    _check_image(img, "center_crop")
    if height <= 0 or width <= 0 or height > img.shape[0] or width > img.shape[1]:
        raise ValueError("center_crop: cannot crop %d x %d out of %d x %d" % (height, width, img.shape[0], img.shape[1]))
    top = (img.shape[0] - height) // 2
    left = (img.shape[1] - width) // 2
    return img[top:top + height, left:left + width].copy()
