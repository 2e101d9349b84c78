package platform

const WordBits = 64
