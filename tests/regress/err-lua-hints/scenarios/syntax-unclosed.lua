sharepack.myth{ id = "m5", title = "T", verdict = "myth",
  body = "Body",
