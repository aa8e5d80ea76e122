sharepak.myth{ id = "m", title = "M", verdict = "myth", body = "Body" }
