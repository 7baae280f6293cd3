"""ndarray arguments in a module that never imports numpy: the array's methods and operators compile
(the tracer imports NumPy itself to decode a tensor argument). The samples are given as tensors."""


def summarize(a, b):
    total = a.sum()
    top = b.max()
    return total, top, a * 2, b.astype(float) / 4


def tensor(dtype, data):
    return {"tensor": {"dtype": dtype, "shape": [len(data)], "data": data}}


ENTRY = "summarize"
SAMPLES = [(tensor("float64", [1.0, 2.5, -3.0]), tensor("int32", [4, -7, 9]))]
CHECKS = [(tensor("float64", []), tensor("int32", [0])), (tensor("float64", [0.5]), tensor("int32", [])),
          (tensor("float64", [1e300, 1e300]), tensor("int32", [-2147483648, 2147483647]))]
