import jsonx
