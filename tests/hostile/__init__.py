"""A generator of hostile article sets: names and texts that try to break or fool claimcheck."""
