# CPython 3.11 compile step: too many statically nested blocks
for v0 in [1]:
    for v1 in [1]:
        for v2 in [1]:
            for v3 in [1]:
                for v4 in [1]:
                    for v5 in [1]:
                        for v6 in [1]:
                            for v7 in [1]:
                                for v8 in [1]:
                                    for v9 in [1]:
                                        for v10 in [1]:
                                            for v11 in [1]:
                                                for v12 in [1]:
                                                    for v13 in [1]:
                                                        for v14 in [1]:
                                                            for v15 in [1]:
                                                                for v16 in [1]:
                                                                    for v17 in [1]:
                                                                        for v18 in [1]:
                                                                            for v19 in [1]:
                                                                                for v20 in [1]:
                                                                                    print(v0)
