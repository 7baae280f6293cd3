"""Unpacked fields rebound to their parsed values: name and age from "name:age" records."""


def oldest(records):
    best_name, best_age = "", -1
    for rec in records:
        name, age = rec.split(":")
        age = int(age)
        name = name.title()
        if age > best_age:
            best_name, best_age = name, age
    return best_name, best_age


ENTRY = "oldest"
SAMPLES = [(["ann:31", "BOB:45", "cy:12"],)]
CHECKS = [([],), (["x:y"],), (["a:1:2"],), (["solo"],)]
