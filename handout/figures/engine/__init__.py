"""The figure engine: poses the 3-D body for an exercise and draws it as line art.

Build-time code. numpy is allowed here and only here (the `figures` extra): the
app never imports this package; it draws the 2-D paths the build writes.

Pose half (this package's body/skinning/anatomy/postures/props/contacts/scene
modules): `scene.pose_exercise(definition)` turns a figure definition (see
`handout.figures.definition` and docs/figures.md) into posed 3-D frames.
"""
