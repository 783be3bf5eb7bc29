"""SortedPRO Consignments API v1.1 client: typed wire models, errors, retries."""
