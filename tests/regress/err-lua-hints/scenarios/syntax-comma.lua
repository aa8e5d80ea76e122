sharepack.myth{
  id = "m2",
  title = "A myth"
  verdict = "myth",
  body = "Body",
}
