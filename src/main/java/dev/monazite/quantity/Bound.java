package dev.monazite.quantity;

/** How the stated value relates to the real one: 超过/over/hơn = OVER, 近/nearly/gần = UNDER, 约/about/khoảng = ABOUT. */
public enum Bound { EXACT, OVER, UNDER, ABOUT }
