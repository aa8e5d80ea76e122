sharepack.myth{
  id = "m3",
  title: "Written as in front matter",
}
