# -*- coding: latin-1 -*-
x = 'plain ascii'
